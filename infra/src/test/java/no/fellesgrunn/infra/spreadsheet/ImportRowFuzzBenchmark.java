package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.spreadsheet.ImportFuzzHarness.Verdict;
import no.fellesgrunn.infra.spreadsheet.RowMutator.FuzzFile;
import no.fellesgrunn.infra.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long fuzz run of the import: {@code import.fuzz.files} generated files (default 10,000, half
 * actor files, half challenge files, seed {@code import.fuzz.seed}), each previewed and, when
 * accepted, imported on PostgreSQL; prints the verdicts per sheet kind and fails on any finding.
 * Tagged {@code benchmark}, so not part of the normal build:
 * <pre>
 * ./mvnw -B -pl infra -am test -Dtest=ImportRowFuzzBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class ImportRowFuzzBenchmark {
    @Test
    void tenThousandGeneratedFiles() {
        int files = Integer.getInteger("import.fuzz.files", 10_000);
        long seed = Long.getLong("import.fuzz.seed", 20_261_202L);
        TestDatabase.cleanAndMigrate();
        DataSource dataSource = TestDatabase.dataSource();
        new DemoDataLoader(dataSource).loadIfEmpty();
        UUID bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow()
                .id();
        ImportFuzzHarness harness = new ImportFuzzHarness(dataSource, bodo);
        Random random = new Random(seed);
        Map<SheetKind, Map<Verdict, Integer>> counts = new EnumMap<>(SheetKind.class);
        Map<SheetKind, Integer> rows = new EnumMap<>(SheetKind.class);
        List<String> findings = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < files; i++) {
            SheetKind kind = i % 2 == 0 ? SheetKind.ACTORS : SheetKind.CHALLENGES;
            FuzzFile file = RowMutator.mutate(random, kind);
            ImportFuzzHarness.Result result = harness.run(file);
            counts.computeIfAbsent(kind, k -> new EnumMap<>(Verdict.class)).merge(result.verdict(), 1, Integer::sum);
            rows.merge(kind, file.rows(), Integer::sum);
            if (result.verdict() != Verdict.CLEAN_REJECTION
                    && result.verdict() != Verdict.IMPORTED
                    && findings.size() < 20) {
                findings.add("#" + i + " " + result.verdict() + ": " + file + "\n  " + result.detail());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%nImport fuzz run: %,d files, seed %d, %.0f s (%.1f ms a file)%n",
                files, seed, seconds, seconds * 1000 / files);
        System.out.println("| sheet | files | rows | crashes | unclear rejections | preview and import disagree"
                + " | clean rejections | imported |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (SheetKind kind : SheetKind.values()) {
            Map<Verdict, Integer> c = counts.getOrDefault(kind, Map.of());
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(
                    "| %s | %,d | %,d | %d | %d | %d | %,d | %,d |%n",
                    kind,
                    total,
                    rows.getOrDefault(kind, 0),
                    c.getOrDefault(Verdict.CRASH, 0),
                    c.getOrDefault(Verdict.UNCLEAR_REJECTION, 0),
                    c.getOrDefault(Verdict.PREVIEW_AND_IMPORT_DISAGREE, 0),
                    c.getOrDefault(Verdict.CLEAN_REJECTION, 0),
                    c.getOrDefault(Verdict.IMPORTED, 0));
        }
        findings.forEach(System.out::println);
        assertThat(findings).isEmpty();
    }
}
