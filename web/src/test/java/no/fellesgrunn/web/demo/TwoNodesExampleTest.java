package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.infra.testsupport.TestDatabase;
import no.fellesgrunn.web.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's two-node example (docs/examples/two-nodes) is real: both nodes start at the same
 * moment, each with its own property file, on one empty PostgreSQL. Flyway migrates once, the
 * administrator is created once, each node has its name and answers health UP, and the load
 * balancer configurations send traffic to exactly the ports the two files give.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoNodesExampleTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "two-nodes");

    @Test
    void bothExampleNodesStartTogetherOnOneEmptyDatabase() throws Exception {
        TestDatabase.clean();
        TestDatabase.Server db = TestDatabase.server();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                starts.add(starter.submit(() -> new SpringApplicationBuilder(Application.class)
                        .run(
                                "--spring.config.additional-location=file:" + EXAMPLE.resolve(node + ".properties"),
                                "--server.port=0", // the test machine's ports are not ours to choose
                                "--spring.datasource.url=" + db.url(),
                                "--spring.datasource.username=" + db.user(),
                                "--spring.datasource.password=" + db.password(),
                                "--vaadin.launch-browser=false")));
            }
            for (Future<ConfigurableApplicationContext> start : starts) {
                nodes.add(start.get(3, TimeUnit.MINUTES));
            }

            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 2; i++) {
                ConfigurableApplicationContext node = nodes.get(i);
                assertThat(node.getEnvironment().getProperty("fellesgrunn.solver.node-name"))
                        .isEqualTo(i == 0 ? "node-a" : "node-b");
                assertThat(node.getEnvironment().getProperty("fellesgrunn.demo-data"))
                        .isEqualTo("false");
                int port = ((WebServerApplicationContext) node).getWebServer().getPort();
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
            }
            UserAccountRepository accounts = nodes.get(1).getBean(UserAccountRepository.class);
            assertThat(accounts.count())
                    .as("first-start accounts, created once")
                    .isEqualTo(1);
            assertThat(accounts.findByRole(Role.ADMIN)).hasSize(1);
            JdbcClient jdbc = nodes.get(0).getBean(JdbcClient.class);
            assertThat(jdbc.sql(
                                    "select count(*) - count(distinct version) from flyway_schema_history where version is not null")
                            .query(Long.class)
                            .single())
                    .as("each migration applied once")
                    .isZero();
        } finally {
            starter.shutdownNow();
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void theLoadBalancerExamplesSendTrafficToTheTwoNodesPorts() throws IOException {
        String a = load("node-a.properties").getProperty("server.port");
        String b = load("node-b.properties").getProperty("server.port");
        assertThat(a).isNotEqualTo(b);
        String haproxy = Files.readString(EXAMPLE.resolve("haproxy.cfg"));
        assertThat(haproxy)
                .contains("server node-a 127.0.0.1:" + a + " ", "server node-b 127.0.0.1:" + b + " ")
                .containsPattern("(?m)^\\s*cookie FGNODE insert")
                .contains("option httpchk GET /actuator/health");
        String nginx = Files.readString(EXAMPLE.resolve("nginx.conf"));
        assertThat(nginx)
                .contains(
                        "server 127.0.0.1:" + a + ";",
                        "server 127.0.0.1:" + b + ";",
                        "ip_hash;",
                        "Upgrade $http_upgrade");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(EXAMPLE.resolve(file))) {
            properties.load(reader);
        }
        return properties;
    }
}
