package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.spreadsheet.ImportFuzzHarness.Verdict;
import no.fellesgrunn.infra.spreadsheet.RowMutator.FuzzFile;
import no.fellesgrunn.infra.testsupport.TestDatabase;

/**
 * Property: an actor (participant) or challenge file with random, malformed and extreme cells, now
 * and then a damaged header or damaged bytes, as CSV or .xlsx, is rejected cleanly (each problem
 * with its row, its column and a reason) or imported; never an exception, and the import never
 * disagrees with its preview. On PostgreSQL with the demo data, into the Bodø event. 100 files
 * per sheet kind in the normal build, fixed seed; {@link ImportRowFuzzBenchmark} runs many more.
 */
class ImportRowPropertiesTest {
    private static ImportFuzzHarness harness;

    @BeforeContainer
    static void database() {
        TestDatabase.cleanAndMigrate();
        DataSource dataSource = TestDatabase.dataSource();
        new DemoDataLoader(dataSource).loadIfEmpty();
        UUID bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow()
                .id();
        harness = new ImportFuzzHarness(dataSource, bodo);
    }

    @Property(tries = 100, seed = "20261202")
    void actorRowsAreRejectedCleanlyOrImported(@ForAll("actorFiles") FuzzFile file) {
        check(file);
    }

    @Property(tries = 100, seed = "20261202")
    void challengeRowsAreRejectedCleanlyOrImported(@ForAll("challengeFiles") FuzzFile file) {
        check(file);
    }

    private static void check(FuzzFile file) {
        ImportFuzzHarness.Result result = harness.run(file);
        Statistics.label("verdict").collect(result.verdict());
        assertThat(result.verdict())
                .as("%s%n%s", file, result.detail())
                .isIn(Verdict.CLEAN_REJECTION, Verdict.IMPORTED);
    }

    @Provide
    Arbitrary<FuzzFile> actorFiles() {
        return Arbitraries.randomValue(random -> RowMutator.mutate(random, SheetKind.ACTORS));
    }

    @Provide
    Arbitrary<FuzzFile> challengeFiles() {
        return Arbitraries.randomValue(random -> RowMutator.mutate(random, SheetKind.CHALLENGES));
    }
}
