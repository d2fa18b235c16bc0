package no.fellesgrunn.web.organiser.matching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.fellesgrunn.web.base.Clocks;
import no.fellesgrunn.web.base.ConfirmAction;

/**
 * Under the matching grid: who declined which match and when, with "Opphev avslaget" (asked first)
 * for a participant who declined by mistake and asks after their own short undo time has passed.
 */
class DeclinedMatchesPanel extends Section {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final MatchDeclines declines;
    private final UUID eventId;
    private final Consumer<Runnable> run;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    /** @param run runs an action the way the page does (a refusal becomes a message), then refreshes it */
    DeclinedMatchesPanel(MatchDeclines declines, UUID eventId, Consumer<Runnable> run) {
        this.declines = declines;
        this.eventId = eventId;
        this.run = run;
        setId("matching-declines");
        H3 title = new H3(getTranslation("matching.declines.title"));
        title.setId("matching-declines-title");
        getElement().setAttribute("aria-labelledby", "matching-declines-title");
        list.getStyle().set("padding-left", "0").set("list-style", "none");
        none.setText(getTranslation("matching.declines.none"));
        add(title, none, list);
    }

    void refresh() {
        List<MatchDeclines.Declined> all = declines.declined(eventId);
        list.removeAll();
        none.setVisible(all.isEmpty());
        all.forEach(d -> list.add(row(d)));
    }

    private ListItem row(MatchDeclines.Declined declined) {
        ListItem item = new ListItem();
        item.addClassName("matching-decline");
        item.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        String when = WHEN.format(declined.at().atZone(Clocks.OSLO));
        item.add(new Span(getTranslation("matching.declines.row", declined.declinedBy(), declined.other(), when)));
        Button undo = new Button(getTranslation("matching.declines.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undo.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("matching.declines.undo.label", declined.declinedBy(), declined.other()));
        undo.addClassName("matching-decline-undo");
        undo.addClickListener(click -> ConfirmAction.ask(
                this,
                new ConfirmAction(
                        "matching-decline-undo",
                        getTranslation("matching.declines.confirm.title", declined.declinedBy(), declined.other()),
                        getTranslation("matching.declines.confirm.text", declined.declinedBy(), declined.other()),
                        getTranslation("matching.declines.undo"),
                        getTranslation("matching.declines.keep"),
                        undo,
                        () -> run.accept(() -> declines.undo(eventId, declined.matchId(), declined.actorId())))));
        item.add(undo);
        return item;
    }
}
