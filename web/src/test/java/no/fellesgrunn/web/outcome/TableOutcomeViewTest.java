package no.fellesgrunn.web.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.OutcomeRefused;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.participant.StatusRegion;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outcome page in Karibu on the real application and database: the host records at the table
 * and confirms, the others read, comment and move their steps on, the event's organisers read, and
 * anyone else (another participant, another event's organiser) is told it was not found.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TableOutcomeViewTest extends KaribuTest {
    private static OutcomeFixture fixture;

    @Autowired
    TableOutcomes outcomes;

    @Autowired
    TableOutcomeRepository repository;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = OutcomeFixture.create(context, (username, role) -> loginAs(username, username, role));
        }
    }

    private void signIn(UserAccount account, Role role) {
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(account.username(), account.displayName(), role);
    }

    private void open(TableKey key) {
        UI.getCurrent().navigate(TableOutcomeView.class, TableOutcomeView.parameters(key));
    }

    private static String status() {
        return _get(StatusRegion.class).getText();
    }

    @Test
    @Order(1)
    void theHostRecordsTheOutcomeWithANextStepOwnedBySomeoneAtTheTable() {
        signIn(fixture.hostAccount(), Role.PARTICIPANT);
        UI.getCurrent().navigate(MyTablesView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("my-table")))
                .hasSize(1);

        open(fixture.table1());
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome-where")).getText())
                .contains(fixture.challenge().title())
                .contains("runde 1");
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-commonThird")), "Ensomhet blant eldre");
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-affected")), "Eldre som bor alene");
        _setValue(_get(TextField.class, spec -> spec.withId("outcome-step-what-1")), "Kartlegge besøkstilbud");
        @SuppressWarnings("unchecked")
        Select<String> owner = _get(Select.class, spec -> spec.withId("outcome-step-owner-1"));
        _setValue(owner, fixture.p1().id().toString());
        // A step without a due date is refused in words, and nothing is stored.
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        assertThat(status()).isEqualTo("Feil: Steget «Kartlegge besøkstilbud» trenger en frist.");
        assertThat(repository.find(
                        fixture.table1().eventId(),
                        fixture.table1().roundId(),
                        fixture.table1().tableId()))
                .isEmpty();

        LocalDate due = LocalDate.now().plusDays(14);
        _setValue(_get(DatePicker.class, spec -> spec.withId("outcome-step-due-1")), due);
        _setValue(_get(TextField.class, spec -> spec.withId("outcome-step-joining-1")), "Frivilligsentralen");
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        assertThat(status()).contains("Lagret");

        TableOutcome stored = repository
                .find(
                        fixture.table1().eventId(),
                        fixture.table1().roundId(),
                        fixture.table1().tableId())
                .orElseThrow();
        assertThat(stored.findings().commonThird()).isEqualTo("Ensomhet blant eldre");
        assertThat(stored.confirmed()).isFalse();
        assertThat(stored.steps()).singleElement().satisfies(s -> {
            assertThat(s.owner().actorId()).isEqualTo(fixture.p1().id());
            assertThat(s.due()).isEqualTo(due);
            assertThat(s.joining()).isEqualTo("Frivilligsentralen");
            assertThat(s.status()).isEqualTo(StepStatus.NOT_STARTED);
        });
    }

    @Test
    @Order(2)
    void othersAtTheTableReadAndCommentButDoNotRecord() {
        signIn(fixture.a2(), Role.PARTICIPANT);
        open(fixture.table1());
        assertThat(_find(OutcomeForm.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome-read-commonThird"))
                        .getText())
                .isEqualTo("Ensomhet blant eldre");
        _setValue(_get(TextArea.class, spec -> spec.withId("outcome-comment-text")), "Skolen vil gjerne være med");
        _click(_get(Button.class, spec -> spec.withId("outcome-comment-send")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("outcome-comment")))
                .singleElement()
                .extracting(Paragraph::getText)
                .asString()
                .contains(fixture.p2().name())
                .contains("Skolen vil gjerne være med");
        // Only the owner moves a step: p2 has no status select, and the service refuses p2.
        assertThat(_find(Select.class, spec -> spec.withClasses("outcome-step-status")))
                .isEmpty();
        TableOutcome stored = repository
                .findById(repository
                        .find(
                                fixture.table1().eventId(),
                                fixture.table1().roundId(),
                                fixture.table1().tableId())
                        .orElseThrow()
                        .id())
                .orElseThrow();
        assertThatThrownBy(() -> outcomes.moveStep(
                        fixture.table1(), stored.steps().get(0).id(), StepStatus.DONE))
                .isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> outcomes.record(fixture.table1(), new Findings("Mitt", null, null, null), List.of()))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_RECORD);
    }

    @Test
    @Order(3)
    void theHostConfirmsAndTheOutcomeIsReadOnlyExceptCommentsAndProgress() {
        signIn(fixture.hostAccount(), Role.PARTICIPANT);
        open(fixture.table1());
        _click(_get(Button.class, spec -> spec.withId("outcome-confirm")));
        assertThat(status()).isEqualTo("Resultatet er bekreftet.");
        assertThat(_find(OutcomeForm.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("outcome-confirm"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("outcome-state"))
                        .getElement()
                        .getTextRecursively())
                .contains("Bekreftet av " + fixture.host().name());

        signIn(fixture.a1(), Role.PARTICIPANT);
        open(fixture.table1());
        @SuppressWarnings("unchecked")
        Select<StepStatus> progress = _get(Select.class, spec -> spec.withClasses("outcome-step-status"));
        _setValue(progress, StepStatus.UNDER_WAY);
        assertThat(status()).isEqualTo("Status endret.");
        TableOutcome stored = repository
                .find(
                        fixture.table1().eventId(),
                        fixture.table1().roundId(),
                        fixture.table1().tableId())
                .orElseThrow();
        assertThat(stored.confirmed()).isTrue();
        assertThat(stored.steps().get(0).status()).isEqualTo(StepStatus.UNDER_WAY);
        assertThatThrownBy(() -> outcomes.record(fixture.table1(), new Findings("Nytt", null, null, null), List.of()))
                .isInstanceOf(OutcomeRefused.class);
    }

    @Test
    @Order(4)
    void aParticipantNotAtTheTableAndAnotherEventsOrganiserAreToldItWasNotFound() {
        signIn(fixture.strangerAccount(), Role.PARTICIPANT);
        open(fixture.table1());
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome-not-found"))
                        .getText())
                .startsWith("Fant ikke bordet");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .doesNotContain("Ensomhet blant eldre");
        assertThatThrownBy(() -> outcomes.open(fixture.table1())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outcomes.comment(fixture.table1(), "Hei")).isInstanceOf(NotFoundException.class);
        // Their own table is theirs, with nothing recorded yet.
        assertThat(outcomes.open(fixture.table2()).outcome()).isNull();

        signIn(fixture.otherOrganiser(), Role.ORGANISER);
        open(fixture.table1());
        assertThat(_find(Paragraph.class, spec -> spec.withId("outcome-not-found")))
                .hasSize(1);
    }

    @Test
    @Order(5)
    void theEventsOrganiserReadsWithoutRecordingOrCommenting() {
        signIn(fixture.organiser(), Role.ORGANISER);
        open(fixture.table1());
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome-read-commonThird"))
                        .getText())
                .isEqualTo("Ensomhet blant eldre");
        assertThat(_find(OutcomeForm.class)).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("outcome-comment-text")))
                .isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("outcome-comment")))
                .hasSize(1);

        // The organiser names a table secretary among the seated; someone from another table is refused.
        @SuppressWarnings("unchecked")
        Select<java.util.UUID> secretary = _get(Select.class, spec -> spec.withId("outcome-secretary"));
        _setValue(secretary, fixture.p2().id());
        assertThat(status()).isEqualTo("Bordsekretæren er lagret.");
        assertThat(repository.secretary(
                        fixture.table1().eventId(),
                        fixture.table1().roundId(),
                        fixture.table1().tableId()))
                .contains(fixture.p2().id());
        assertThatThrownBy(() -> outcomes.nameSecretary(
                        fixture.table1(), fixture.stranger().id()))
                .isInstanceOf(OutcomeRefused.class);
        // Named after the confirmation, the secretary cannot change the confirmed outcome.
        signIn(fixture.a2(), Role.PARTICIPANT);
        assertThat(outcomes.open(fixture.table1()).mayRecord()).isFalse();
        signIn(fixture.otherOrganiser(), Role.ORGANISER);
        assertThatThrownBy(() ->
                        outcomes.nameSecretary(fixture.table1(), fixture.p1().id()))
                .isInstanceOf(NotFoundException.class);
    }
}
