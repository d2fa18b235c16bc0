package no.fellesgrunn.planner.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The matching benchmark: seeded problems of 200, 1,000, 2,000 and 5,000 actors (5 to 10 of 30
 * themes each, Zipf-like popularity, mixed sectors and organisations), solved by the engine, by
 * Blossom V on all eligible pairs (the exact optimum, where tractable) and by the greedy baseline,
 * with only interest similarity counting so the optimum is well defined. Prints a table; the only
 * assertions are the guarantees (no hard rule broken, never worse than greedy).
 * <p>
 * It is tagged {@code benchmark}, which the build's test run excludes (the parent POM sets
 * surefire's {@code excludedGroups}, and a command-line property cannot undo that), so it runs as a
 * main class on the test class path:
 * <pre>
 * ./mvnw -B -q -pl planner -am install -DskipTests
 * ./mvnw -B -q -pl planner test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=no.fellesgrunn.planner.matching.MatchingBenchmark
 * </pre>
 * Add {@code -Dmatching.benchmark.sizes=200,1000} to run fewer sizes.
 */
@Tag("benchmark")
class MatchingBenchmark {
    /** Above this many actors the exact optimum on the complete graph takes too long to be worth it. */
    private static final int EXACT_LIMIT = 2_000;

    private record Row(
            int actors,
            int matchesPerActor,
            double seconds,
            double startSeconds,
            double similarity,
            Double optimum,
            double greedy,
            int coverage,
            Integer optimumCoverage,
            int greedyCoverage,
            long hardBroken,
            double exactSeconds) {}

    public static void main(String[] args) {
        new MatchingBenchmark().benchmark();
    }

    @Test
    void benchmark() {
        MatchingEngine engine = new MatchingEngine();
        MatchingWeights weights = MatchingWeights.similarityOnly();
        List<Row> rows = new ArrayList<>();
        String sizes = System.getProperty("matching.benchmark.sizes", "200,1000,2000,5000");
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim());
            for (int k : n <= 2_000 ? new int[] {1, 2} : new int[] {1}) {
                MatchingProblem problem = MatchingInstances.generate(n, k, 1000L + n);
                Duration limit = Duration.ofSeconds(n >= 5_000 ? 30 : n >= 2_000 ? 10 : 5);

                long t0 = System.nanoTime();
                double[] startSeconds = {-1};
                MatchingResult result = engine.solve(problem, weights, limit, solution -> {
                    if (startSeconds[0] < 0) {
                        startSeconds[0] = (System.nanoTime() - t0) / 1e9;
                    }
                });
                double seconds = (System.nanoTime() - t0) / 1e9;

                MatchingResult greedy = engine.explain(engine.greedySolution(problem, weights));
                Double optimum = null;
                Integer optimumCoverage = null;
                double exactSeconds = 0;
                if (k == 1 && n <= EXACT_LIMIT) {
                    long e0 = System.nanoTime();
                    MatchingResult exact = engine.explain(engine.exactSolution(problem, weights));
                    exactSeconds = (System.nanoTime() - e0) / 1e9;
                    optimum = exact.totalSimilarity();
                    optimumCoverage = n - exact.unmatched().size();
                }
                Row row = new Row(
                        n,
                        k,
                        seconds,
                        startSeconds[0],
                        result.totalSimilarity(),
                        optimum,
                        greedy.totalSimilarity(),
                        n - result.unmatched().size(),
                        optimumCoverage,
                        n - greedy.unmatched().size(),
                        -result.score().hardScore(),
                        exactSeconds);
                rows.add(row);
                System.out.println(format(row));

                assertThat(result.score().hardScore()).isZero();
                assertThat(result.score().mediumScore())
                        .isGreaterThanOrEqualTo(greedy.score().mediumScore());
                if (result.score().mediumScore() == greedy.score().mediumScore()) {
                    assertThat(result.score().softScore())
                            .isGreaterThanOrEqualTo(greedy.score().softScore());
                }
            }
        }
        List<String> small = smallProblemsAgainstExhaustiveSearch(engine);
        System.out.println();
        System.out.println(header());
        rows.forEach(row -> System.out.println(format(row)));
        System.out.println();
        small.forEach(System.out::println);
    }

    /**
     * More than one match per actor has no Blossom V optimum: on small problems (9 actors, 8 to 20
     * eligible pairs) compare the engine with exhaustive search, under the default weights.
     */
    private static List<String> smallProblemsAgainstExhaustiveSearch(MatchingEngine engine) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "| matches/actor | small problems | engine = exact optimum | lowest ratio to optimum (soft) | greedy = exact optimum |");
        lines.add("|---:|---:|---:|---:|---:|");
        for (int k : new int[] {2, 3}) {
            int problems = 0;
            int optimal = 0;
            int greedyOptimal = 0;
            double lowest = 1.0;
            for (long seed = 1; problems < 10; seed++) {
                MatchingProblem problem = MatchingInstances.tiny(9, k, seed);
                List<Actor> actors = Actor.of(problem);
                long eligible = actors.stream()
                        .mapToLong(a -> actors.stream()
                                .filter(b -> a.getIndex() < b.getIndex() && a.canMeet(b))
                                .count())
                        .sum();
                if (eligible < 8 || eligible > 20) {
                    continue;
                }
                problems++;
                MatchingWeights weights = MatchingWeights.defaults();
                MatchingConstruction.Quality exact = BruteForceMatching.optimum(actors, weights);
                MatchingSolution[] best = new MatchingSolution[1];
                engine.solve(problem, weights, Duration.ofSeconds(2), solution -> best[0] = solution);
                MatchingConstruction.Quality found = MatchingEngineTest.quality(best[0]);
                MatchingConstruction.Quality greedy =
                        MatchingEngineTest.quality(engine.greedySolution(problem, weights));
                optimal += found.equals(exact) ? 1 : 0;
                greedyOptimal += greedy.equals(exact) ? 1 : 0;
                if (found.matchedActors() == exact.matchedActors()) {
                    lowest = Math.min(lowest, (double) found.softScore() / exact.softScore());
                } else {
                    lowest = 0;
                }
            }
            lines.add(String.format(
                    Locale.ROOT, "| %d | %d | %d | %.5f | %d |", k, problems, optimal, lowest, greedyOptimal));
        }
        return lines;
    }

    private static String header() {
        return "| actors | matches/actor | seconds (start) | total similarity | optimum (seconds) | ratio to optimum "
                + "| greedy's ratio | coverage | optimum's coverage | greedy's coverage | hard broken |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    private static String format(Row r) {
        String optimum = r.optimum() == null
                ? "n/a"
                : String.format(Locale.ROOT, "%.3f (%.1f s)", r.optimum(), r.exactSeconds());
        String ratio = r.optimum() == null ? "n/a" : String.format(Locale.ROOT, "%.5f", r.similarity() / r.optimum());
        String greedyRatio = r.optimum() == null
                ? String.format(Locale.ROOT, "%.5f of engine", r.greedy() / r.similarity())
                : String.format(Locale.ROOT, "%.5f", r.greedy() / r.optimum());
        return String.format(
                Locale.ROOT,
                "| %d | %d | %.1f (%.1f) | %.3f | %s | %s | %s | %d | %s | %d | %d |",
                r.actors(),
                r.matchesPerActor(),
                r.seconds(),
                r.startSeconds(),
                r.similarity(),
                optimum,
                ratio,
                greedyRatio,
                r.coverage(),
                r.optimumCoverage() == null ? "n/a" : r.optimumCoverage().toString(),
                r.greedyCoverage(),
                r.hardBroken());
    }
}
