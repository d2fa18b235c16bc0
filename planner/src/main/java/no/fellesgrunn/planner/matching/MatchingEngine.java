package no.fellesgrunn.planner.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The matching engine: pairs actors for coffee chats by shared interests, under the rules of
 * docs/formats/PLANNER-FORMATS.md section 1, and explains every match.
 * <p>
 * How it works: {@link #startingSolution} builds a plan that already keeps every hard rule:
 * Blossom V (JGraphT) for the first match of every actor, started on each actor's best pairs and
 * priced against all eligible pairs with its dual solution, then greedy for further matches, and
 * never worse than the greedy baseline. For one match per actor that plan is the exact optimum of
 * the full rule set (all soft rules are pair scores). OptaPlanner's local search (Bavet) then
 * improves it, which matters for more than one match per actor. See docs/matching.md. Use from a
 * web application:
 * <pre>{@code
 * MatchingEngine engine = new MatchingEngine();
 * SolverManager<MatchingSolution, UUID> manager = SolverManager.create(engine.solverConfig(Duration.ofSeconds(30)));
 * manager.solveAndListen(id, ignored -> engine.startingSolution(problem, weights), best -> show(engine.explain(best)));
 * }</pre>
 * or simply {@link #solve}. The engine is thread-safe.
 */
public final class MatchingEngine {
    /** Seed of the tie-breaking jitter, so a problem always gets the same starting plan. */
    static final long SEED = 20_260_514L;

    private final SolutionManager<MatchingSolution, HardMediumSoftLongScore> solutionManager =
            SolutionManager.create(SolverFactory.create(solverConfig(Duration.ofSeconds(1))));

    /**
     * The complete solver configuration: solution and entity classes, the constraint provider on
     * the Bavet engine, local search only (the starting solution is already complete), and the
     * termination: the time limit, or earlier when the score has not improved for a fifth of it
     * (at least one second).
     */
    public SolverConfig solverConfig(Duration timeLimit) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        // OptaPlanner counts in whole milliseconds.
        Duration limit = Duration.ofMillis(Math.max(1, timeLimit.toMillis()));
        Duration unimproved = limit.dividedBy(5).compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1)
                : Duration.ofMillis(limit.dividedBy(5).toMillis());
        // Change moves reassign one side of a match or empty it; repair moves re-pair two matches or
        // move a match to one of an actor's best partners in one step, which change moves could
        // only do through a broken hard rule.
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig(),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RepairMoveFactory.class)));
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(MatchSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(moves));
    }

    /**
     * A complete plan that keeps every hard rule, to start the solver from: the best of Blossom V
     * (plus greedy for further matches) and the greedy baseline. Its score is set.
     */
    public MatchingSolution startingSolution(MatchingProblem problem, MatchingWeights weights) {
        return startingSolution(problem, weights, null);
    }

    /**
     * As {@link #startingSolution(MatchingProblem, MatchingWeights)}, but Blossom V gets at most
     * {@code blossomBudget} from the start of this call (null: no limit); if it needs longer, the
     * plan starts from its latest round or, failing that, from greedy.
     */
    public MatchingSolution startingSolution(MatchingProblem problem, MatchingWeights weights, Duration blossomBudget) {
        long started = System.nanoTime();
        List<Actor> actors = Actor.of(problem);
        PairGraph complete = PairGraph.complete(actors, weights);
        // The budget counts from the start, so building the pair graph is part of it.
        Duration left = blossomBudget == null
                ? null
                : Duration.ofMillis(Math.max(
                        1, blossomBudget.minusNanos(System.nanoTime() - started).toMillis()));
        return solutionOf(actors, MatchingConstruction.starting(complete, SEED, left), weights);
    }

    /** The greedy baseline as a solution (for comparison; the engine never does worse). */
    public MatchingSolution greedySolution(MatchingProblem problem, MatchingWeights weights) {
        List<Actor> actors = Actor.of(problem);
        return solutionOf(actors, MatchingConstruction.greedy(PairGraph.complete(actors, weights)), weights);
    }

    /**
     * The exact optimum when every actor accepts one match (Blossom V on all eligible pairs; about a
     * minute for 2,000 actors with dense interests). Throws for more than one match per actor.
     */
    public MatchingSolution exactSolution(MatchingProblem problem, MatchingWeights weights) {
        List<Actor> actors = Actor.of(problem);
        return solutionOf(actors, MatchingConstruction.exact(PairGraph.complete(actors, weights), SEED), weights);
    }

    /**
     * Solves within the time limit and explains the best plan: the starting solution (Blossom V
     * gets at most 90 % of the limit with one match per actor, half of it otherwise), then local
     * search for the rest of it. The listener, if not
     * null, gets the starting solution and then every new best solution (from the solver's thread).
     */
    public MatchingResult solve(
            MatchingProblem problem,
            MatchingWeights weights,
            Duration timeLimit,
            Consumer<MatchingSolution> bestSolutionListener) {
        return explain(bestSolution(problem, weights, timeLimit, bestSolutionListener));
    }

    /** As {@link #solve}, but returns the best solution itself, unexplained. */
    MatchingSolution bestSolution(
            MatchingProblem problem,
            MatchingWeights weights,
            Duration timeLimit,
            Consumer<MatchingSolution> bestSolutionListener) {
        long started = System.nanoTime();
        // With one match per actor Blossom V gives the optimum and the local search can only
        // confirm it, so Blossom V may use most of the time; otherwise the local search needs it.
        boolean oneEach = problem.actors().stream().allMatch(actor -> Actor.capacity(problem, actor) == 1);
        Duration budget = oneEach ? timeLimit.multipliedBy(9).dividedBy(10) : timeLimit.dividedBy(2);
        MatchingSolution start = startingSolution(problem, weights, budget);
        if (bestSolutionListener != null) {
            bestSolutionListener.accept(start);
        }
        Duration remaining = timeLimit.minusNanos(System.nanoTime() - started);
        if (start.getSlots().isEmpty() || remaining.toMillis() < 100) {
            return start;
        }
        Solver<MatchingSolution> solver =
                SolverFactory.<MatchingSolution>create(solverConfig(remaining)).buildSolver();
        if (bestSolutionListener != null) {
            solver.addEventListener(event -> bestSolutionListener.accept(event.getNewBestSolution()));
        }
        return solver.solve(start);
    }

    /**
     * The hard rules the solution breaks: constraint name to the number of times, sorted by name;
     * empty when the plan is feasible.
     */
    public Map<String, Long> brokenHardRules(MatchingSolution solution) {
        Map<String, Long> broken = new java.util.TreeMap<>();
        solutionManager.explain(solution).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getScore().hardScore() < 0)
                .forEach(total -> broken.put(total.getConstraintName(), (long) total.getConstraintMatchCount()));
        return broken;
    }

    /**
     * The plan in words: every match with similarity, shared themes and reasons (English and
     * Norwegian) taken from the constraints' justifications; every actor without a match with the
     * reason; and the score. Updates the solution's score.
     */
    public MatchingResult explain(MatchingSolution solution) {
        ScoreExplanation<MatchingSolution, HardMediumSoftLongScore> explanation = solutionManager.explain(solution);
        Map<Long, Map<MatchReason.Kind, MatchReason>> reasonsByPair = new HashMap<>();
        for (MatchReason reason : explanation.getJustificationList(MatchReason.class)) {
            long key = MatchingConstruction.key(
                    reason.first().getIndex(), reason.second().getIndex());
            reasonsByPair
                    .computeIfAbsent(key, k -> new EnumMap<>(MatchReason.Kind.class))
                    .put(reason.kind(), reason);
        }
        List<MatchingResult.Match> matches = new ArrayList<>();
        for (MatchSlot slot : solution.matches()) {
            matches.add(describe(
                    slot.getFirst(), slot.getSecond(), reasonsByPair.getOrDefault(slot.getPairKey(), Map.of())));
        }
        matches.sort(Comparator.comparing(MatchingResult.Match::first).thenComparing(MatchingResult.Match::second));
        List<MatchingResult.Unmatched> unmatched = new ArrayList<>();
        int[] matchCount = matchCounts(solution);
        for (ActorReason reason : explanation.getJustificationList(ActorReason.class)) {
            if (reason.kind() == ActorReason.Kind.WITHOUT_MATCH) {
                unmatched.add(UnmatchedReason.of(reason.actor(), solution.getActors(), matchCount));
            }
        }
        unmatched.sort(Comparator.comparingInt(u -> indexOf(solution, u.actor())));
        return new MatchingResult(explanation.getScore(), matches, unmatched);
    }

    private static MatchingResult.Match describe(Actor a, Actor b, Map<MatchReason.Kind, MatchReason> reasons) {
        // The public actor first, else the problem's order: "Municipality meets voluntary sector".
        boolean swap = b.getSector().isPublic() && !a.getSector().isPublic()
                || b.getSector().isPublic() == a.getSector().isPublic() && b.getIndex() < a.getIndex();
        Actor first = swap ? b : a;
        Actor second = swap ? a : b;
        List<ReasonCode> codes = new ArrayList<>();
        // The shared themes make the pair eligible, so they are always the first reason, even when
        // the similarity weight is zero and that constraint is switched off.
        if (!reasons.containsKey(MatchReason.Kind.SHARED_THEMES) && first.sharedThemeCount(second) > 0) {
            codes.add(new MatchReason(MatchReason.Kind.SHARED_THEMES, first, second).code());
        }
        for (MatchReason reason : reasons.values()) { // EnumMap: in the order of the kinds
            codes.add(new MatchReason(reason.kind(), first, second).code());
        }
        return new MatchingResult.Match(
                first.getId(),
                second.getId(),
                first.similarity(second),
                List.copyOf(first.sharedThemes(second)),
                codes);
    }

    static int[] matchCounts(MatchingSolution solution) {
        int[] count = new int[solution.getActors().size()];
        for (MatchSlot slot : solution.matches()) {
            count[slot.getFirst().getIndex()]++;
            count[slot.getSecond().getIndex()]++;
        }
        return count;
    }

    private static int indexOf(MatchingSolution solution, String actorId) {
        for (Actor actor : solution.getActors()) {
            if (actor.getId().equals(actorId)) {
                return actor.getIndex();
            }
        }
        return -1;
    }

    private static MatchingSolution solutionOf(List<Actor> actors, List<int[]> plan, MatchingWeights weights) {
        // Each capacity is at most actors - 1, but the sum is counted in long all the same.
        long capacity = actors.stream().mapToLong(Actor::getMaxMatches).sum();
        if (capacity / 2 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "Too many actors and matches per actor: " + capacity / 2 + " match slots.");
        }
        List<MatchSlot> slots = new ArrayList<>((int) (capacity / 2));
        for (int[] pair : plan) {
            slots.add(new MatchSlot(slots.size(), actors.get(pair[0]), actors.get(pair[1])));
        }
        while (slots.size() < capacity / 2) {
            slots.add(new MatchSlot(slots.size()));
        }
        MatchingSolution solution = new MatchingSolution(actors, slots, weights);
        return solution;
    }
}
