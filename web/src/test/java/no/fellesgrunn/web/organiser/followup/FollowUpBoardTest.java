package no.fellesgrunn.web.organiser.followup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.web.outcome.OutcomeFixture;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The follow-up board on the real database: lines per next step, the filters, the .xlsx export, only my events. */
class FollowUpBoardTest extends KaribuTest {
    @Autowired
    TableOutcomeRepository outcomes;

    @Autowired
    ChallengeRepository challenges;

    @Autowired
    FollowUpBoard board;

    private void signIn(UserAccount account) {
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(account.username(), account.displayName(), Role.ORGANISER);
    }

    @SuppressWarnings("unchecked")
    private static List<BoardRow> shown() {
        return ((Grid<BoardRow>) _get(Grid.class, spec -> spec.withId("followup-grid")))
                .getListDataView()
                .getItems()
                .toList();
    }

    @Test
    void theBoardListsNextStepsByChallengeFiltersThemAndExportsThem() throws Exception {
        OutcomeFixture f = OutcomeFixture.create(context, (username, role) -> loginAs(username, username, role));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        Challenge first = f.challenge();
        // The challenge at table 2, as the fixture seats it: the event's first other challenge.
        Challenge second = challenges
                .findById(f.bodo().challenges().stream()
                        .map(c -> c.challengeId())
                        .filter(id -> !id.equals(first.id()))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow();
        // Table 1: one step done, one overdue, one under way (stored as they would stand weeks later).
        outcomes.save(
                new TableOutcome(
                        Ids.newId(),
                        f.bodo().id(),
                        f.table1().roundId(),
                        f.table1().tableId(),
                        first.id(),
                        new Findings("Ensomhet", null, null, null),
                        List.of(
                                new TableStep(
                                        Ids.newId(),
                                        "Kartlegge",
                                        StepOwner.person(f.p1().id()),
                                        today.minusDays(10),
                                        null,
                                        StepStatus.DONE),
                                new TableStep(
                                        Ids.newId(),
                                        "Søke midler",
                                        StepOwner.organisation("Bodø kommune"),
                                        today.minusDays(2),
                                        null,
                                        StepStatus.NOT_STARTED),
                                new TableStep(
                                        Ids.newId(),
                                        "Invitere skolen",
                                        StepOwner.person(f.p2().id()),
                                        today.plusDays(9),
                                        null,
                                        StepStatus.UNDER_WAY)),
                        List.of(),
                        f.host().id(),
                        f.host().id(),
                        Instant.now(),
                        0),
                "test");
        // Table 2 (the stranger's table, another challenge): found something, proposed no step.
        outcomes.save(
                new TableOutcome(
                        Ids.newId(),
                        f.bodo().id(),
                        f.table2().roundId(),
                        f.table2().tableId(),
                        second.id(),
                        new Findings("Transport", null, null, null),
                        List.of(),
                        List.of(),
                        f.stranger().id(),
                        null,
                        null,
                        0),
                "test");

        signIn(f.organiser());
        UI.getCurrent().navigate("organiser");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream()
                        .filter(i -> "Oppfølging".equals(i.getLabel()))
                        .map(SideNavItem::getPath)
                        .toList())
                .containsExactly("organiser/follow-up");
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(shown()).hasSize(4);
        assertThat(shown())
                .filteredOn(BoardRow::hasStep)
                .extracting(BoardRow::challenge)
                .containsOnly(first.title());

        @SuppressWarnings("unchecked")
        Select<StepStatus> status = _get(Select.class, spec -> spec.withId("followup-status"));
        _setValue(status, StepStatus.DONE);
        assertThat(shown()).extracting(BoardRow::what).containsExactly("Kartlegge");
        _setValue(status, null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("followup-overdue")), true);
        assertThat(shown()).extracting(BoardRow::what).containsExactly("Søke midler");
        assertThat(shown().get(0).owner()).isEqualTo("Bodø kommune");
        _setValue(_get(Checkbox.class, spec -> spec.withId("followup-overdue")), false);

        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = _get(ComboBox.class, spec -> spec.withId("followup-filter-municipality"));
        _setValue(municipality, second.ownerMunicipality());
        assertThat(shown()).singleElement().satisfies(r -> {
            assertThat(r.challenge()).isEqualTo(second.title());
            assertThat(r.hasStep()).isFalse();
        });
        _setValue(municipality, null);
        @SuppressWarnings("unchecked")
        ComboBox<String> county = _get(ComboBox.class, spec -> spec.withId("followup-filter-county"));
        _setValue(county, first.ownerMunicipality().substring(0, 2));
        long sameCounty =
                second.ownerMunicipality().startsWith(first.ownerMunicipality().substring(0, 2)) ? 4 : 3;
        assertThat(shown()).hasSize((int) sameCounty);
        _setValue(county, null);
        String onlyFirst = first.themes().stream()
                .filter(t -> !second.themes().contains(t))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = _get(ComboBox.class, spec -> spec.withId("followup-filter-theme"));
        _setValue(theme, onlyFirst);
        assertThat(shown()).hasSize(3).allMatch(r -> r.challenge().equals(first.title()));

        byte[] xlsx = BoardSpreadsheet.xlsx(shown(), key -> UI.getCurrent().getTranslation(key));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Oppfølging");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Neste steg");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.title());
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Gjort");
            assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("Ja");
            assertThat(sheet.getRow(2).getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(today.minusDays(2));
        }

        byte[] pdf = BoardPdf.pdf(
                shown(),
                key -> UI.getCurrent().getTranslation(key),
                r -> r.event() + " " + r.table(),
                java.util.Locale.forLanguageTag("nb-NO"));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Oppfølging")
                .contains("Søke midler")
                .contains("Invitere skolen")
                .contains("Forfalt")
                .doesNotContain(second.title());

        // An organiser who does not organise Bodø sees none of it.
        signIn(f.otherOrganiser());
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(shown()).isEmpty();

        // A participant may not read the board, even through the service.
        UI.getCurrent().navigate("login");
        loginAs(f.a1().username(), f.a1().displayName(), Role.PARTICIPANT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> board.rows())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
