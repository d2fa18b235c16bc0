package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

/** A name typed as a spreadsheet formula leaves the CSV export as text; read back, it is refused as any formula is. */
@PostgresTest
class CsvInjectionDbTest {
    private static final String FORMULA = "=cmd|' /C calc'!A0";
    private final DataSource dataSource;

    CsvInjectionDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void formulaPrefixesAreNeutralisedInTheExportAndRefusedOnImport() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        RegionalEvent bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        JdbcActorRepository actors = new JdbcActorRepository(dataSource);
        Actor someone = actors.findById(new JdbcRegistrationRepository(dataSource)
                        .findByEvent(bodo.id())
                        .get(0)
                        .actorId())
                .orElseThrow();
        Actor renamed = actors.save(
                new Actor(
                        someone.id(),
                        FORMULA,
                        someone.email(),
                        "+47 915 55 555",
                        someone.organisationId(),
                        "@leder",
                        someone.homeMunicipality(),
                        someone.themes(),
                        someone.perspectives(),
                        someone.languages(),
                        someone.accessibilityNeeds(),
                        someone.consent(),
                        someone.userAccountId(),
                        someone.version()),
                "test");

        byte[] csv = new ExportService(dataSource).export(SheetKind.ACTORS, SpreadsheetFormat.CSV, bodo.id());
        String text = new String(csv, StandardCharsets.UTF_8);
        String line = text.lines()
                .filter(l -> l.contains(renamed.email().value()))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains("'=cmd").contains("'+47 915 55 555").contains("'@leder");
        for (String cell : line.split(";")) {
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(unquoted)
                    .as(cell)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("@")
                    .doesNotStartWith("-");
        }

        // Read back, the apostrophe is gone again: the phone number passes, the formula is refused as before.
        ImportReport again = new ImportService(dataSource)
                .importFile(SheetKind.ACTORS, "export.csv", csv, bodo.id(), "admin", ProfileSteward.administrator());
        assertThat(again.errors()).extracting(ImportError::column).containsExactlyInAnyOrder("name", "role");
        assertThat(again.errors()).extracting(ImportError::value).containsExactlyInAnyOrder(FORMULA, "@leder");
        assertThat(actors.findById(someone.id())).contains(renamed);
    }

    @Test
    void onlyFormulaStartsAreTouched() {
        assertThat(CsvCells.neutralise(List.of("=1+1", "+47", "-x", "@a", "\tt", "Kari", "", "a=b")))
                .containsExactly("'=1+1", "'+47", "'-x", "'@a", "'\tt", "Kari", "", "a=b");
        assertThat(CsvCells.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(CsvCells.restore("'Kari")).isEqualTo("'Kari");
    }
}
