package no.fellesgrunn.planner.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.fellesgrunn.planner.fuzz.FuzzHarness.Verdict;
import no.fellesgrunn.planner.fuzz.Mutant.Format;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long fuzz run: {@code planner.fuzz.files} generated files (default 10,000, half of each
 * format, seed {@code planner.fuzz.seed}), each read and, when accepted, solved with a 50 ms time
 * limit; prints crashes, plans for invalid input, overflows, clean rejections and valid plans per
 * format, and fails on any finding. Tagged {@code benchmark}, so not part of the normal build:
 * <pre>
 * ./mvnw -B -pl planner -am test -Dtest=ProblemFileFuzzBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class ProblemFileFuzzBenchmark {
    static {
        System.setProperty("org.slf4j.simpleLogger.log.org.optaplanner", "warn");
    }

    @TempDir
    Path dir;

    @Test
    void tenThousandGeneratedFiles() throws Exception {
        int files = Integer.getInteger("planner.fuzz.files", 10_000);
        long seed = Long.getLong("planner.fuzz.seed", 20_261_202L);
        FuzzHarness harness = new FuzzHarness(dir, Duration.ofMillis(50));
        Random random = new Random(seed);
        Map<Format, Map<Verdict, Integer>> counts = new EnumMap<>(Format.class);
        Map<Format, Integer> hardBroken = new EnumMap<>(Format.class);
        Map<Format, Map<Mutant.Expected, Integer>> expected = new EnumMap<>(Format.class);
        List<String> findings = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < files; i++) {
            Format format = i % 2 == 0 ? Format.MATCHING : Format.EVENT;
            Mutant mutant = Mutator.mutate(random, format);
            FuzzHarness.Result result = harness.run(mutant);
            counts.computeIfAbsent(format, f -> new EnumMap<>(Verdict.class)).merge(result.verdict(), 1, Integer::sum);
            expected.computeIfAbsent(format, f -> new EnumMap<>(Mutant.Expected.class))
                    .merge(mutant.expected(), 1, Integer::sum);
            if (result.hardRulesBroken()) {
                hardBroken.merge(format, 1, Integer::sum);
            }
            if (result.verdict() != Verdict.CLEAN_REJECTION
                    && result.verdict() != Verdict.VALID_PLAN
                    && findings.size() < 20) {
                findings.add("#" + i + " " + result.verdict() + ": " + mutant + "\n  " + result.detail());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%nPlanner fuzz run: %,d files, seed %d, %.0f s (%.1f ms a file)%n",
                files, seed, seconds, seconds * 1000 / files);
        System.out.println(
                "| format | files | must accept / must reject / either | crashes | plans for invalid input"
                        + " | overflows | valid input rejected | clean rejections | valid plans (of which breaking hard rules) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Format format : Format.values()) {
            Map<Verdict, Integer> c = counts.getOrDefault(format, Map.of());
            Map<Mutant.Expected, Integer> e = expected.getOrDefault(format, Map.of());
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(
                    "| %s | %,d | %,d / %,d / %,d | %d | %d | %d | %d | %,d | %,d (%d) |%n",
                    format,
                    total,
                    e.getOrDefault(Mutant.Expected.ACCEPT, 0),
                    e.getOrDefault(Mutant.Expected.REJECT, 0),
                    e.getOrDefault(Mutant.Expected.EITHER, 0),
                    c.getOrDefault(Verdict.CRASH, 0),
                    c.getOrDefault(Verdict.PLAN_FOR_INVALID_INPUT, 0),
                    c.getOrDefault(Verdict.OVERFLOW, 0),
                    c.getOrDefault(Verdict.VALID_INPUT_REJECTED, 0),
                    c.getOrDefault(Verdict.CLEAN_REJECTION, 0),
                    c.getOrDefault(Verdict.VALID_PLAN, 0),
                    hardBroken.getOrDefault(format, 0));
        }
        findings.forEach(System.out::println);
        Files.deleteIfExists(dir.resolve("problem.json"));
        assertThat(findings).isEmpty();
    }
}
