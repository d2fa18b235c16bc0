package no.fellesgrunn.infra.scratch;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

/** TEMPORARY until main's TestDatabase is merged. */
public class ScratchDatabase implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ScratchDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String name = "fg_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl("jdbc:postgresql://127.0.0.1:5432/postgres");
        admin.setUser("postgres");
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + name);
        ds.setUser("postgres");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:scratch/v1").load().migrate();
        context.getStore(NS).put("ds", ds);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get("ds");
    }
}
