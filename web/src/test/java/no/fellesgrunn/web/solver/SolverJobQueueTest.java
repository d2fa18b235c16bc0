package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobStore;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The queue of a node limited to two solves: a third job waits with its place shown, in the
 * organiser's words, and can be cancelled; the two running jobs are stopped and store their best plan.
 */
@TestPropertySource(
        properties = {
            "fellesgrunn.solver.concurrent-jobs=2",
            "fellesgrunn.solver.poll-interval=200ms",
            "fellesgrunn.solver.matching-time-limit=2s",
            "fellesgrunn.solver.scheduling-time-limit=60s"
        })
class SolverJobQueueTest extends WebIntegrationTest {
    @Autowired
    MatchingJobs matchingJobs;

    @Autowired
    SchedulingJobs schedulingJobs;

    @Autowired
    SolverJobEngine engine;

    @Autowired
    SolverJobStore store;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    FellesgrunnI18NProvider i18n;

    @Test
    void aThirdJobWaitsWithItsPlaceShownWhileTwoRunAndTheOrganiserCancelsIt() {
        assertThat(engine.settings().concurrentJobs()).isEqualTo(2);
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).both();

        as(organiser, () -> schedulingJobs.start(bodo.id()));
        as(organiser, () -> schedulingJobs.start(agder.id()));
        awaitUntil(
                () -> store.active().stream()
                                .filter(j -> j.status() == SolverJob.Status.RUNNING)
                                .count()
                        == 2,
                "both seating jobs running");

        List<SolverProgress> seen = Collections.synchronizedList(new ArrayList<>());
        Runnable unsubscribe = as(organiser, () -> matchingJobs.subscribe(bodo.id(), seen::add));
        SolverProgress third = as(organiser, () -> matchingJobs.start(bodo.id(), 1));
        assertThat(third.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(third.queuePlace()).isEqualTo(1);
        assertThatThrownBy(() -> as(organiser, () -> matchingJobs.start(bodo.id(), 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already running");

        // Several polls later it still waits: the node runs only two at once.
        awaitUntil(() -> seen.size() >= 1, "the view heard of the queued job");
        SolverProgress waiting = as(organiser, () -> matchingJobs.status(bodo.id()));
        assertThat(waiting.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(waiting.queuePlace()).isEqualTo(1);
        assertThat(store.active())
                .filteredOn(j -> j.status() == SolverJob.Status.RUNNING)
                .hasSize(2)
                .allMatch(j -> j.kind().equals(SchedulingKind.NAME));
        assertThat(i18n.getTranslation(
                        "solver.status.QUEUED",
                        FellesgrunnI18NProvider.NYNORSK,
                        waiting.queuePlace(),
                        waiting.queuePlace() - 1))
                .startsWith("I kø: plass 1 (ingen jobbar før denne)");
        assertThat(i18n.getTranslation("solver.status.QUEUED", FellesgrunnI18NProvider.NYNORSK, 3, 2))
                .startsWith("I kø: plass 3 (2 jobbar før denne)");
        assertThat(i18n.getTranslation("solver.status.QUEUED", FellesgrunnI18NProvider.BOKMAL, 2, 1))
                .startsWith("I kø: plass 2 (1 jobb før denne)");

        // The organiser cancels it: it never runs, and nothing is stored.
        as(organiser, () -> {
            matchingJobs.stop(bodo.id());
            return null;
        });
        SolverProgress cancelled = as(organiser, () -> matchingJobs.status(bodo.id()));
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        awaitUntil(
                () -> seen.stream().anyMatch(p -> p.status() == JobStatus.CANCELLED), "the view heard of the cancel");
        unsubscribe.run();

        // The two running jobs are stopped by the organiser and store their best plan so far.
        as(organiser, () -> {
            schedulingJobs.stop(bodo.id());
            schedulingJobs.stop(agder.id());
            return null;
        });
        SolverProgress bodoEnd =
                SolvingTestSupport.awaitEnd(() -> as(organiser, () -> schedulingJobs.status(bodo.id())));
        SolverProgress agderEnd =
                SolvingTestSupport.awaitEnd(() -> as(organiser, () -> schedulingJobs.status(agder.id())));
        assertThat(bodoEnd.status()).isEqualTo(JobStatus.STOPPED);
        assertThat(agderEnd.status()).isEqualTo(JobStatus.STOPPED);
        assertThat(bodoEnd.planVersionId()).isNotNull();
        assertThat(as(organiser, () -> matchingJobs.status(bodo.id())).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(store.latest(bodo.id(), MatchingKind.NAME).orElseThrow().startedAt())
                .isNull();
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    static void awaitUntil(Supplier<Boolean> condition, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.get()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
