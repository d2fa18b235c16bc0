package no.fellesgrunn.web.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stopped and started again under the running application (issues 14 and 19). The
 * application runs on a private PostgreSQL server of its own (not the shared test server), which
 * the test stops with {@code pg_ctl stop -m fast} and starts again on the same port and data folder.
 * While it is gone, {@code /actuator/health} answers DOWN within seconds and a page that needs the
 * database says so in the reader's language; when it is back, health is UP, the next page works by
 * itself (the pool reconnects) and what was saved before is still there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fellesgrunn.demo-data=false", "vaadin.launch-browser=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DatabaseLossTest {
    private static final Duration BOUND = Duration.ofSeconds(6);
    private static Path dataDir;
    private static int port;
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int httpPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void privateDatabase(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("database-loss-test");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        startPostgres();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopPostgres();
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir.toFile());
        }));
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void postgresStoppedAndStartedAgainUnderTheRunningApplication() throws Exception {
        assertThat(health()).isEqualTo(200);
        UserAccount saved =
                UserAccount.create("before.the.loss@example.no", "Kari Før", "{noop}unused", Set.of(Role.ORGANISER));
        accounts.add(saved);
        signInAndOpenUi(saved.username());
        UI.getCurrent().navigate("organiser");
        assertThat(_get(H1.class).getText()).isEqualTo("Mine arrangementer");

        stopPostgres();

        long lostAt = System.nanoTime();
        int status = 0;
        while (status != 503
                && System.nanoTime() - lostAt < Duration.ofSeconds(20).toNanos()) {
            long asked = System.nanoTime();
            status = health();
            assertThat(Duration.ofNanos(System.nanoTime() - asked))
                    .as("one health check, database gone")
                    .isLessThan(BOUND);
        }
        Duration untilDown = Duration.ofNanos(System.nanoTime() - lostAt);
        assertThat(status).as("health once the database is gone").isEqualTo(503);
        assertThat(untilDown).as("time until health said DOWN").isLessThan(BOUND);
        System.out.printf("[DatabaseLossTest] health DOWN %d ms after PostgreSQL stopped%n", untilDown.toMillis());

        UI.getCurrent().navigate("login");
        long asked = System.nanoTime();
        UI.getCurrent().navigate("organiser");
        assertThat(Duration.ofNanos(System.nanoTime() - asked))
                .as("a page while the database is gone")
                .isLessThan(BOUND);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Databasen svarer ikke");
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Databasen svarer ikke akkurat nå. Det du gjorde nå, er ikke lagret; prøv igjen om litt.");
        assertThat(((ErrorView) UI.getCurrent().getCurrentView()).getPageTitle())
                .isEqualTo("Databasen svarer ikke – Fellesgrunn");

        startPostgres();

        long backAt = System.nanoTime();
        while (health() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - backAt))
                    .as("recovery after PostgreSQL returned")
                    .isLessThan(Duration.ofSeconds(30));
            Thread.sleep(200);
        }
        System.out.printf(
                "[DatabaseLossTest] health UP %d ms after PostgreSQL started again%n",
                Duration.ofNanos(System.nanoTime() - backAt).toMillis());
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("organiser");
        assertThat(_get(H1.class).getText()).isEqualTo("Mine arrangementer");
        assertThat(accounts.findByUsername("before.the.loss@example.no"))
                .map(UserAccount::displayName)
                .contains("Kari Før");
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/login"))
                        .timeout(BOUND)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
    }

    private int health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void signInAndOpenUi(String username) {
        MockVaadin.setup(
                UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("no.fellesgrunn.web"), context, UI::new));
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) ->
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    private static void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("The test's private PostgreSQL did not start", e);
        }
    }

    /** zonky's close runs {@code pg_ctl stop -m fast}: connections are cut, the data folder stays. */
    private static synchronized void stopPostgres() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            postgres = null;
        }
    }
}
