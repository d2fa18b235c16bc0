package no.fellesgrunn.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import no.fellesgrunn.infra.db.EmbeddedDatabaseUnavailableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedPostgresConfigurationTest {
    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataAndPasswordSurviveARestart(@TempDir Path dataDir) throws IOException {
        String password;
        try (EmbeddedPostgresServer first = start(dataDir)) {
            password = first.password();
            withDataSource(first, db -> {
                db.sql("create table kept (name text)").update();
                db.sql("insert into kept values ('Regional møteplass Bodø')").update();
            });
        }
        Path passwordFile = dataDir.resolve(EmbeddedPassword.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);

        try (EmbeddedPostgresServer second = start(dataDir)) {
            assertThat(second.password()).isEqualTo(password);
            withDataSource(second, db -> assertThat(
                            db.sql("select name from kept").query(String.class).single())
                    .isEqualTo("Regional møteplass Bodø"));
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void theApplicationGetsADurableServerThatListensOnLoopbackOnly(@TempDir Path dataDir) {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withPropertyValues(
                        "fellesgrunn.embedded-db.data-dir=" + dataDir, "fellesgrunn.embedded-db.watchdog-interval=2s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcClient db = JdbcClient.create(context.getBean(DataSource.class));
                    assertThat(show(db, "fsync")).isEqualTo("on");
                    assertThat(show(db, "synchronous_commit")).isEqualTo("on");
                    assertThat(show(db, "full_page_writes")).isEqualTo("on");
                    assertThat(show(db, "listen_addresses")).isEqualTo("127.0.0.1");
                    assertThat(show(db, "unix_socket_directories")).isEmpty();
                    assertThat(db.sql("select current_database()")
                                    .query(String.class)
                                    .single())
                            .isEqualTo("fellesgrunn");
                });
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("stopped with the context")
                .doesNotExist();
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer server = start(dataDir)) {
            String url = server.jdbcUrl(EmbeddedPostgresConfiguration.DATABASE);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", server.password() + "x")
                            .close())
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
            try (Connection ok = DriverManager.getConnection(url, "postgres", server.password())) {
                assertThat(ok.isValid(2)).isTrue();
            }
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .contains("scram-sha-256")
                    .doesNotContain("trust");
        }
    }

    @Test
    void aClusterFromBeforeThePasswordIsProtectedOnItsNextStart(@TempDir Path dataDir) throws IOException {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("create database fellesgrunn")
                    .update();
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = start(dataDir)) {
            assertThat(dataDir.resolve(EmbeddedPassword.FILE_NAME)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("fellesgrunn"), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            withDataSource(server, db -> assertThat(
                            db.sql("select 1").query(Integer.class).single())
                    .isEqualTo(1));
        }
    }

    @Test
    void anUnusableDataDirectoryStopsTheStartWithAMessageSayingHowToUseAServer(@TempDir Path dir) throws IOException {
        Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> configuration.embeddedPostgres(aFile.toString(), 0, "5s"))
                .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FOLDER_NOT_USABLE);
                    FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("embedded PostgreSQL could not start");
                    assertThat(analysis.getAction())
                            .contains("SPRING_DATASOURCE_URL")
                            .contains("fellesgrunn.embedded-db.data-dir")
                            .contains("create and write")
                            .doesNotContain("embedded-db.port");
                });
    }

    @Test
    void aTakenPortIsNamedInTheAdvice(@TempDir Path dataDir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(dataDir.toString(), taken.getLocalPort(), "5s"))
                    .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.PORT_IN_USE);
                        assertThat(e.getMessage()).contains(Integer.toString(taken.getLocalPort()));
                        assertThat(new EmbeddedDatabaseFailureAnalyzer()
                                        .analyze(e)
                                        .getAction())
                                .contains("fellesgrunn.embedded-db.port")
                                .doesNotContain("in use by another running");
                    });
        }
    }

    @Test
    void binariesThatCannotBeFoundAreNamedInTheAdvice(@TempDir Path dataDir) {
        EmbeddedPostgresServer.Options noBinaries = new EmbeddedPostgresServer.Options(
                dataDir, 0, true, Duration.ofSeconds(5), (system, architecture) -> null);
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(noBinaries))
                .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BINARIES);
                    assertThat(new EmbeddedDatabaseFailureAnalyzer().analyze(e).getAction())
                            .contains("bundled with Fellesgrunn")
                            .contains("noexec");
                });
    }

    @Test
    void aProtectedClusterWithoutItsPasswordFileSaysSo(@TempDir Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(dataDir.resolve("postgres/pg_hba.conf"), EmbeddedPassword.HBA);
        assertThatThrownBy(() -> start(dataDir))
                .isInstanceOfSatisfying(EmbeddedDatabaseUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PASSWORD_MISSING);
                    assertThat(new EmbeddedDatabaseFailureAnalyzer().analyze(e).getAction())
                            .contains("postgres.password");
                });
        assertThat(dataDir.resolve(EmbeddedPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void theEmbeddedServerStandsBackWhenADatabaseUrlIsConfigured() {
        NoDataSourceUrlConfigured condition = new NoDataSourceUrlConfigured();
        assertThat(condition.matches(contextWith(new MockEnvironment()), null)).isTrue();
        assertThat(condition.matches(
                        contextWith(new MockEnvironment()
                                .withProperty("spring.datasource.url", "jdbc:postgresql://db/fellesgrunn")),
                        null))
                .isFalse();
    }

    private EmbeddedPostgresServer start(Path dataDir) {
        return configuration.embeddedPostgres(dataDir.toString(), 0, "5s");
    }

    private void withDataSource(EmbeddedPostgresServer server, Consumer<JdbcClient> work) {
        DataSource dataSource = configuration.dataSource(server);
        try {
            work.accept(JdbcClient.create(dataSource));
        } finally {
            ((HikariDataSource) dataSource).close();
        }
    }

    private static String show(JdbcClient db, String setting) {
        return db.sql("show " + setting).query(String.class).single();
    }

    private static org.springframework.context.annotation.ConditionContext contextWith(MockEnvironment environment) {
        return new org.springframework.context.annotation.ConditionContext() {
            public org.springframework.beans.factory.support.BeanDefinitionRegistry getRegistry() {
                return null;
            }

            public org.springframework.beans.factory.config.ConfigurableListableBeanFactory getBeanFactory() {
                return null;
            }

            public org.springframework.core.env.Environment getEnvironment() {
                return environment;
            }

            public org.springframework.core.io.ResourceLoader getResourceLoader() {
                return null;
            }

            public ClassLoader getClassLoader() {
                return getClass().getClassLoader();
            }
        };
    }
}
