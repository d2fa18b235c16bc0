package no.fellesgrunn.infra.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, Fellesgrunn runs its own PostgreSQL, so that a newcomer needs no
 * server to try it. The data lives in a directory ({@code ./data} by default) and survives
 * restarts. As soon as {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is set,
 * this configuration stands back and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
public class EmbeddedPostgresConfiguration {
    static final String DATABASE = "fellesgrunn";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${fellesgrunn.embedded-db.data-dir:./data}") String dataDir,
                                      @Value("${fellesgrunn.embedded-db.port:0}") int port) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    // Keep the data between restarts: never wipe an existing cluster.
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL runs on port {} with its data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(directory, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", DATABASE))
                .username("postgres")
                .build();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        }
    }
}
