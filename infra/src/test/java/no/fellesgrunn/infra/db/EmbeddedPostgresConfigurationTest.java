package no.fellesgrunn.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedPostgresConfigurationTest {
    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) throws IOException {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir.toString(), 0)) {
            DataSource dataSource = configuration.dataSource(first);
            JdbcClient.create(dataSource).sql("create table kept (name text)").update();
            JdbcClient.create(dataSource).sql("insert into kept values ('Regional møteplass Bodø')").update();
            ((HikariDataSource) dataSource).close();
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(dataDir.toString(), 0)) {
            DataSource dataSource = configuration.dataSource(second);
            assertThat(JdbcClient.create(dataSource).sql("select name from kept").query(String.class).single())
                    .isEqualTo("Regional møteplass Bodø");
            ((HikariDataSource) dataSource).close();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void anUnusableDataDirectoryStopsTheStartWithAMessageSayingHowToUseAServer(@TempDir Path dir) throws IOException {
        Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> configuration.embeddedPostgres(aFile.toString(), 0))
                .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                    FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("embedded PostgreSQL could not start");
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("fellesgrunn.embedded-db.data-dir");
                });
    }

    @Test
    void theEmbeddedServerStandsBackWhenADatabaseUrlIsConfigured() {
        NoDataSourceUrlConfigured condition = new NoDataSourceUrlConfigured();
        assertThat(condition.matches(contextWith(new MockEnvironment()), null)).isTrue();
        assertThat(condition.matches(contextWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/fellesgrunn")), null)).isFalse();
    }

    private static org.springframework.context.annotation.ConditionContext contextWith(MockEnvironment environment) {
        return new org.springframework.context.annotation.ConditionContext() {
            public org.springframework.beans.factory.support.BeanDefinitionRegistry getRegistry() { return null; }
            public org.springframework.beans.factory.config.ConfigurableListableBeanFactory getBeanFactory() { return null; }
            public org.springframework.core.env.Environment getEnvironment() { return environment; }
            public org.springframework.core.io.ResourceLoader getResourceLoader() { return null; }
            public ClassLoader getClassLoader() { return getClass().getClassLoader(); }
        };
    }
}
