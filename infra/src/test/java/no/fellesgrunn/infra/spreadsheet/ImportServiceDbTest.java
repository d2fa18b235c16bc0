package no.fellesgrunn.infra.spreadsheet;

import static no.fellesgrunn.infra.spreadsheet.Sheets.csv;
import static no.fellesgrunn.infra.spreadsheet.Sheets.validActor;
import static no.fellesgrunn.infra.spreadsheet.Sheets.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class ImportServiceDbTest {
    private final DataSource dataSource;
    private final ImportService imports;
    private final ExportService exports;
    private final JdbcActorRepository actors;
    private final JdbcRegistrationRepository registrations;
    private RegionalEvent bodo;
    private List<Challenge> bodoChallenges;

    ImportServiceDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.imports = new ImportService(dataSource);
        this.exports = new ExportService(dataSource);
        this.actors = new JdbcActorRepository(dataSource);
        this.registrations = new JdbcRegistrationRepository(dataSource);
    }

    @BeforeEach
    void demoData() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        bodoChallenges = new JdbcChallengeRepository(dataSource)
                .findByIds(bodo.challenges().stream().map(s -> s.challengeId()).toList());
    }

    @Test
    void importsActorsWithTheirRegistrationAndASecondImportChangesNothing() {
        String wish1 = bodoChallenges.get(2).title();
        String wish2 = bodoChallenges.get(0).title();
        Map<String, String> ragnhild = with(
                with(with(validActor("ragnhild@frivillig.example"), "rounds", "1|3"), "wishes", wish1 + "|" + wish2),
                "needs_accessible_table",
                "ja");
        Map<String, String> citizen = with(
                with(with(validActor("Per.Innbygger@Example.org"), "organisation", ""), "sector", ""),
                "name",
                "Per Innbygger");
        Map<String, String> numbered = with(
                with(
                        with(validActor("lars@nordlys.example"), "organisation", "Nordlys Gründerhus AS"),
                        "organisation_number",
                        "915 240 216"),
                "sector",
                "SOCIAL_ENTREPRENEUR");
        // Comma-separated with a byte-order mark, as Excel saves "CSV UTF-8" in some locales.
        String text = "\uFEFF" + String.join(",", Sheets.ACTOR_HEADER) + "\r\n" + Sheets.line(ragnhild, ",") + "\r\n"
                + Sheets.line(citizen, ",") + "\r\n" + Sheets.line(numbered, ",") + "\r\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);

        ImportReport preview =
                imports.preview(SheetKind.ACTORS, "deltakere.csv", file, bodo.id(), ProfileSteward.administrator());
        assertThat(preview.ok()).as(preview.errors().toString()).isTrue();
        assertThat(preview.applied()).isFalse();
        assertThat(actors.findByEmail(Email.of("ragnhild@frivillig.example"))).isEmpty();

        ImportReport first = imports.importFile(
                SheetKind.ACTORS, "deltakere.csv", file, bodo.id(), "kari@ks.example", ProfileSteward.administrator());
        assertThat(first.ok()).isTrue();
        assertThat(first.created())
                .isEqualTo(preview.created())
                .isEqualTo(3); // three rows, each a new person registered

        Actor stored =
                actors.findByEmail(Email.of("ragnhild@frivillig.example")).orElseThrow();
        assertThat(stored.name()).isEqualTo("Ragnhild Sørensen");
        assertThat(stored.themeKeys()).containsExactly("ensomhet", "eldre");
        assertThat(stored.perspectives()).containsExactlyInAnyOrder(Perspective.DRIVER, Perspective.LIVED_EXPERIENCE);
        assertThat(stored.consent().showEmail()).isTrue();
        Registration registration =
                registrations.findByEventAndActor(bodo.id(), stored.id()).orElseThrow();
        assertThat(registration.availableRounds())
                .containsExactlyInAnyOrder(
                        bodo.rounds().get(0).id(), bodo.rounds().get(2).id());
        assertThat(registration.wishes())
                .containsExactly(
                        bodoChallenges.get(2).id(), bodoChallenges.get(0).id());
        assertThat(registration.needsAccessibleTable()).isTrue();
        assertThat(registration.status()).isEqualTo(RegistrationStatus.REGISTERED);

        Actor per = actors.findByEmail(Email.of("per.innbygger@example.org")).orElseThrow();
        assertThat(per.organisationId()).isNull();
        Organisation nordlys = new JdbcOrganisationRepository(dataSource)
                .findByNumber(new OrganisationNumber("915240216"))
                .orElseThrow();
        assertThat(nordlys.sector()).isEqualTo(Sector.SOCIAL_ENTREPRENEUR);

        ImportReport second = imports.importFile(
                SheetKind.ACTORS, "deltakere.csv", file, bodo.id(), "kari@ks.example", ProfileSteward.administrator());
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(actors.findByEmail(Email.of("ragnhild@frivillig.example"))).contains(stored);
    }

    @Test
    void aChangedRowUpdatesTheStoredActorAndRaisesItsVersion() {
        byte[] first = csv(validActor("endring@bodo.example"));
        imports.importFile(SheetKind.ACTORS, "a.csv", first, null, "kari@ks.example", ProfileSteward.administrator());
        ImportReport report = imports.importFile(
                SheetKind.ACTORS,
                "a.csv",
                csv(with(validActor("endring@bodo.example"), "phone", "+47 400 00 000")),
                null,
                "ola@ks.example",
                ProfileSteward.administrator());
        assertThat(report.updated()).isEqualTo(1);
        Actor actor = actors.findByEmail(Email.of("endring@bodo.example")).orElseThrow();
        assertThat(actor.phone()).isEqualTo("+47 400 00 000");
        assertThat(actor.version()).isEqualTo(2);
    }

    @Test
    void oneBadRowAmongGoodOnesStopsTheWholeFile() {
        byte[] file = csv(
                validActor("god1@bodo.example"),
                with(validActor("god2@bodo.example"), "municipality", "Atlantis"),
                validActor("god3@bodo.example"));
        ImportReport report = imports.importFile(
                SheetKind.ACTORS, "a.csv", file, null, "kari@ks.example", ProfileSteward.administrator());
        assertThat(report.errors()).extracting(ImportError::row).containsExactly(3);
        assertThat(actors.findByEmail(Email.of("god1@bodo.example"))).isEmpty();
        assertThat(actors.findByEmail(Email.of("god3@bodo.example"))).isEmpty();
    }

    @Test
    void aHostCannotBeCancelledByAFile() {
        Challenge hosted = bodoChallenges.get(0);
        Actor host = actors.findById(hosted.hostActorId()).orElseThrow();
        byte[] export = exports.export(SheetKind.ACTORS, SpreadsheetFormat.CSV, bodo.id());
        String text = new String(export, StandardCharsets.UTF_8);
        String hostLine = text.lines()
                .filter(l -> l.contains(host.email().value()))
                .findFirst()
                .orElseThrow();
        String cancelled = text.replace(hostLine, hostLine.replaceAll("REGISTERED$", "CANCELLED"));
        ImportReport report = imports.importFile(
                SheetKind.ACTORS,
                "a.csv",
                cancelled.getBytes(StandardCharsets.UTF_8),
                bodo.id(),
                "x",
                ProfileSteward.administrator());
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("status");
            assertThat(e.is(ImportProblem.HOST_MUST_STAY)).as(e.toString()).isTrue();
            assertThat(e.args()).containsExactly(hosted.title(), bodo.name());
        });
    }

    @Test
    void importsChallengesIntoAnEventSelectingThemWithTheirRounds() {
        Registration registered = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .findFirst()
                .orElseThrow();
        String hostEmail =
                actors.findById(registered.actorId()).orElseThrow().email().value();
        byte[] file =
                ("title;description;owner_municipality;host_email;themes;needed_perspectives;min_rounds;max_rounds\n"
                                + "Bredbånd og digital hjelp i Røst;Eldre på øya;Røst;" + hostEmail
                                + ";Digitalt utenforskap|eldre|Einsemd;"
                                + "LIVED_EXPERIENCE|DECISION_MAKER;1;2\n")
                        .getBytes(StandardCharsets.UTF_8);

        ImportReport report = imports.importFile(
                SheetKind.CHALLENGES, "u.csv", file, bodo.id(), "kari@ks.example", ProfileSteward.administrator());
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        Challenge challenge = new JdbcChallengeRepository(dataSource)
                .findByTitleAndOwner("Bredbånd og digital hjelp i Røst", "1856")
                .orElseThrow();
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.SELECTED);
        assertThat(challenge.history())
                .extracting(h -> h.to())
                .containsExactly(ChallengeStatus.SUBMITTED, ChallengeStatus.SELECTED);
        // A theme by its key or by any of its names: bokmål, nynorsk ("Einsemd") or English.
        assertThat(challenge.themes()).containsExactlyInAnyOrder("digitalt-utenforskap", "eldre", "ensomhet");
        RegionalEvent updated =
                new JdbcRegionalEventRepository(dataSource).findById(bodo.id()).orElseThrow();
        assertThat(updated.selected(challenge.id())).hasValueSatisfying(s -> {
            assertThat(s.minRounds()).isEqualTo(1);
            assertThat(s.maxRounds()).isEqualTo(2);
        });

        ImportReport again = imports.importFile(
                SheetKind.CHALLENGES, "u.csv", file, bodo.id(), "kari@ks.example", ProfileSteward.administrator());
        assertThat(again.created() + again.updated()).isZero();
        assertThat(new JdbcRegionalEventRepository(dataSource)
                        .findById(bodo.id())
                        .orElseThrow()
                        .version())
                .isEqualTo(updated.version());
    }

    @Test
    void anExportImportedAgainChangesNothingInBothFormats() {
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            for (SheetKind kind : SheetKind.values()) {
                byte[] export = exports.export(kind, format, bodo.id());
                ImportReport report = imports.importFile(
                        kind,
                        "export" + format.extension(),
                        export,
                        bodo.id(),
                        "kari@ks.example",
                        ProfileSteward.administrator());
                assertThat(report.ok())
                        .as(format + " " + kind + " " + report.errors())
                        .isTrue();
                assertThat(report.created() + report.updated())
                        .as(format + " " + kind)
                        .isZero();
                assertThat(report.unchanged()).isEqualTo(report.dataRows()).isPositive();
            }
        }
        byte[] csv = exports.export(SheetKind.ACTORS, SpreadsheetFormat.CSV, bodo.id());
        assertThat(exports.export(SheetKind.ACTORS, SpreadsheetFormat.CSV, bodo.id()))
                .isEqualTo(csv);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFname;email;phone;");
    }

    @Test
    void nothingIsImportedIntoAClosedEvent() {
        var events = new JdbcRegionalEventRepository(dataSource);
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        for (var status : List.of(
                no.fellesgrunn.domain.event.EventStatus.REGISTRATION_OPEN,
                no.fellesgrunn.domain.event.EventStatus.SCHEDULED,
                no.fellesgrunn.domain.event.EventStatus.PUBLISHED,
                no.fellesgrunn.domain.event.EventStatus.HELD,
                no.fellesgrunn.domain.event.EventStatus.CLOSED)) {
            agder = agder.moveTo(status);
        }
        agder = events.save(agder, "kari@ks.example");
        ImportReport report = imports.importFile(
                SheetKind.ACTORS,
                "a.csv",
                csv(validActor("sen@agder.example")),
                agder.id(),
                "x",
                ProfileSteward.administrator());
        assertThat(report.errors())
                .extracting(ImportError::code, ImportError::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ImportProblem.EVENT_CLOSED.code(), List.of("Regional møteplass Agder")));
        assertThat(actors.findByEmail(Email.of("sen@agder.example"))).isEmpty();
    }

    @Test
    void templatesHaveTheHeaderAndAGuide() throws Exception {
        for (SheetKind kind : SheetKind.values()) {
            byte[] csv = exports.template(kind, SpreadsheetFormat.CSV);
            assertThat(new String(csv, StandardCharsets.UTF_8).strip())
                    .isEqualTo("\uFEFF" + String.join(";", kind.headers()));
            ImportReport report = imports.preview(kind, "mal.csv", csv, null, ProfileSteward.administrator());
            assertThat(report.errors())
                    .extracting(ImportError::code)
                    .containsExactly(ImportProblem.FILE_NO_DATA_ROWS.code());
            try (XSSFWorkbook workbook = new XSSFWorkbook(
                    new java.io.ByteArrayInputStream(exports.template(kind, SpreadsheetFormat.XLSX)))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Veiledning");
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(kind.headers().get(0));
            }
        }
    }
}
