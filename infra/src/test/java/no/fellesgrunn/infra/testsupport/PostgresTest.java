package no.fellesgrunn.infra.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test on real PostgreSQL: before the class's first test, the schema is cleaned
 * and every Flyway migration applied. Test methods and constructors may take a
 * {@link javax.sql.DataSource} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(CleanDatabaseExtension.class)
public @interface PostgresTest {}
