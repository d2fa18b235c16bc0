package no.fellesgrunn.web.solver;

import static no.fellesgrunn.web.solver.SolverJobQueueTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobStore;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * A node dies mid-solve: its job stays claimed in PostgreSQL with a heartbeat that stops; a second
 * node (a second job engine on the same database, as a second application would run it) takes the
 * job over after the heartbeat timeout and finishes it from the stored best solution, with a score at
 * least as good as the last one stored. Meanwhile the organiser sees the run as interrupted, and
 * afterwards as continued.
 */
@TestPropertySource(
        properties = {
            "fellesgrunn.solver.scheduling-time-limit=8s",
            "fellesgrunn.solver.node-name=node-a",
            "fellesgrunn.solver.poll-interval=200ms",
            "fellesgrunn.solver.heartbeat-interval=250ms",
            "fellesgrunn.solver.missed-heartbeats=4",
            "fellesgrunn.solver.progress-interval=200ms",
            "fellesgrunn.solver.checkpoint-interval=300ms"
        })
class SolverJobTakeoverTest extends WebIntegrationTest {
    @Autowired
    SchedulingJobs schedulingJobs;

    @Autowired
    SolverJobEngine nodeA;

    @Autowired
    SolverJobStore store;

    @Autowired
    List<SolverKind<?>> kinds;

    @Autowired
    DataSource dataSource;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    PlanRepository plans;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void anotherNodeFinishesAJobWhoseNodeDiedFromItsStoredBestSolution() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        SignedIn.as(users, organiser, () -> schedulingJobs.start(bodo.id()));
        SolverJob queued = store.latest(bodo.id(), SchedulingKind.NAME).orElseThrow();

        // Node A solves and stores its best plan so far; after a few checkpoints it dies.
        awaitUntil(
                () -> store.find(queued.id()).orElseThrow().checkpointScore() != null
                        && store.find(queued.id()).orElseThrow().improvements() >= 3,
                "node A stored a checkpoint");
        nodeA.crash();
        SolverJob left = store.find(queued.id()).orElseThrow();
        assertThat(left.status()).isEqualTo(SolverJob.Status.RUNNING);
        assertThat(left.node()).isEqualTo("node-a");
        assertThat(left.endedAt()).isNull();
        HardMediumSoftLongScore lastStored = HardMediumSoftLongScore.parseScore(left.checkpointScore());
        assertThat(plans.findByEvent(bodo.id()))
                .as("nothing stored as a result yet")
                .isEmpty();

        // With no node alive, the organiser sees the run as interrupted, with its last stored score.
        awaitUntil(
                () -> SignedIn.as(users, organiser, () -> schedulingJobs.status(bodo.id()))
                                .status()
                        == JobStatus.INTERRUPTED,
                "the run shown as interrupted");
        assertThat(SignedIn.as(users, organiser, () -> schedulingJobs.status(bodo.id()))
                        .bestScore())
                .isEqualTo(left.checkpointScore());

        // Node B, on the same database, takes the job over after the heartbeat timeout.
        try (SolverJobEngine nodeB =
                new SolverJobEngine(dataSource, store, kinds, nodeA.settings().withNode("node-b")).start()) {
            SolverProgress end = SolvingTestSupport.awaitEnd(
                    () -> SignedIn.as(users, organiser, () -> schedulingJobs.status(bodo.id())));
            SolverJob finished = store.find(queued.id()).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.FINISHED);
            assertThat(finished.node()).isEqualTo("node-b");
            assertThat(finished.resumed()).isEqualTo(1);
            assertThat(end.resumed()).isEqualTo(1);
            HardMediumSoftLongScore result = HardMediumSoftLongScore.parseScore(end.bestScore());
            assertThat(result)
                    .as("finished from the stored best (%s), not from scratch", lastStored)
                    .isGreaterThanOrEqualTo(lastStored);
            PlanVersion draft = plans.findById(end.planVersionId()).orElseThrow();
            assertThat(draft.number()).isEqualTo(1);
            assertThat(draft.score()).isEqualTo(end.bestScore());
            System.out.printf(
                    "[figures] takeover: node A stored %s after %d improvements; node B finished with %s%n",
                    lastStored, left.improvements(), result);
        }
    }
}
