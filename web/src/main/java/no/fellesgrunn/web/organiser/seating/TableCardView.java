package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.planner.scheduling.Text;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;

/**
 * One table in one round on the seating board: its challenge, room and fill, the warnings the
 * engine and the accessibility check give it, and the people at it with their badges and their pin
 * and move buttons. The card only shows; what the buttons do is the page's (the two callbacks).
 */
class TableCardView extends Div {
    private final SeatingBoard board;
    private final boolean editable;
    private final Consumer<Seat> togglePin;
    private final Consumer<UUID> move;

    /**
     * @param editable  whether pin and move are offered (not while the scheduler runs)
     * @param togglePin pins an unpinned seat, unpins a pinned one
     * @param move      opens the move dialog for a person
     */
    TableCardView(
            SeatingBoard board,
            SeatingBoard.TableCard card,
            boolean editable,
            Consumer<Seat> togglePin,
            Consumer<UUID> move) {
        this.board = board;
        this.editable = editable;
        this.togglePin = togglePin;
        this.move = move;
        setId("table-" + card.table().label() + "-round-" + card.round().number());
        addClassName("table-card");
        H4 heading = new H4(getTranslation("seating.table", card.table().label()));
        heading.addClassName(LumoUtility.Margin.NONE);
        add(heading);
        if (card.table().accessible()) {
            add(badge(getTranslation("seating.table.accessible"), "success"));
        }
        add(new Div(getTranslation("seating.table.room", card.room().name())));
        add(new Div(
                card.challengeId() == null
                        ? getTranslation("seating.table.open")
                        : getTranslation(
                                "seating.table.challenge",
                                board.challengeTitles().getOrDefault(card.challengeId(), "?"))));
        add(new Div(getTranslation(
                "seating.table.fill", card.seats().size(), card.table().capacity())));
        UnorderedList warnings = new UnorderedList();
        warnings.addClassName("table-warnings");
        board.accessibilityClashes(card)
                .forEach(clash -> warnings.add(warning(getTranslation("seating.table.notaccessible", clash.name()))));
        card.warnings().forEach(warning -> warnings.add(warning(text(warning))));
        if (warnings.getChildren().findAny().isPresent()) {
            add(warnings);
        } else if (!card.seats().isEmpty()) {
            Span ok = new Span(getTranslation("seating.table.ok"));
            ok.getElement().getThemeList().add("badge success");
            add(ok);
        }
        if (card.seats().isEmpty()) {
            add(new Paragraph(getTranslation("seating.table.empty")));
        } else {
            UnorderedList people = new UnorderedList();
            people.addClassNames("seat-list", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
            card.seats().stream()
                    .sorted(Comparator.comparing(s -> board.nameOf(s.actorId())))
                    .forEach(seat -> people.add(person(seat, card.round().number())));
            add(people);
        }
    }

    private ListItem warning(String text) {
        Span badge = new Span(getTranslation("seating.table.warning", text));
        badge.getElement().getThemeList().add("badge error");
        badge.addClassName(LumoUtility.Whitespace.NORMAL);
        return new ListItem(badge);
    }

    private ListItem person(Seat seat, int round) {
        SeatingBoard.Person person = board.people().get(seat.actorId());
        String name = board.nameOf(seat.actorId());
        ListItem item = new ListItem();
        item.addClassName("seat");
        Span nameSpan = new Span(name);
        nameSpan.addClassName("seat-name");
        item.add(nameSpan);
        if (person != null && person.sector() != null) {
            item.add(badge(
                    getTranslation(
                            "seating.badge.sector",
                            getTranslation("seating.sector." + person.sector().name())),
                    ""));
        }
        if (person != null) {
            person.perspectives().stream()
                    .sorted()
                    .forEach(p -> item.add(badge(
                            getTranslation(
                                    "seating.badge.perspective", getTranslation("seating.perspective." + p.name())),
                            "contrast")));
        }
        if (person != null && person.needsAccessibleTable()) {
            item.add(badge(getTranslation("seating.badge.accessible"), "contrast"));
        }
        if (seat.pinned()) {
            item.add(badge(getTranslation("seating.badge.pinned"), "success"));
        }
        Button pin = new Button(
                getTranslation(seat.pinned() ? "seating.unpin" : "seating.pin"), click -> togglePin.accept(seat));
        pin.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(seat.pinned() ? "seating.unpin.aria" : "seating.pin.aria", name, round));
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        pin.addClassName("pin-button");
        pin.setEnabled(editable);
        Button moveButton = new Button(getTranslation("seating.move"), click -> move.accept(seat.actorId()));
        moveButton.getElement().setAttribute("aria-label", getTranslation("seating.move.aria", name));
        moveButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        moveButton.addClassName("move-button");
        moveButton.setEnabled(editable);
        item.add(pin, moveButton);
        return item;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        badge.addClassName("seat-badge");
        return badge;
    }

    /** A table's warning (a planner code) in the reader's language, people and organisations by name. */
    private String text(Text text) {
        Locale locale = FellesgrunnI18NProvider.supported(getLocale());
        return TableWarnings.text(text, locale, this::getTranslation, board::readable);
    }
}
