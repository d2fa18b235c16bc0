package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import no.fellesgrunn.infra.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Exported files imported into an empty database give back the same actors and challenges. */
@PostgresTest
class ExportRoundTripDbTest {
    private final DataSource dataSource;

    ExportRoundTripDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseExportsIdentically() {
        ExportService exports = new ExportService(dataSource);
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            TestDatabase.cleanAndMigrate();
            new DemoDataLoader(dataSource).loadIfEmpty();
            byte[] actorsCsv = exports.export(SheetKind.ACTORS, SpreadsheetFormat.CSV, null);
            byte[] challengesCsv = exports.export(SheetKind.CHALLENGES, SpreadsheetFormat.CSV, null);
            byte[] actorsFile = exports.export(SheetKind.ACTORS, format, null);
            byte[] challengesFile = exports.export(SheetKind.CHALLENGES, format, null);
            List<Actor> before = comparable(new JdbcActorRepository(dataSource).findAll());

            TestDatabase.cleanAndMigrate();
            ImportService imports = new ImportService(dataSource);
            ImportReport actorsReport = imports.importFile(
                    SheetKind.ACTORS,
                    "a" + format.extension(),
                    actorsFile,
                    null,
                    "import",
                    ProfileSteward.administrator());
            ImportReport challengesReport = imports.importFile(
                    SheetKind.CHALLENGES,
                    "c" + format.extension(),
                    challengesFile,
                    null,
                    "import",
                    ProfileSteward.administrator());
            assertThat(actorsReport.errors()).isEmpty();
            assertThat(challengesReport.errors()).isEmpty();

            assertThat(actorsReport.created()).isEqualTo(before.size()); // one new person per row
            assertThat(exports.export(SheetKind.ACTORS, SpreadsheetFormat.CSV, null))
                    .isEqualTo(actorsCsv);
            assertThat(exports.export(SheetKind.CHALLENGES, SpreadsheetFormat.CSV, null))
                    .isEqualTo(challengesCsv);
            assertThat(comparable(new JdbcActorRepository(dataSource).findAll()))
                    .isEqualTo(before);
        }
    }

    /** Ids and organisation ids are new after a round trip; everything else must be equal. */
    private static List<Actor> comparable(List<Actor> actors) {
        return actors.stream()
                .map(a -> new Actor(
                        new java.util.UUID(0, 0),
                        a.name(),
                        a.email(),
                        a.phone(),
                        a.organisationId() == null ? null : new java.util.UUID(0, 1),
                        a.roleTitle(),
                        a.homeMunicipality(),
                        a.themes(),
                        a.perspectives(),
                        a.languages(),
                        a.accessibilityNeeds(),
                        a.consent(),
                        null,
                        1))
                .sorted(Comparator.comparing(a -> a.email().value()))
                .toList();
    }
}
