package no.fellesgrunn.planner.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The event scheduling engine: the entry point for the web application and the command line.
 * <p>
 * Typical use in an application that runs the solver itself:
 * <pre>{@code
 * SchedulingEngine engine = new SchedulingEngine();
 * SolverManager<EventSchedule, UUID> manager = SolverManager.create(engine.solverConfig(Duration.ofSeconds(30)));
 * EventSchedule start = engine.startingSolution(problem, SchedulingWeights.defaults());
 * manager.solveAndListen(eventId, id -> start, best -> show(engine.explain(best)));
 * // later, while it runs: manager.addProblemChange(eventId, new ParticipantCancelled("a7"));
 * }</pre>
 * Or in one call: {@link #solve(EventProblem, SchedulingWeights, Duration, Consumer)}.
 * The engine is thread-safe and cheap to keep.
 */
public class SchedulingEngine {
    private final SolutionManager<EventSchedule, HardMediumSoftLongScore> solutionManager =
            SolutionManager.create(SolverFactory.create(solverConfig(Duration.ofSeconds(1))));

    /**
     * How long a run goes on without a better plan before it ends, unless configured otherwise
     * (the application's {@code fellesgrunn.solver.scheduling-unimproved-limit}, the command line's
     * system property of the same name). Well under the application's 60 s limit: most events stop
     * improving within seconds, and waiting out the whole limit only makes the organiser wait.
     */
    public static final Duration DEFAULT_UNIMPROVED_LIMIT = Duration.ofSeconds(10);

    /**
     * {@link #solverConfig(Duration, Duration)} with {@link #DEFAULT_UNIMPROVED_LIMIT}.
     */
    public SolverConfig solverConfig(Duration timeLimit) {
        return solverConfig(timeLimit, DEFAULT_UNIMPROVED_LIMIT);
    }

    /**
     * A complete solver configuration (solution and entity classes, the Bavet constraint streams,
     * phases and termination), for {@code SolverFactory.create} or {@code SolverManager.create}.
     * A run ends after {@code timeLimit}, or earlier when the best score has not improved for
     * {@code unimprovedLimit} (a limit not shorter than the time limit never ends a run early).
     * Start it from {@link #startingSolution}: the construction heuristic then only seats what the
     * starting plan could not.
     */
    public SolverConfig solverConfig(Duration timeLimit, Duration unimprovedLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
            throw new IllegalArgumentException("the time limit and the unimproved limit must be positive");
        }
        // Every rule only penalises, so 0hard/0medium/0soft cannot be beaten: stop there.
        TerminationConfig termination =
                new TerminationConfig().withSpentLimit(timeLimit).withBestScoreLimit("0hard/0medium/0soft");
        if (unimprovedLimit.compareTo(timeLimit) < 0) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        }
        return new SolverConfig()
                .withSolutionClass(EventSchedule.class)
                .withEntityClasses(TableRound.class, Seat.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(SchedulingConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(
                        construction(TableRound.class, "challenge"),
                        construction(Seat.class, "table"),
                        newPeopleTabu(timeLimit.toMillis() * 3 / 4, 0, unimprovedLimit),
                        localSearch()
                                .withTerminationConfig(new TerminationConfig()
                                        .withSpentLimit(Duration.ofMillis(Math.max(1, timeLimit.toMillis() / 2)))),
                        // At most half the unimproved limit: its plan may score worse than the best
                        // (it does not see sector balance or perspectives), and the local search after
                        // it needs time to build on it before the unimproved limit ends the run.
                        newPeopleTabu(
                                0, Math.min(timeLimit.toMillis() / 4, unimprovedLimit.toMillis() / 2), unimprovedLimit),
                        localSearch());
    }

    /**
     * The fast tabu search of {@link NewPeopleTabuPhase} for at most {@code plainMillis} in an event
     * without wishes or themes and {@code wishMillis} in one with them (0: not at all), ending
     * sooner once no pair meets twice or its best plan has not improved for the unimproved limit.
     * The first one runs before the local search, only in plain events, with most of the time limit
     * (only meeting new people is left to the local search). The second one runs only in events
     * with wishes, after a first local search of half the time limit has placed people by their
     * wishes, and keeps them ({@link NewPeopleTabu#keepWishes}). (Measured: a wish-keeping phase
     * before the first local search too left the over-full event at 82 % wished seats instead of
     * 90 %, its local search finding nothing better within the unimproved limit after it.)
     */
    private static CustomPhaseConfig newPeopleTabu(long plainMillis, long wishMillis, Duration unimprovedLimit) {
        return new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(NewPeopleTabuPhase.class))
                .withCustomProperties(Map.of(
                        "plainBudgetMillis",
                        String.valueOf(plainMillis),
                        "wishBudgetMillis",
                        String.valueOf(wishMillis),
                        "unimprovedMillis",
                        String.valueOf(Math.max(1, unimprovedLimit.toMillis()))));
    }

    /** First fit for whatever the starting plan left unassigned (usually nothing). */
    private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass, String variable) {
        String id = entityClass.getSimpleName() + "Placer";
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(entityClass)
                                .withId(id)
                                .withCacheType(SelectionCacheType.PHASE)
                                .withSelectionOrder(SelectionOrder.ORIGINAL))
                        .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(id))
                                .withValueSelectorConfig(new ValueSelectorConfig(variable))));
    }

    /**
     * A short late-acceptance list: the starting plan is already good and an event of 300 people
     * evaluates only tens of thousands of moves a second on a shared 2-core machine, so a greedier
     * search improves more in the first 30 seconds (measured: list 10 beat 400 by about 10 % soft).
     */
    static final int LATE_ACCEPTANCE_SIZE = 10;

    /**
     * Late acceptance over: a participant changes table, two participants of one round trade
     * tables, a table changes challenge, two tables of one round trade challenges, and targeted
     * moves towards a participant's wishes ({@link WishMoveFactory}) and away from people they
     * already met ({@link NewPeopleMoveFactory}). People moves are tried far more often than
     * challenge moves, since there are far more of them.
     */
    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                                .withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(Seat.class))
                                .withFilterClass(SeatSwapFilter.class)
                                .withFixedProbabilityWeight(3.0),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(TableRound.class))
                                .withFixedProbabilityWeight(0.05),
                        new SwapMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig(TableRound.class))
                                .withFilterClass(SeatSwapFilter.class)
                                .withFixedProbabilityWeight(0.05),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(WishMoveFactory.class)
                                .withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(NewPeopleMoveFactory.class)
                                .withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(ChallengeSwapMoveFactory.class)
                                .withFixedProbabilityWeight(0.2))))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * The planning model of the problem with a good first plan: pins and published choices kept,
     * challenges at tables, hosts with their challenges, everyone else greedily seated.
     *
     * @throws IllegalArgumentException when an id is duplicated or names nothing, or a pin is in a
     *                                  round the participant is not available for
     */
    public EventSchedule startingSolution(EventProblem problem, SchedulingWeights weights) {
        return new ScheduleBuilder(problem, weights).build();
    }

    /**
     * The plan of a schedule with its explanations: seating per round and table, unseated
     * participants with reasons, what each table lacks, why each participant sits where they do
     * (Norwegian and English) and the score per constraint. Recomputes the score.
     */
    public EventPlan explain(EventSchedule schedule) {
        return new PlanExplainer(schedule, solutionManager.explain(schedule)).plan();
    }

    /**
     * Solves the problem for the given time and returns the explained plan; with a published plan,
     * also what changed and how many people must be told.
     *
     * @param bestSolutionListener called with each new best schedule (on the solving thread); may be null
     */
    public EventPlan solve(
            EventProblem problem,
            SchedulingWeights weights,
            Duration timeLimit,
            Consumer<EventSchedule> bestSolutionListener) {
        return solve(problem, weights, timeLimit, DEFAULT_UNIMPROVED_LIMIT, bestSolutionListener);
    }

    /**
     * As {@link #solve(EventProblem, SchedulingWeights, Duration, Consumer)}, ending early when the
     * score has not improved for {@code unimprovedLimit}.
     */
    public EventPlan solve(
            EventProblem problem,
            SchedulingWeights weights,
            Duration timeLimit,
            Duration unimprovedLimit,
            Consumer<EventSchedule> bestSolutionListener) {
        Solver<EventSchedule> solver = SolverFactory.<EventSchedule>create(solverConfig(timeLimit, unimprovedLimit))
                .buildSolver();
        if (bestSolutionListener != null) {
            solver.addEventListener(event -> bestSolutionListener.accept(event.getNewBestSolution()));
        }
        EventSchedule best = solver.solve(startingSolution(problem, weights));
        EventPlan plan = explain(best);
        if (problem.publishedPlan() != null) {
            plan = plan.withChanges(PlanDiff.between(problem.publishedPlan(), plan));
        }
        return plan;
    }
}
