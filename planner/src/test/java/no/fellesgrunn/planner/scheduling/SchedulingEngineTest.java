package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverConfig;

/** The engine on small seeded events: feasible plans, pins kept, re-planning moves only whom it must. */
class SchedulingEngineTest {
    private final SchedulingEngine engine = new SchedulingEngine();
    private final SchedulingWeights weights = SchedulingWeights.defaults();

    @Test
    void smallEventGetsAFeasiblePlanThatExplainsItself() {
        EventProblem problem = EventGenerator.event(7, 60, 8, 3);
        EventPlan plan = engine.solve(problem, weights, Duration.ofSeconds(3), null);

        PlanChecks.assertFeasible(problem, plan);
        assertThat(plan.changes()).isNull();
        // Every participant gets a schedule with a reason per seat.
        assertThat(plan.participants()).hasSize(60);
        assertThat(plan.participants()).allSatisfy(schedule -> assertThat(schedule.seats())
                .allSatisfy(seat -> assertThat(seat.why()).isNotEmpty()));
        // The breakdown adds up to the score.
        long soft = plan.scoreBreakdown().stream()
                .mapToLong(c -> Long.parseLong(c.score().replaceAll(".*medium/(-?\\d+)soft", "$1")))
                .sum();
        assertThat(plan.score()).isEqualTo("0hard/0medium/" + soft + "soft");
    }

    @Test
    void solvingImprovesOnTheStartingPlan() {
        EventProblem problem = EventGenerator.event(3, 60, 8, 3);
        EventSchedule start = engine.startingSolution(problem, weights);
        String startScore = engine.explain(start).score();
        EventPlan plan = engine.solve(problem, weights, Duration.ofSeconds(3), null);
        assertThat(soft(plan.score())).isGreaterThan(soft(startScore));
    }

    @Test
    void pinnedSeatsAndTableChallengesAreKept() {
        EventProblem generated = EventGenerator.event(11, 60, 8, 3);
        // Pin a guest (not a host) to t8 in r2 and challenge c5 to t1 in r3.
        String guest = generated.participants().stream()
                .map(EventProblem.ParticipantSpec::id)
                .filter(id -> generated.challenges().stream().noneMatch(c -> id.equals(c.host())))
                .filter(id -> generated.participants().stream()
                        .filter(p -> p.id().equals(id))
                        .allMatch(p -> p.availableRounds() == null && !p.needsAccessible()))
                .findFirst()
                .orElseThrow();
        List<EventProblem.PinSpec> pins =
                List.of(EventProblem.PinSpec.seat(guest, "r2", "t8"), EventProblem.PinSpec.challenge("c5", "r3", "t1"));
        EventProblem problem = new EventProblem(
                generated.rounds(), generated.tables(), generated.challenges(), generated.participants(), pins, null);

        EventPlan plan = engine.solve(problem, weights, Duration.ofSeconds(3), null);

        PlanChecks.assertFeasible(problem, plan);
        assertThat(PlanChecks.tableOf(plan)).containsEntry(guest + "@r2", "t8");
        assertThat(plan.seating()).anySatisfy(entry -> {
            assertThat(entry.round()).isEqualTo("r3");
            assertThat(entry.table()).isEqualTo("t1");
            assertThat(entry.challenge()).isEqualTo("c5");
        });
    }

    @Test
    void afterOneCancellationOnlyTheCancelledPersonIsGone() {
        EventProblem problem = EventGenerator.event(5, 60, 8, 3);
        EventPlan published = engine.solve(problem, weights, Duration.ofSeconds(2), null);
        String cancelled = guestOf(problem);
        List<EventProblem.ParticipantSpec> rest = new ArrayList<>(problem.participants());
        rest.removeIf(p -> p.id().equals(cancelled));
        EventProblem replan = problem.withParticipants(rest).withPublishedPlan(published);

        EventPlan plan = engine.solve(replan, weights, Duration.ofSeconds(2), null);

        PlanChecks.assertFeasible(replan, plan);
        assertThat(plan.changes().removed()).containsExactly(cancelled);
        assertThat(plan.changes().peopleToTell()).isZero();
        Map<String, String> before = PlanChecks.tableOf(published);
        before.keySet().removeIf(key -> key.startsWith(cancelled + "@"));
        assertThat(PlanChecks.tableOf(plan)).isEqualTo(before);
    }

