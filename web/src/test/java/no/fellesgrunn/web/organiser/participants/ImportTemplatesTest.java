package no.fellesgrunn.web.organiser.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.spreadsheet.SheetKind;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The import template in the organiser's language, with every accepted value, and one the importer takes as it is. */
class ImportTemplatesTest extends WebIntegrationTest {
    @Autowired
    ImportTemplates templates;

    @Autowired
    ParticipantAdministration administration;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    ChallengeRepository challenges;

    @Autowired
    ReferenceDataRepository reference;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganiserEvents organiserEvents;

    @Test
    void theXlsxTemplateGuidesInNynorskListsTheAcceptedValuesAndImportsAsItIs() throws Exception {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        byte[] xlsx = SignedIn.as(users, organiser, () -> templates.xlsx(bodo.id(), Locale.forLanguageTag("nn")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(cells(workbook.getSheetAt(0)).get(0)).isEqualTo(SheetKind.ACTORS.headers());
            assertThat(cells(workbook.getSheetAt(0))).hasSize(1);
            List<List<String>> guide = cells(workbook.getSheet("Rettleiing"));
            assertThat(guide).hasSize(SheetKind.ACTORS.columns().size() + 1);
            assertThat(guide).contains(List.of("name", "ja", "Fullt namn (påkravd)"));
            List<List<String>> values = cells(workbook.getSheet("Godtekne verdiar"));
            assertThat(values).contains(List.of("perspectives", "DRIVER", "Pådrivar"));
            assertThat(values)
                    .anySatisfy(row -> assertThat(row.subList(0, 2)).isEqualTo(List.of("sector", "VOLUNTARY")));
            assertThat(values.stream()
                            .filter(r -> r.get(0).equals("themes"))
                            .map(r -> r.get(1))
                            .toList())
                    .containsAll(reference.themes().stream().map(t -> t.key()).toList());
            // Themes are named in nynorsk in the nynorsk template (issue 10).
            assertThat(values)
                    .contains(
                            List.of("themes", "ensomhet", "Einsemd"),
                            List.of("themes", "digitalt-utenforskap", "Digitalt utanforskap"));
            List<String> wished = values.stream()
                    .filter(r -> r.get(0).equals("wishes"))
                    .map(r -> r.get(1))
                    .toList();
            assertThat(wished)
                    .hasSize(bodo.challenges().size())
                    .contains(challenges
                            .findById(bodo.challenges().get(0).challengeId())
                            .orElseThrow()
                            .title());
            assertThat(values.stream().filter(r -> r.get(0).equals("rounds")).count())
                    .isEqualTo(bodo.rounds().size());

            // A row filled in with values taken from the sheet is accepted by the importer.
            List<String> headers = SheetKind.ACTORS.headers();
            Row row = workbook.getSheetAt(0).createRow(1);
            java.util.Map<String, String> filled = java.util.Map.of(
                    "name",
                    "Mal Malsen",
                    "email",
                    "mal.malsen@example.no",
                    "municipality",
                    "1804",
                    "sector",
                    "VOLUNTARY",
                    "organisation",
                    "Frivilligsentralen",
                    "themes",
                    first(values, "themes"),
                    "perspectives",
                    first(values, "perspectives"),
                    "wishes",
                    wished.get(0),
                    "rounds",
                    first(values, "rounds"));
            filled.forEach(
                    (column, value) -> row.createCell(headers.indexOf(column)).setCellValue(value));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            var report = SignedIn.as(
                    users, organiser, () -> administration.preview(bodo.id(), "mal.xlsx", out.toByteArray()));
            assertThat(report.errors()).isEmpty();
            assertThat(report.dataRows()).isEqualTo(1);
        }
        byte[] csv = SignedIn.as(users, organiser, () -> templates.csv(bodo.id()));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(String.join(";", SheetKind.ACTORS.headers()));
        // Another organiser's event: refused like every other page of it.
        assertThatThrownBy(() -> SignedIn.as(users, organiser, () -> templates.xlsx(agder.id(), Locale.ROOT)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String first(List<List<String>> values, String column) {
        return values.stream()
                .filter(r -> r.get(0).equals(column))
                .map(r -> r.get(1))
                .findFirst()
                .orElseThrow();
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getStringCellValue()));
            rows.add(cells);
        }
        return rows;
    }
}
