package no.fellesgrunn.infra.db;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, Fellesgrunn runs its own PostgreSQL, so that a newcomer needs no
 * server to try it. The data lives in a directory ({@code ./data} by default) and survives
 * restarts and crashes (see {@link EmbeddedPostgresServer}). As soon as {@code spring.datasource.url}
 * (or {@code SPRING_DATASOURCE_URL}) is set, this configuration stands back and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
public class EmbeddedPostgresConfiguration {
    static final String DATABASE = "fellesgrunn";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${fellesgrunn.embedded-db.data-dir:./data}") String dataDir,
            @Value("${fellesgrunn.embedded-db.port:0}") int port,
            @Value("${fellesgrunn.embedded-db.watchdog-interval:5s}") String watchdogInterval) {
        // Parsed here ("5s", "500ms", "PT5S"), so it does not depend on the context's conversion service.
        Duration interval = DurationStyle.detectAndParse(watchdogInterval);
        return EmbeddedPostgresServer.start(
                new EmbeddedPostgresServer.Options(Path.of(dataDir), port, true, interval, null));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        return DataSourceBuilder.create()
                .url(server.jdbcUrl(DATABASE))
                .username(server.username())
                .password(server.password())
                .build();
    }
}
