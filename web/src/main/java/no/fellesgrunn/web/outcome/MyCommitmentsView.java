package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.participant.Cards;
import no.fellesgrunn.web.participant.CoffeeChatView;
import no.fellesgrunn.web.participant.ParticipantPage;

/**
 * My commitments: every next step I own, from tables and coffee chats, across events; open ones
 * first, soonest due first, overdue ones marked in words. I change a step's status right here.
 */
@Route("me/commitments")
@RolesAllowed("PARTICIPANT")
public class MyCommitmentsView extends ParticipantPage {
    private final MyCommitments commitments;
    private final Div list = new Div();

    public MyCommitmentsView(MyCommitments commitments) {
        super("outcome.commitments.title");
        this.commitments = commitments;
        add(new Paragraph(getTranslation("outcome.commitments.intro")), list);
        list.setId("commitments");
        show();
    }

    private void show() {
        list.removeAll();
        List<Commitment> mine = commitments.mine((event, round, table, challenge) -> getTranslation(
                "outcome.commitments.table",
                event,
                round,
                table,
                challenge == null ? getTranslation("outcome.openTable") : challenge));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("outcome.commitments.none"));
            none.setId("commitments-none");
            list.add(none);
        }
        for (Commitment c : mine) {
            Paragraph what = new Paragraph(c.what());
            what.getStyle().set("font-weight", "600");
            String from = c.from() == null
                    ? getTranslation("outcome.commitments.movedTable")
                    : c.fromTable() ? c.from() : getTranslation("outcome.commitments.chat", c.from());
            Div card = Cards.card(
                    what,
                    new Paragraph(getTranslation(
                            "outcome.commitments.due",
                            c.due() == null ? "–" : Formats.date(c.due(), getLocale()),
                            from)));
            card.addClassName("commitment");
            if (c.joining() != null) {
                card.add(new Paragraph(getTranslation("outcome.commitments.joining", c.joining())));
            }
            card.add(Cards.badge(
                    getTranslation("outcome.status." + c.status().name()),
                    c.status() == StepStatus.DONE ? "success" : null));
            if (c.overdue()) {
                card.add(Cards.badge(getTranslation("outcome.step.overdue"), "error primary"));
            }
            if (c.fromTable()) {
                Select<StepStatus> status = OutcomeReading.statusSelect(
                        c.stepId(),
                        c.what(),
                        c.status(),
                        (stepId, target) -> act(() -> commitments.move(c.table(), stepId, target)));
                card.add(
                        new Div(status),
                        new Paragraph(new RouterLink(
                                getTranslation("outcome.commitments.open"),
                                TableOutcomeView.class,
                                TableOutcomeView.parameters(c.table()))));
            } else {
                if (c.status() != StepStatus.DONE) {
                    Button done = new Button(
                            getTranslation("participant.step.done"),
                            click -> act(() -> commitments.chatStepDone(c.chatId(), c.stepId())));
                    done.getElement()
                            .setAttribute("aria-label", getTranslation("participant.step.done.label", c.what()));
                    done.addClassName("commitment-done");
                    card.add(new Div(done));
                }
                card.add(new Paragraph(new RouterLink(
                        getTranslation("outcome.commitments.openChat"),
                        CoffeeChatView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                "chatId", c.chatId().toString()))));
            }
            list.add(card);
        }
    }

    private void act(Runnable action) {
        if (Attempts.attempt(this, status, action, getTranslation("outcome.step.moved"))) {
            show();
        }
    }
}
