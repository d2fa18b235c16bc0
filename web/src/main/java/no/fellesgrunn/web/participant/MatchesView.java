package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.web.base.ConfirmAction;

/** My matches: who I should meet and why; accept, decline, or invite to a coffee chat. */
@Route("me/matches")
@RolesAllowed("PARTICIPANT")
public class MatchesView extends ParticipantPage {
    private final MyMatches matches;
    private final ThemeNames themes;
    private final Div list = new Div();

    private final no.fellesgrunn.web.i18n.MatchReasons reasonTexts;

    public MatchesView(MyMatches matches, ThemeNames themes, no.fellesgrunn.web.i18n.MatchReasons reasonTexts) {
        super("participant.matches.title");
        this.reasonTexts = reasonTexts;
        this.matches = matches;
        this.themes = themes;
        add(new Paragraph(getTranslation("participant.matches.intro")), list);
        show();
    }

    private void show() {
        list.removeAll();
        List<MatchCard> cards = matches.mine();
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("participant.matches.none")));
        }
        for (MatchCard match : cards) {
            list.add(card(match));
        }
    }

    private Div card(MatchCard match) {
        Div card = Cards.card();
        card.addClassName("match-card");
        card.add(new H2(match.other().name()));
        card.add(ProfileLines.of(match.other(), this));
        card.add(new Paragraph(getTranslation("participant.matches.event", match.eventName())));
        if (!match.sharedThemes().isEmpty()) {
            card.add(new H3(getTranslation("participant.matches.shared")));
            Div badges = new Div();
            match.sharedThemes().forEach(t -> badges.add(Cards.badge(themes.name(t, getLocale()), null)));
            card.add(badges);
        }
        if (!match.reasons().isEmpty()) {
            card.add(new H3(getTranslation("participant.matches.why")));
            UnorderedList reasons = new UnorderedList();
            match.reasons().forEach(r -> reasons.add(new ListItem(reasonTexts.text(r, this))));
            card.add(reasons);
        }
        Div state = new Div();
        if (match.declined()) {
            state.add(Cards.badge(getTranslation("participant.matches.declined"), "contrast"));
        } else if (match.myAnswer() == MatchAnswer.ACCEPTED) {
            state.add(Cards.badge(getTranslation("participant.matches.accepted"), "success"));
        }
        if (match.otherAccepted() && !match.declined()) {
            state.add(Cards.badge(
                    getTranslation(
                            "participant.matches.otheraccepted", match.other().name()),
                    "success"));
        }
        card.add(state);
        if (match.undoUntil() != null) {
            card.add(undo(match));
        }
        if (!match.declined()) {
            FlexLayout actions = new FlexLayout();
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            String name = match.other().name();
            if (match.myAnswer() != MatchAnswer.ACCEPTED) {
                Button accept = new Button(getTranslation("participant.matches.accept"), click -> {
                    if (status.attempt(
                            () -> matches.accept(match.matchId()),
                            getTranslation("participant.matches.accepted.done", name))) {
                        show();
                    }
                });
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.getElement()
                        .setAttribute("aria-label", getTranslation("participant.matches.accept.label", name));
                accept.addClassName("accept-match");
                actions.add(accept);
            }
            Button decline = new Button(getTranslation("participant.matches.decline"));
            // Declining is final (the pair is never proposed again), so it asks first.
            decline.addClickListener(click -> confirmDecline(name, decline, () -> {
                if (status.attempt(
                        () -> matches.decline(match.matchId()),
                        getTranslation("participant.matches.declined.done", name))) {
                    show();
                }
            }));
            decline.getElement().setAttribute("aria-label", getTranslation("participant.matches.decline.label", name));
            decline.addClassName("decline-match");
            Button invite = new Button(getTranslation("participant.matches.invite"), click -> UI.getCurrent()
                    .navigate(
                            NewCoffeeChatView.class,
                            new QueryParameters(Map.of(
                                    "partner", List.of(match.other().actorId().toString())))));
            invite.getElement().setAttribute("aria-label", getTranslation("participant.matches.invite.label", name));
            invite.addClassName("invite-match");
            actions.add(decline, invite);
            card.add(actions);
        }
        return card;
    }

    /** A decline given by mistake is taken back within a short time ("Angre"); later only the organisers can. */
    private Button undo(MatchCard match) {
        String name = match.other().name();
        String until = java.time.LocalTime.ofInstant(match.undoUntil(), ParticipantClock.OSLO)
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        Button undo = new Button(getTranslation("participant.matches.undo", until), click -> {
            if (status.attempt(
                    () -> matches.undoDecline(match.matchId()),
                    getTranslation("participant.matches.undo.done", name))) {
                show();
            }
        });
        undo.getElement().setAttribute("aria-label", getTranslation("participant.matches.undo.label", name, until));
        undo.addClassName("undo-decline");
        return undo;
    }

    private void confirmDecline(String name, Button trigger, Runnable decline) {
        ConfirmAction.ask(
                this,
                new ConfirmAction(
                        "decline",
                        getTranslation("participant.matches.decline.confirm.title", name),
                        getTranslation("participant.matches.decline.confirm.text", name),
                        getTranslation("participant.matches.decline"),
                        getTranslation("participant.matches.decline.keep"),
                        trigger,
                        decline));
    }
}
