package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.fellesgrunn.web.security.CurrentUser;

/**
 * The participant's start page: what needs doing now. Open next steps of all coffee chats (overdue
 * ones first, marked in words), chats waiting for my answer, and a nudge to register.
 */
@Route("me")
@RolesAllowed("PARTICIPANT")
public class ParticipantHomeView extends ParticipantPage {
    private final CoffeeChats chats;
    private final Div steps = new Div();

    public ParticipantHomeView(CurrentUser currentUser, CoffeeChats chats, MyProfile profile) {
        super("participant.home.title");
        this.chats = chats;
        String name = currentUser.account().map(a -> a.displayName()).orElse("");
        add(new Paragraph(getTranslation("participant.home.welcome", name)));
        if (!profile.exists()) {
            Paragraph none = new Paragraph(getTranslation("participant.home.noprofile"));
            none.setId("home-no-profile");
            add(none);
            return;
        }

        if (!profile.hasRegistrations()) {
            RouterLink register = new RouterLink(getTranslation("participant.home.register"), ProfileView.class);
            register.setId("home-register");
            add(new Paragraph(register));
        }

        List<ChatCard> mine = chats.mine();
        List<ChatCard> waiting = mine.stream().filter(ChatCard::myTurn).toList();
        H2 waitingHeading = new H2(getTranslation("participant.home.waiting"));
        add(waitingHeading);
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("participant.home.waiting.none")));
        }
        for (ChatCard chat : waiting) {
            add(new Paragraph(new RouterLink(
                    getTranslation("participant.home.waiting.item", chat.other().name()),
                    CoffeeChatView.class,
                    new RouteParameters("chatId", chat.id().toString()))));
        }

        add(new H2(getTranslation("participant.home.steps")));
        steps.setId("home-steps");
        add(steps);
        showSteps(CoffeeChats.openSteps(mine));
    }

    private void showSteps(List<StepCard> open) {
        steps.removeAll();
        if (open.isEmpty()) {
            steps.add(new Paragraph(getTranslation("participant.home.steps.none")));
            return;
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (StepCard step : open) {
            Div card = Cards.card();
            card.addClassName("next-step");
            if (step.overdue()) {
                card.add(Cards.badge(getTranslation("participant.step.overdue"), "error primary"));
                card.getStyle().set("border", "2px solid var(--lumo-error-color)");
            }
            card.add(new Span(step.what()));
            card.add(new Paragraph(getTranslation(
                    "participant.step.who",
                    step.responsible(),
                    step.due() == null ? "" : date.format(step.due()),
                    step.withWhom())));
            Button done = new Button(getTranslation("participant.step.done"), click -> {
                if (status.attempt(
                        () -> chats.markStepDone(step.chatId(), step.stepId()),
                        getTranslation("participant.step.marked", step.what()))) {
                    showSteps(chats.openSteps());
                }
            });
            done.getElement().setAttribute("aria-label", getTranslation("participant.step.done.label", step.what()));
            card.add(done);
            steps.add(card);
        }
    }
}
