package no.fellesgrunn.web.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.web.participant.StatusRegion;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My commitments: my steps from a table and from a coffee chat, in one list; status changed from there. */
class MyCommitmentsTest extends KaribuTest {
    @Autowired
    TableOutcomeRepository outcomes;

    @Autowired
    TableOutcomes tableOutcomes;

    @Autowired
    CoffeeChatRepository chats;

    @Autowired
    no.fellesgrunn.web.participant.MyData myData;

    private void signIn(UserAccount account) {
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(account.username(), account.displayName(), Role.PARTICIPANT);
    }

    @Test
    void myStepsFromTablesAndChatsAreListedOpenFirstAndTheirStatusChangesHere() {
        OutcomeFixture f = OutcomeFixture.create(context, (username, role) -> loginAs(username, username, role));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        var circle = tableOutcomes.circleOf(f.table1());
        TableOutcome outcome = TableOutcome.record(
                circle,
                f.host().id(),
                new Findings("Ensomhet", null, null, null),
                List.of(
                        TableStep.of(
                                "Ringe frivilligsentralen", StepOwner.person(f.p1().id()), today.plusDays(20), null),
                        TableStep.of("Skrive søknad", StepOwner.person(f.p1().id()), today.plusDays(5), "Skolen"),
                        TableStep.of("Lage kart", StepOwner.person(f.p2().id()), today.plusDays(3), null)),
                today);
        outcomes.save(outcome, "test");
        CoffeeChat chat = CoffeeChat.propose(null, f.p1().id(), f.stranger().id(), null, "pitch")
                .agree("Biblioteket", java.time.LocalDateTime.now().minusDays(1))
                .held(
                        "Vi snakket",
                        List.of(
                                NextStep.of("Sende referat", f.p1().id(), today.plusDays(1)),
                                NextStep.of("Svare", f.stranger().id(), today.plusDays(1))),
                        java.time.LocalDateTime.now());
        chats.save(chat, "test");

        signIn(f.a1());
        UI.getCurrent().navigate(MyCommitmentsView.class);
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("commitment"));
        assertThat(cards)
                .extracting(c -> c.getElement().getTextRecursively())
                .satisfiesExactly(
                        first -> assertThat(first)
                                .startsWith("Sende referat")
                                .contains("Kaffeprat med " + f.stranger().name()),
                        second -> assertThat(second)
                                .startsWith("Skrive søknad")
                                .contains("runde 1")
                                .contains("Med: Skolen"),
                        third -> assertThat(third).startsWith("Ringe frivilligsentralen"));

        @SuppressWarnings("unchecked")
        List<Select<StepStatus>> selects = (List<Select<StepStatus>>)
                (List<?>) _find(Select.class, spec -> spec.withClasses("outcome-step-status"));
        assertThat(selects).hasSize(2);
        _setValue(selects.get(0), StepStatus.DONE);
        assertThat(_get(StatusRegion.class).getText()).isEqualTo("Status endret.");
        TableOutcome stored = outcomes.findById(outcome.id()).orElseThrow();
        assertThat(stored.steps())
                .extracting(TableStep::status)
                .containsExactly(StepStatus.NOT_STARTED, StepStatus.DONE, StepStatus.NOT_STARTED);
        // Done steps go to the end of the list.
        assertThat(_find(Div.class, spec -> spec.withClasses("commitment"))
                        .get(2)
                        .getElement()
                        .getTextRecursively())
                .startsWith("Skrive søknad")
                .contains("Gjort");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("commitment-done")));
        assertThat(chats.findById(chat.id()).orElseThrow().nextSteps().get(0).done())
                .isTrue();
        assertThat(chats.findById(chat.id()).orElseThrow().nextSteps().get(1).done())
                .isFalse();

        // "Mine data" lists the table steps I own, but not the findings someone else recorded.
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> mine =
                (List<java.util.Map<String, Object>>) myData.everything().get("tableOutcomes");
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat((List<?>) o.get("nextStepsIOwn")).hasSize(2);
            assertThat(o).doesNotContainKey("findings");
        });
    }
}
