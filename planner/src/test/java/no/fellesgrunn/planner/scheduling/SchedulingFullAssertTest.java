package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.heuristic.move.Move;

/**
 * The safety net: in FULL_ASSERT mode OptaPlanner recalculates the score from scratch after every
 * move and its undo, and after every problem change, and fails on any difference. Every custom move
 * and every problem change runs under it here.
 */
class SchedulingFullAssertTest {
    private final SchedulingEngine engine = new SchedulingEngine();
    private final SchedulingWeights weights = SchedulingWeights.defaults();

    /** Doable moves each custom factory produced, by factory. */
    static final Map<String, AtomicInteger> DOABLE = new ConcurrentHashMap<>();

    static Iterator<Move<EventSchedule>> counting(
            String name, ScoreDirector<EventSchedule> director, Iterator<Move<EventSchedule>> moves) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return moves.hasNext();
            }

            @Override
            public Move<EventSchedule> next() {
                Move<EventSchedule> move = moves.next();
                if (move.isMoveDoable(director)) {
                    DOABLE.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                }
                return move;
            }
        };
    }

    public static class CountedNewPeople extends NewPeopleMoveFactory {
        @Override
        public Iterator<Move<EventSchedule>> createRandomMoveIterator(ScoreDirector<EventSchedule> d, Random random) {
            return counting("new-people", d, super.createRandomMoveIterator(d, random));
        }
    }

    public static class CountedWish extends WishMoveFactory {
        @Override
        public Iterator<Move<EventSchedule>> createRandomMoveIterator(ScoreDirector<EventSchedule> d, Random random) {
            return counting("wish", d, super.createRandomMoveIterator(d, random));
        }
    }

    public static class CountedChallengeSwap extends ChallengeSwapMoveFactory {
        @Override
        public Iterator<Move<EventSchedule>> createRandomMoveIterator(ScoreDirector<EventSchedule> d, Random random) {
            return counting("challenge-swap", d, super.createRandomMoveIterator(d, random));
        }
    }

    @Test
    void everyCustomMoveKeepsTheScoreRight() {
        // A small event with hosts, wishes, people who need access and pins, so every move kind has work.
        EventProblem generated = EventGenerator.event(3, 24, 4, 3);
        String guest = generated.participants().stream()
                .map(EventProblem.ParticipantSpec::id)
                .filter(id -> generated.challenges().stream().noneMatch(c -> id.equals(c.host())))
                .filter(id -> generated.participants().stream()
                        .filter(p -> p.id().equals(id))
                        .allMatch(p -> p.availableRounds() == null && !p.needsAccessible()))
                .findFirst()
                .orElseThrow();
        EventProblem problem = new EventProblem(
                generated.rounds(),
                generated.tables(),
                generated.challenges(),
                generated.participants(),
                List.of(EventProblem.PinSpec.seat(guest, "r2", "t2")),
                null);
        SolverConfig config = engine.solverConfig(Duration.ofSeconds(6), Duration.ofSeconds(6))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CountedNewPeople.class),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CountedWish.class),
                                new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(CountedChallengeSwap.class))))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(10))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        DOABLE.clear();

        EventSchedule best = SolverFactory.<EventSchedule>create(config)
                .buildSolver()
                .solve(engine.startingSolution(problem, weights));

        // FULL_ASSERT would have thrown on a score corruption; each factory produced moves that were evaluated.
        assertThat(DOABLE.keySet()).containsExactlyInAnyOrder("new-people", "wish", "challenge-swap");
        assertThat(DOABLE.values()).allSatisfy(count -> assertThat(count.get()).isGreaterThan(10));
        assertThat(PlanChecks.tableOf(engine.explain(best))).containsEntry(guest + "@r2", "t2");
    }

    @Test
    void theTabuPhaseSolvesKirkmansSchoolgirlsAndKeepsPinsAndTheScoreRight() {
        // Kirkman's 15 schoolgirls: 5 tables of 3 over 7 rounds, every pair exactly once. The tabu
        // phase (after the starting plan, before the local search) finds it; FULL_ASSERT checks
        // the score after the phase hands its seats back to the solver. One seat is pinned.
        EventProblem plain = EventGenerator.plainEvent(15, 5, 3, 7);
        EventProblem problem = new EventProblem(
                plain.rounds(),
                plain.tables(),
                plain.challenges(),
                plain.participants(),
                List.of(EventProblem.PinSpec.seat("p1", "r4", "t5")),
                null);
        SolverConfig config = engine.solverConfig(Duration.ofSeconds(30), Duration.ofSeconds(30))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        EventSchedule start = engine.startingSolution(problem, weights);
        assertThat(PlanChecks.repeatedPairs(engine.explain(start))).isPositive();

        EventPlan plan = engine.explain(
                SolverFactory.<EventSchedule>create(config).buildSolver().solve(start));

        assertThat(PlanChecks.repeatedPairs(plan)).isZero();
        assertThat(plan.score()).isEqualTo("0hard/0medium/0soft");
        assertThat(PlanChecks.tableOf(plan)).containsEntry("p1@r4", "t5");
    }

    @Test
    void problemChangesOnARunningSolverKeepTheScoreRight() throws Exception {
        EventProblem problem = EventGenerator.event(9, 30, 5, 3);
        String cancelled =
                problem.participants().get(problem.participants().size() - 1).id();
        String moving = problem.participants().stream()
                .filter(p -> !p.id().equals(cancelled)
                        && problem.challenges().stream().noneMatch(c -> p.id().equals(c.host())))
                .filter(p -> p.availableRounds() == null)
                .findFirst()
                .orElseThrow()
                .id();
        String host = problem.challenges().get(0).host();
        EventProblem.ParticipantSpec newcomer = new EventProblem.ParticipantSpec(
                "walk-in", "org-new", null, Set.of("klima"), Set.of(), null, List.of("c1"), true);
        SolverConfig config = engine.solverConfig(Duration.ofSeconds(8), Duration.ofSeconds(8))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        EventSchedule result;
        try (SolverManager<EventSchedule, Long> manager = SolverManager.create(config)) {
            SolverJob<EventSchedule, Long> job = manager.solve(1L, engine.startingSolution(problem, weights));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (manager.getSolverStatus(1L) != SolverStatus.SOLVING_ACTIVE && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            var changes = List.of(
                    manager.addProblemChange(1L, new ParticipantCancelled(cancelled)),
                    manager.addProblemChange(1L, new ParticipantArrived(newcomer)),
                    manager.addProblemChange(1L, new AvailabilityChanged(moving, List.of("r1", "r3"))),
                    manager.addProblemChange(1L, new ParticipantCancelled(host)));
            for (var change : changes) {
                change.get(20, TimeUnit.SECONDS); // taken by the running solver
            }
            result = job.getFinalBestSolution(); // throws if FULL_ASSERT found a corruption
        }
        EventPlan plan = engine.explain(result);
        Map<String, String> tables = PlanChecks.tableOf(plan);
        assertThat(tables).containsKeys("walk-in@r1", "walk-in@r2", "walk-in@r3");
        assertThat(tables.keySet()).noneMatch(key -> key.startsWith(cancelled + "@") || key.startsWith(host + "@"));
        assertThat(tables).containsKeys(moving + "@r1", moving + "@r3").doesNotContainKey(moving + "@r2");
        assertThat(plan.score()).startsWith("0hard/");
    }
}
