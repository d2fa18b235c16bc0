package no.fellesgrunn.planner.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import no.fellesgrunn.planner.fuzz.FuzzHarness.Verdict;
import no.fellesgrunn.planner.fuzz.Mutant.Format;

/**
 * Property: a malformed or extreme problem file of either format gets a clean format error or a
 * plan (valid JSON, no overflowed score); never an exception, never a plan for a file known to be
 * invalid, never a rejection of a file known to be valid. 200 generated files per format in the
 * normal build; {@link ProblemFileFuzzBenchmark} runs many more.
 */
class ProblemFilePropertiesTest {
    private static Path dir;
    private static FuzzHarness harness;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("planner-fuzz");
        harness = new FuzzHarness(dir, Duration.ofMillis(50));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        Files.deleteIfExists(dir.resolve("problem.json"));
        Files.deleteIfExists(dir);
    }

    @Property(tries = 200, seed = "20261202")
    void matchingFilesAreRejectedCleanlyOrSolved(@ForAll("matchingFiles") Mutant mutant) {
        FuzzHarness.Result result = harness.run(mutant);
        Statistics.label("verdict").collect(result.verdict());
        Statistics.label("expected").collect(mutant.expected());
        assertThat(result.verdict())
                .as("%s\n%s", mutant, result.detail())
                .isIn(Verdict.CLEAN_REJECTION, Verdict.VALID_PLAN);
    }

    @Property(tries = 200, seed = "20261202")
    void eventFilesAreRejectedCleanlyOrSolved(@ForAll("eventFiles") Mutant mutant) {
        FuzzHarness.Result result = harness.run(mutant);
        Statistics.label("verdict").collect(result.verdict());
        Statistics.label("expected").collect(mutant.expected());
        assertThat(result.verdict())
                .as("%s\n%s", mutant, result.detail())
                .isIn(Verdict.CLEAN_REJECTION, Verdict.VALID_PLAN);
    }

    @Provide
    Arbitrary<Mutant> matchingFiles() {
        return Arbitraries.randomValue(random -> Mutator.mutate(random, Format.MATCHING))
                .withoutEdgeCases();
    }

    @Provide
    Arbitrary<Mutant> eventFiles() {
        return Arbitraries.randomValue(random -> Mutator.mutate(random, Format.EVENT))
                .withoutEdgeCases();
    }
}
