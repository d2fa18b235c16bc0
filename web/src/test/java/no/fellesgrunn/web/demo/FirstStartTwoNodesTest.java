package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes start at the same moment on one empty database: each runs its first-start work at once,
 * and still there is one set of demo events and one set of first-start accounts, printed once, and
 * neither node fails. (Flyway migrates under its own PostgreSQL advisory lock.)
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTwoNodesTest extends WebIntegrationTest {
    @Autowired
    UserAccountRepository accounts;

    @Autowired
    FirstStartAccounts firstStartAccounts;

    @Autowired
    DemoDataLoader demoDataLoader;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    ActorRepository actors;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesStartingTogetherCreateTheDemoDataAndTheAccountsOnce(CapturedOutput output) throws Exception {
        jdbc.sql("truncate user_account, regional_event, registration, actor, challenge, organisation cascade")
                .update();
        assertThat(accounts.count()).isZero();
        assertThat(events.count()).isZero();
        int bannersBefore = count(output.getAll(), "accounts created on first start");

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> starts = List.of(nodes.submit(() -> start(together)), nodes.submit(() -> start(together)));
            for (Future<?> start : starts) {
                start.get(2, TimeUnit.MINUTES); // rethrows a node's failure
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(events.count()).isEqualTo(2);
        assertThat(accounts.findByRole(Role.ADMIN)).hasSize(1);
        assertThat(accounts.findByRole(Role.ORGANISER)).hasSize(2);
        assertThat(accounts.findByRole(Role.PARTICIPANT)).hasSize(FirstStart.DEMO_PARTICIPANTS);
        assertThat(accounts.count()).isEqualTo(1 + 2 + FirstStart.DEMO_PARTICIPANTS);
        assertThat(count(output.getAll(), "accounts created on first start")).isEqualTo(bannersBefore + 1);
    }

    private Void start(CyclicBarrier together) throws Exception {
        FirstStart node = new FirstStart(
                accounts, firstStartAccounts, demoDataLoader, events, actors, registrations, dataSource, true);
        together.await(30, TimeUnit.SECONDS);
        node.run(null);
        return null;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