    @Test
    void meetNewPeopleHoldsOnItsOwn() {
        // 36 people at 6 full tables of 6 for 3 rounds, nothing else to go by: a schedule without
        // any repeated pair exists (rows, columns and a Latin square), so the plan has none. The
        // starting plan alone leaves some repeats; the solver must remove them.
        EventProblem problem = EventGenerator.plainEvent(36, 6, 6, 3);
        assertThat(PlanChecks.repeatedPairs(engine.explain(engine.startingSolution(problem, weights))))
                .isPositive();

        // Stops as soon as the perfect score is reached (a second or two), at the latest after 20 s.
        SolverConfig config = engine.solverConfig(Duration.ofSeconds(20));
        config.getTerminationConfig().setBestScoreLimit("0hard/0medium/0soft");
        EventSchedule best = SolverFactory.<EventSchedule>create(config)
                .buildSolver()
                .solve(engine.startingSolution(problem, weights));
        EventPlan plan = engine.explain(best);

        PlanChecks.assertFeasible(problem, plan);
        assertThat(PlanChecks.repeatedPairs(plan)).isZero();
        assertThat(plan.score()).isEqualTo("0hard/0medium/0soft");
    }

    @Test
    void problemChangesOnARunningSolverMoveOnlyWhomTheyMust() throws Exception {
        EventProblem problem = EventGenerator.event(9, 60, 8, 3);
        EventPlan published = engine.solve(problem, weights, Duration.ofSeconds(2), null);
        EventSchedule start = engine.startingSolution(problem.withPublishedPlan(published), weights);
        String cancelled = guestOf(problem);
        EventProblem.ParticipantSpec newcomer = new EventProblem.ParticipantSpec(
                "walk-in", "org-new", null, java.util.Set.of("klima"), java.util.Set.of(), null, List.of("c1"), false);
        String moving = problem.participants().stream()
                .filter(p -> !p.id().equals(cancelled)
                        && problem.challenges().stream().noneMatch(c -> p.id().equals(c.host())))
                .filter(p -> p.availableRounds() == null)
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();

        EventSchedule result;
        try (SolverManager<EventSchedule, Long> manager =
                SolverManager.create(engine.solverConfig(Duration.ofSeconds(5)))) {
            SolverJob<EventSchedule, Long> job = manager.solve(1L, start);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (manager.getSolverStatus(1L) != SolverStatus.SOLVING_ACTIVE && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            manager.addProblemChange(1L, new ParticipantCancelled(cancelled));
            manager.addProblemChange(1L, new ParticipantArrived(newcomer));
            manager.addProblemChange(1L, new AvailabilityChanged(moving, List.of("r1", "r2")));
            result = job.getFinalBestSolution();
        }
        EventPlan plan = engine.explain(result);
        PlanChanges changes = PlanDiff.between(published, plan);

        assertThat(plan.score()).startsWith("0hard/0medium/");
        assertThat(changes.removed()).containsExactly(cancelled);
        assertThat(changes.added()).containsExactly("walk-in");
        // Only the participant whose availability changed is told, for the round they left.
        assertThat(changes.changed()).containsExactly(new PlanChanges.PersonChange(moving, List.of("r3")));
        assertThat(changes.peopleToTell()).isEqualTo(2);
        assertThat(PlanChecks.tableOf(plan)).containsKeys("walk-in@r1", "walk-in@r2", "walk-in@r3");
    }

    private static String guestOf(EventProblem problem) {
        return problem.participants().stream()
                .map(EventProblem.ParticipantSpec::id)
                .filter(id -> problem.challenges().stream().noneMatch(c -> id.equals(c.host())))
                .skip(10)
                .findFirst()
                .orElseThrow();
    }

    private static long soft(String score) {
        return Long.parseLong(score.replaceAll(".*medium/(-?\\d+)soft", "$1"));
    }
}
