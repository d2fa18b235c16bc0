package no.fellesgrunn.planner.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolverManager;

/**
 * The engine's quality guarantees: the exact optimum for one match per actor, the optimum on tiny
 * problems with more matches per actor, never a broken hard rule, never worse than greedy.
 */
class MatchingEngineTest {
    private final MatchingEngine engine = new MatchingEngine();

    /** (actors with a match, total soft score) of a solution, counted directly from its pairs. */
    static MatchingConstruction.Quality quality(MatchingSolution solution) {
        MatchingWeights weights = solution.getWeights();
        Set<Actor> matched = new HashSet<>();
        long soft = 0;
        for (MatchSlot slot : solution.matches()) {
            matched.add(slot.getFirst());
            matched.add(slot.getSecond());
            soft += weights.softScoreOf(slot.getFirst(), slot.getSecond());
        }
        return new MatchingConstruction.Quality(matched.size(), soft);
    }

    /** Tiny problems whose eligible pairs are few enough for exhaustive search. */
    private static List<MatchingProblem> tinyProblems(int matchesPerActor, int count) {
        List<MatchingProblem> problems = new ArrayList<>();
        for (long seed = 1; problems.size() < count; seed++) {
            MatchingProblem problem = MatchingInstances.tiny(9, matchesPerActor, seed);
            List<Actor> actors = Actor.of(problem);
            int eligible = 0;
            for (Actor a : actors) {
                for (Actor b : actors) {
                    eligible += a.getIndex() < b.getIndex() && a.canMeet(b) ? 1 : 0;
                }
            }
            if (eligible >= 8 && eligible <= 20) {
                problems.add(problem);
            }
        }
        return problems;
    }

    @Test
    void blossomVAndTheStartingSolutionReachTheBruteForceOptimumForOneMatchEach() {
        for (MatchingProblem problem : tinyProblems(1, 25)) {
            for (MatchingWeights weights : List.of(MatchingWeights.similarityOnly(), MatchingWeights.defaults())) {
                MatchingConstruction.Quality optimum = BruteForceMatching.optimum(Actor.of(problem), weights);
                assertThat(quality(engine.exactSolution(problem, weights))).isEqualTo(optimum);
                assertThat(quality(engine.startingSolution(problem, weights))).isEqualTo(optimum);
            }
        }
    }

    @Test
    void localSearchReachesTheBruteForceOptimumForTwoMatchesEach() {
        for (MatchingProblem problem : tinyProblems(2, 6)) {
            MatchingWeights weights = MatchingWeights.defaults();
            MatchingConstruction.Quality optimum = BruteForceMatching.optimum(Actor.of(problem), weights);
            MatchingSolution[] best = new MatchingSolution[1];
            MatchingResult result =
                    engine.solve(problem, weights, Duration.ofSeconds(2), solution -> best[0] = solution);
            assertThat(result.feasible()).isTrue();
            assertThat(quality(best[0])).isEqualTo(optimum);
            assertThat(result.score().softScore()).isEqualTo(optimum.softScore());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 300})
    void startingSolutionIsTheExactOptimumWhenOnlySimilarityCounts(int actors) {
        for (long seed = 1; seed <= 2; seed++) {
            MatchingProblem problem = MatchingInstances.generate(actors, 1, seed);
            MatchingWeights weights = MatchingWeights.similarityOnly();
            MatchingConstruction.Quality exact = quality(engine.exactSolution(problem, weights));
            MatchingConstruction.Quality start = quality(engine.startingSolution(problem, weights));
            assertThat(start.matchedActors()).isEqualTo(exact.matchedActors());
            // Equal up to Blossom V's tie-breaking jitter: at most a quarter point per match.
            assertThat(start.softScore()).isGreaterThanOrEqualTo(exact.softScore() - exact.matchedActors() / 8);
        }
    }

