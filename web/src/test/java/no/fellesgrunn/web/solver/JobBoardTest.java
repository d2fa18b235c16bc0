package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Progress shows the real elapsed time while a job runs, even when no better plan arrives. */
class JobBoardTest {
    @Test
    void aRunningJobReportsItsElapsedTimeEverySecondAndStopsWhenItEnds() throws InterruptedException {
        JobBoard board = new JobBoard(Duration.ofSeconds(60));
        UUID eventId = UUID.randomUUID();
        List<SolverProgress> seen = Collections.synchronizedList(new ArrayList<>());
        board.subscribe(eventId, seen::add);

        JobBoard.Job job = board.tryStart(eventId);
        board.post(board.status(eventId).with(JobStatus.SOLVING, "0hard/0medium/-5soft", 1, job.elapsed()));
        Thread.sleep(2600);

        // No improvement came, yet the elapsed time moved on: at least two ticks, the last near 2 s.
        List<SolverProgress> ticks = new ArrayList<>(seen.subList(2, seen.size()));
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ticks).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(JobStatus.SOLVING);
            assertThat(p.bestScore()).isEqualTo("0hard/0medium/-5soft");
            assertThat(p.improvements()).isEqualTo(1);
        });
        assertThat(ticks.get(ticks.size() - 1).elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(board.status(eventId).elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1900));

        // Once the job has ended, the clock stops and never overwrites the end.
        board.post(board.status(eventId).ended(JobStatus.FINISHED, "0hard/0medium/-5soft", job.elapsed(), 10, 0,
                null, null));
        int count = seen.size();
        Thread.sleep(1500);
        assertThat(seen).hasSize(count);
        assertThat(board.status(eventId).status()).isEqualTo(JobStatus.FINISHED);
    }
}
