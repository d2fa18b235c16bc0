package no.fellesgrunn.infra.solverjob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link SolverJobStore} on real PostgreSQL: the queue, claiming, checkpoints, interruptions and changes. */
@PostgresTest
class SolverJobStoreDbTest {
    private final DataSource dataSource;
    private final SolverJobStore store;
    private final JdbcTemplate sql;
    private UUID bodo;
    private UUID agder;

    SolverJobStoreDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.store = new SolverJobStore(dataSource);
        this.sql = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void events() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        sql.update("delete from solver_job");
        var events = new JdbcRegionalEventRepository(dataSource);
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow().id();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow().id();
    }

    @Test
    void jobsWaitInTheOrderTheyWereQueuedAndAnEventHasOneActiveJobPerKind() {
        SolverJob first = store.enqueue(bodo, "MATCHING", "{\"matchesPerActor\": 2}", "kari")
                .orElseThrow();
        SolverJob second = store.enqueue(bodo, "SCHEDULING", "{}", "kari").orElseThrow();
        SolverJob third = store.enqueue(agder, "MATCHING", "{}", "ola").orElseThrow();

        assertThat(first.status()).isEqualTo(SolverJob.Status.QUEUED);
        assertThat(first.parameters()).isEqualTo("{\"matchesPerActor\": 2}");
        assertThat(first.requestedBy()).isEqualTo("kari");
        assertThat(store.enqueue(bodo, "MATCHING", "{}", "ola"))
                .as("a second active matching job for Bodø")
                .isEmpty();
        assertThat(store.active()).extracting(SolverJob::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(store.placeInQueue(first)).isEqualTo(1);
        assertThat(store.placeInQueue(second)).isEqualTo(2);
        assertThat(store.placeInQueue(third)).isEqualTo(3);
        assertThat(store.latest(bodo, "SCHEDULING")).contains(second);

        // Once the first runs and the second is cancelled, the third is first in the queue.
        store.claim(first.id(), "node-a").orElseThrow();
        assertThat(store.cancelQueued(second.id())).isTrue();
        assertThat(store.placeInQueue(third)).isEqualTo(1);
        assertThat(store.claim(second.id(), "node-a"))
                .as("a cancelled job is not claimed")
                .isEmpty();
        assertThat(store.cancelQueued(first.id()))
                .as("a running job is not cancelled")
                .isFalse();
        // Cancelled, the event may queue a new job of that kind.
        assertThat(store.enqueue(bodo, "SCHEDULING", "{}", "kari")).isPresent();
    }

    @Test
    void aClaimedJobRunsOnItsNodeWritesProgressAndCheckpointsAndHearsAStop() {
        SolverJob queued = store.enqueue(bodo, "SCHEDULING", "{}", "kari").orElseThrow();
        SolverJob running = store.claim(queued.id(), "node-a").orElseThrow();
        assertThat(running.status()).isEqualTo(SolverJob.Status.RUNNING);
        assertThat(running.node()).isEqualTo("node-a");
        assertThat(running.startedAt()).isNotNull();
        assertThat(running.heartbeat()).isNotNull();
        assertThat(running.resumed()).isZero();
        assertThat(running.checkpoint()).isNull();

        assertThat(store.progress(queued.id(), "node-a", "0hard/-3medium/-40soft", 7))
                .isFalse();
        String seats = "{\"seats\": [[\"a1\", \"r1\", \"t1\"], [\"a2\", \"r1\", null]], \"challenges\": []}";
        store.checkpoint(queued.id(), "node-a", seats, "0hard/-3medium/-40soft");
        // Another node's writes do not touch a job it does not run.
        store.checkpoint(queued.id(), "node-b", "{\"seats\": []}", "0hard/0medium/0soft");
        assertThat(store.progress(queued.id(), "node-b", "0hard/0medium/0soft", 99))
                .isFalse();

        SolverJob stored = store.find(queued.id()).orElseThrow();
        assertThat(stored.bestScore()).isEqualTo("0hard/-3medium/-40soft");
        assertThat(stored.improvements()).isEqualTo(7);
        assertThat(stored.checkpointScore()).isEqualTo("0hard/-3medium/-40soft");
        assertThat(sql.queryForObject("select ?::jsonb = ?::jsonb", Boolean.class, stored.checkpoint(), seats))
                .as("the checkpoint read back is the one written")
                .isTrue();

        assertThat(store.requestStop(queued.id())).isTrue();
        assertThat(store.progress(queued.id(), "node-a", "0hard/-3medium/-40soft", 8))
                .as("stop heard")
                .isTrue();
        store.ended(queued.id(), SolverJob.Status.STOPPED, "0hard/-3medium/-40soft", 10, 2, 4, null);
        SolverJob ended = store.find(queued.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(SolverJob.Status.STOPPED);
        assertThat(ended.endedAt()).isNotNull();
        assertThat(ended.checkpoint())
                .as("the result is stored, the checkpoint is not needed")
                .isNull();
        assertThat(ended.resultCount()).isEqualTo(10);
        assertThat(ended.peopleToTell()).isEqualTo(4);
        assertThat(store.requestStop(queued.id())).isFalse();
        assertThat(store.active()).isEmpty();
    }

    @Test
    void anInterruptedJobIsTakenOverFromItsCheckpoint() {
        SolverJob queued = store.enqueue(agder, "MATCHING", "{}", "ola").orElseThrow();
        SolverJob onA = store.claim(queued.id(), "node-a").orElseThrow();
        store.checkpoint(queued.id(), "node-a", "{\"pairs\": [[\"a1\", \"a2\"]]}", "0hard/0medium/10soft");

        // Node A shuts down: its job waits in the queue as interrupted, still active.
        store.interrupted(queued.id(), "node-b");
        assertThat(store.find(queued.id()).orElseThrow().status())
                .as("only its own node interrupts it")
                .isEqualTo(SolverJob.Status.RUNNING);
        store.interrupted(queued.id(), "node-a");
        SolverJob interrupted = store.find(queued.id()).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(SolverJob.Status.INTERRUPTED);
        assertThat(interrupted.status().isActive()).isTrue();
        assertThat(store.enqueue(agder, "MATCHING", "{}", "ola"))
                .as("still the event's active job")
                .isEmpty();

        SolverJob onB = store.claim(queued.id(), "node-b").orElseThrow();
        assertThat(onB.status()).isEqualTo(SolverJob.Status.RUNNING);
        assertThat(onB.node()).isEqualTo("node-b");
        assertThat(onB.resumed()).isEqualTo(1);
        assertThat(onB.startedAt())
                .as("the time limit counts from the first start")
                .isEqualTo(onA.startedAt());
        assertThat(onB.checkpoint()).isEqualTo("{\"pairs\": [[\"a1\", \"a2\"]]}");
        assertThat(onB.checkpointScore()).isEqualTo("0hard/0medium/10soft");

        // Node A's writes after the takeover (its heartbeat stopped, it came back) no longer count.
        assertThat(store.progress(queued.id(), "node-a", "0hard/0medium/1soft", 1))
                .isFalse();
        store.checkpoint(queued.id(), "node-a", "{\"pairs\": []}", "0hard/0medium/1soft");
        assertThat(store.find(queued.id()).orElseThrow().checkpointScore()).isEqualTo("0hard/0medium/10soft");

        // A running job whose node died is claimed again as it is (db-scheduler revived it).
        assertThat(store.claim(queued.id(), "node-c").orElseThrow().resumed()).isEqualTo(2);
        store.failed(queued.id(), "IllegalStateException", "the event is gone");
        SolverJob failed = store.find(queued.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SolverJob.Status.FAILED);
        assertThat(failed.message()).isEqualTo("the event is gone");
        assertThat(store.claim(queued.id(), "node-c")).isEmpty();
    }

    @Test
    void changesAreKeptWithAnActiveJobInOrderUntilItsSolverEnds() {
        SolverJob job = store.enqueue(bodo, "SCHEDULING", "{}", "kari").orElseThrow();
        assertThat(store.addChange(job.id(), "{\"type\": \"CANCELLED\", \"person\": \"a1\"}", "kari"))
                .isTrue();
        store.claim(job.id(), "node-a").orElseThrow();
        assertThat(store.addChange(job.id(), "{\"type\": \"ARRIVED\", \"person\": \"a9\"}", "ola"))
                .isTrue();

        var all = store.changes(job.id(), 0);
        assertThat(all).extracting(SolverJobChange::reportedBy).containsExactly("kari", "ola");
        assertThat(all.get(0).seq()).isLessThan(all.get(1).seq());
        assertThat(all.get(1).change()).contains("\"ARRIVED\"");
        assertThat(store.changes(job.id(), all.get(0).seq())).containsExactly(all.get(1));
        assertThat(store.acceptsChanges(job.id())).isTrue();

        store.closeChanges(job.id());
        assertThat(store.acceptsChanges(job.id())).isFalse();
        assertThat(store.addChange(job.id(), "{\"type\": \"ARRIVED\", \"person\": \"a8\"}", "ola"))
                .isFalse();
        assertThat(store.changes(job.id(), 0)).hasSize(2);

        SolverJob other = store.enqueue(agder, "SCHEDULING", "{}", "ola").orElseThrow();
        assertThat(store.cancelQueued(other.id())).isTrue();
        assertThat(store.addChange(other.id(), "{\"type\": \"ARRIVED\", \"person\": \"a8\"}", "ola"))
                .as("an ended job takes no change")
                .isFalse();
        assertThat(store.changes(other.id(), 0)).isEmpty();
    }
}