    @Test
    void pricingReachesTheExactOptimumWithoutGivingBlossomVEveryPair() {
        // 500 actors have about 120,000 eligible pairs: pricing starts Blossom V on each actor's
        // 20 best pairs and adds only the pairs the dual solution asks for; the exact optimum
        // runs Blossom V on all of them.
        MatchingProblem problem = MatchingInstances.generate(500, 1, 3);
        MatchingWeights weights = MatchingWeights.similarityOnly();
        List<Actor> actors = Actor.of(problem);
        PairGraph complete = PairGraph.complete(actors, weights);
        MatchingConstruction.Quality exact =
                MatchingConstruction.quality(complete, MatchingConstruction.exact(complete, MatchingEngine.SEED));

        BlossomMatching.Priced priced = BlossomMatching.solvePriced(
                complete,
                PairGraph.nearest(complete, MatchingConstruction.NEAREST_PARTNERS),
                MatchingEngine.SEED,
                Long.MAX_VALUE,
                edges -> {});
        List<int[]> pairs = java.util.Arrays.stream(priced.edges())
                .mapToObj(e -> new int[] {complete.from[e], complete.to[e]})
                .toList();
        MatchingConstruction.Quality quality = MatchingConstruction.quality(complete, pairs);
        assertThat(priced.proven()).isTrue();
        assertThat(priced.edgesUsed()).isLessThan(complete.edgeCount() / 4);
        assertThat(quality.matchedActors()).isEqualTo(exact.matchedActors());
        // Both maximise the same jittered weights; the jitter is at most a quarter point per match.
        assertThat(quality.softScore()).isGreaterThanOrEqualTo(exact.softScore() - exact.matchedActors() / 8);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void neverBreaksAHardRuleAndIsNeverWorseThanGreedy(int matchesPerActor) {
        MatchingProblem problem = MatchingInstances.generate(150, matchesPerActor, 11L * matchesPerActor);
        MatchingWeights weights = MatchingWeights.defaults();
        MatchingSolution[] best = new MatchingSolution[1];
        MatchingResult result = engine.solve(problem, weights, Duration.ofSeconds(2), solution -> best[0] = solution);
        assertThat(result.score().hardScore()).isZero();
        MatchingConstruction.Quality greedy = quality(engine.greedySolution(problem, weights));
        assertThat(quality(best[0])).isGreaterThanOrEqualTo(greedy);
        // Every actor's matches are within their capacity, every pair is eligible and unique.
        int[] count = MatchingEngine.matchCounts(best[0]);
        for (Actor actor : best[0].getActors()) {
            assertThat(count[actor.getIndex()]).isLessThanOrEqualTo(actor.getMaxMatches());
        }
        Set<Long> pairs = new HashSet<>();
        for (MatchSlot slot : best[0].matches()) {
            assertThat(slot.getFirst().canMeet(slot.getSecond())).isTrue();
            assertThat(pairs.add(slot.getPairKey())).isTrue();
        }
    }

    @Test
    void aSolverManagerBuiltFromTheConfigSolvesFromTheStartingSolution() throws Exception {
        // The web application's way: its own SolverManager from solverConfig().
        MatchingProblem problem = MatchingInstances.generate(60, 2, 9);
        MatchingWeights weights = MatchingWeights.defaults();
        try (SolverManager<MatchingSolution, Long> manager =
                SolverManager.create(engine.solverConfig(Duration.ofSeconds(1)))) {
            MatchingSolution best =
                    manager.solve(1L, engine.startingSolution(problem, weights)).getFinalBestSolution();
            assertThat(engine.explain(best).feasible()).isTrue();
            assertThat(quality(best)).isGreaterThanOrEqualTo(quality(engine.greedySolution(problem, weights)));
        }
    }

    @Test
    void theSolverScoreIsTheSumOfPairScoresAndTheActorsWithoutMatch() {
        MatchingProblem problem = MatchingInstances.generate(80, 2, 5);
        MatchingSolution start = engine.startingSolution(problem, MatchingWeights.defaults());
        MatchingResult result = engine.explain(start);
        MatchingConstruction.Quality quality = quality(start);
        assertThat(result.score().hardScore()).isZero();
        assertThat(result.score().mediumScore()).isEqualTo(-(80 - quality.matchedActors()));
        assertThat(result.score().softScore()).isEqualTo(quality.softScore());
        assertThat(result.unmatched()).hasSize(80 - quality.matchedActors());
        assertThat(result.matches()).hasSize(start.matches().size());
    }

    @Test
    void weightsChangeTheChoiceBetweenEquallySimilarPartners() {
        // "kommune" shares one of two themes with both; the repeated pair loses when previous
        // matches cost points, and wins by being in the same county when they do not.
        List<ActorProfile> actors = List.of(
                new ActorProfile(
                        "kommune",
                        "bodo",
                        no.fellesgrunn.domain.actor.Sector.MUNICIPALITY,
                        "1804",
                        Set.of("ensomhet", "eldre"),
                        Set.of(),
                        null),
                new ActorProfile(
                        "kjent",
                        "bymisjon",
                        no.fellesgrunn.domain.actor.Sector.VOLUNTARY,
                        "1804",
                        Set.of("ensomhet", "rus"),
                        Set.of(),
                        null),
                new ActorProfile(
                        "ny",
                        "frelsesarmeen",
                        no.fellesgrunn.domain.actor.Sector.VOLUNTARY,
                        "4204",
                        Set.of("ensomhet", "klima"),
                        Set.of(),
                        null));
        MatchingProblem problem = new MatchingProblem(actors, 1, List.of(), List.of(new ActorPair("kommune", "kjent")));
        MatchingResult avoidRepeats = engine.explain(engine.startingSolution(problem, MatchingWeights.defaults()));
        assertThat(avoidRepeats.matches())
                .singleElement()
                .extracting(MatchingResult.Match::second)
                .isEqualTo("ny");
        MatchingWeights sameCountyOnly = new MatchingWeights(1, 0, 0, 0, 10_000, 0);
        MatchingResult nearby = engine.explain(engine.startingSolution(problem, sameCountyOnly));
        assertThat(nearby.matches())
                .singleElement()
                .extracting(MatchingResult.Match::second)
                .isEqualTo("kjent");
    }
}
