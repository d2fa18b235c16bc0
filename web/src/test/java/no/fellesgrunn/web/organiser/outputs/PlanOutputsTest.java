package no.fellesgrunn.web.organiser.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.solver.DemoFacts;
import no.fellesgrunn.web.solver.EventFacts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Table cards, personal schedules and the plan as CSV and .xlsx, read back. */
class PlanOutputsTest {
    private final FellesgrunnI18NProvider i18n = new FellesgrunnI18NProvider();
    private final Function<String, String> norwegian = key -> i18n.getTranslation(key, FellesgrunnI18NProvider.BOKMAL);
    private final EventFacts facts = DemoFacts.bodo();
    private final RegionalEvent event = facts.event();
    private final Round round1 = event.rounds().get(0);
    private final Round round2 = event.rounds().get(1);
    private final RoundTable table1 = event.tables().toList().get(0);
    private final RoundTable table2 = event.tables().toList().get(1);
    private final UUID ase = UUID.randomUUID();
    private final UUID bjorn = UUID.randomUUID();
    private final UUID challenge = event.challenges().get(0).challengeId();

    private PrintablePlan plan(boolean published) {
        List<Seat> seats = List.of(
                new Seat(ase, round1.id(), table1.id(), challenge, true),
                new Seat(bjorn, round1.id(), table1.id(), challenge, false),
                new Seat(ase, round2.id(), table2.id(), null, false));
        PlanVersion version = PlanVersion.draft(
                event.id(), 3, "kari", Instant.parse("2027-05-01T10:00:00Z"), "0hard/0medium/-1soft", seats);
        if (published) {
            version = version.publish("kari", Instant.parse("2027-05-02T10:00:00Z"));
        }
        Map<UUID, PrintablePlan.Person> people = new HashMap<>();
        people.put(ase, new PrintablePlan.Person("Åse Ødegård", "Frivilligsentralen i Bodø", "Frivillighet"));
        people.put(bjorn, new PrintablePlan.Person("Bjørn Æsøy", null, "Innbygger"));
        return PrintablePlan.of(event, version, people, Map.of(challenge, "Ensomhet blant eldre på øyene"));
    }

    @Test
    void tableCardsHaveOnePagePerTableAndRoundWithTableRoomChallengeAndPeopleInNorwegianLetters() throws Exception {
        byte[] pdf = PlanDocuments.tableCards(plan(true), norwegian);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        assertThat(first)
                .contains("Bord " + table1.label())
                .contains(event.rooms().get(0).name())
                .contains("Runde 1 " + round1.start().toLocalTime())
                .contains("Utfordring: Ensomhet blant eldre på øyene")
                .contains("Åse Ødegård (Frivilligsentralen i Bodø)")
                .contains("Bjørn Æsøy")
                .contains("Publisert plan, versjon 3");
        String second = text.getTextFromPage(2);
        assertThat(second)
                .contains("Bord " + table2.label())
                .contains("Åpent bord")
                .contains("Åse Ødegård")
                .doesNotContain("Bjørn");
    }

    @Test
    void personalSchedulesHaveOnePagePerParticipantWithEveryRoundInOrder() throws Exception {
        byte[] pdf = PlanDocuments.personalSchedules(plan(false), norwegian);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        // In name order: Å comes after B (in Norwegian as in Unicode).
        String ase = text.getTextFromPage(2);
        assertThat(ase).contains("Åse Ødegård").contains(event.name()).contains("Utkast, versjon 3");
        assertThat(ase.indexOf("Runde 1")).isLessThan(ase.indexOf("Runde 2"));
        assertThat(ase).contains("Ensomhet blant eldre på øyene").contains("Åpent bord");
        String bjorn = text.getTextFromPage(1);
        assertThat(bjorn).contains("Bjørn Æsøy").contains("Runde 1").doesNotContain("Runde 2");
    }

    @Test
    void theCsvReadsBackWithOneRowPerSeatAndNorwegianLetters() throws Exception {
        byte[] csv = PlanSpreadsheet.csv(plan(true), norwegian);
        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\ufeff");
        List<CSVRecord> records = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))) {
            parser.forEach(records::add);
        }
        assertThat(records).hasSize(4);
        assertThat(records.get(0).values())
                .containsExactly(
                        "Runde",
                        "Start",
                        "Slutt",
                        "Rom",
                        "Bord",
                        "Utfordring",
                        "Deltaker",
                        "Organisasjon",
                        "Sektor",
                        "Låst");
        // Round 1, table 1: sorted by name, Åse after Bjørn (Å sorts after B in Unicode too).
        assertThat(records.get(1).get(6)).isEqualTo("Bjørn Æsøy");
        assertThat(records.get(2).values())
                .containsExactly(
                        "1",
                        round1.start().toLocalTime().toString(),
                        round1.end().toLocalTime().toString(),
                        event.rooms().get(0).name(),
                        table1.label(),
                        "Ensomhet blant eldre på øyene",
                        "Åse Ødegård",
                        "Frivilligsentralen i Bodø",
                        "Frivillighet",
                        "ja");
        assertThat(records.get(3).get(0)).isEqualTo("2");
        assertThat(records.get(3).get(5)).isEmpty();
    }

    @Test
    void theXlsxReadsBackWithTheSameRows() throws Exception {
        byte[] xlsx = PlanSpreadsheet.xlsx(plan(true), norwegian);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Bordplassering");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Låst");
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Åse Ødegård");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Ensomhet blant eldre på øyene");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo(table2.label());
        }
    }

    @Test
    void theCalendarZipHasOneIcsPerPersonThatAStandardParserReadsInOsloTime() throws Exception {
        byte[] zip = PlanCalendars.zip(plan(true), new no.fellesgrunn.web.calendar.IcsCalendar(), norwegian);

        Map<String, byte[]> files = new HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files).hasSize(2);
        String aseFile = files.keySet().stream()
                .filter(n -> n.startsWith("ase-odegard-"))
                .findFirst()
                .orElseThrow();
        net.fortuna.ical4j.model.Calendar calendar = no.fellesgrunn.web.calendar.StrictIcs.parse(files.get(aseFile));
        assertThat(no.fellesgrunn.web.calendar.StrictIcs.tzidsUsed(calendar)).containsExactly("Europe/Oslo");
        List<net.fortuna.ical4j.model.component.VEvent> rounds =
                calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(rounds).hasSize(2);
        String text = new String(files.get(aseFile), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("TZID=Europe/Oslo")
                .contains("Ensomhet blant eldre på øyene")
                .contains("bord " + table1.label());
        assertThat(files.keySet()).anyMatch(n -> n.startsWith("bjorn-aesoy-"));
    }
}
