package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.plan.Seat;

/**
 * One round of the seating board: who is not seated in it, who sits out more than one of their
 * rounds across the day, and a card per table. One round at a time keeps a large event light.
 */
class RoundBoard extends Section {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A round as the seating page names it: number and times. */
    static String label(Component i18n, Round round) {
        return i18n.getTranslation(
                "seating.round",
                round.number(),
                round.start().toLocalTime().format(TIME),
                round.end().toLocalTime().format(TIME));
    }

    RoundBoard(
            SeatingBoard board,
            Round round,
            String roundLabel,
            boolean editable,
            Consumer<Seat> togglePin,
            Consumer<UUID> move) {
        setId("seating-round-" + round.number());
        List<SeatingBoard.Person> unseated = board.unseated(round);
        Paragraph unseatedText = new Paragraph(
                unseated.isEmpty()
                        ? getTranslation("seating.unseated.none")
                        : getTranslation(
                                "seating.unseated",
                                String.join(
                                        ", ",
                                        unseated.stream()
                                                .map(SeatingBoard.Person::name)
                                                .toList())));
        unseatedText.setId("seating-unseated");
        add(new H3(roundLabel), unseatedText);
        // Fairness across the day: who sits out more than one of their rounds.
        Map<SeatingBoard.Person, Integer> sittingOut = board.sittingOutMoreThanOnce();
        if (!sittingOut.isEmpty()) {
            Paragraph fairness = new Paragraph(getTranslation(
                    "seating.sitsout",
                    sittingOut.size(),
                    String.join(
                            ", ",
                            sittingOut.entrySet().stream()
                                    .map(e -> getTranslation(
                                            "seating.sitsout.person",
                                            e.getKey().name(),
                                            e.getValue(),
                                            e.getKey().availableRounds().size()))
                                    .toList())));
            fairness.setId("seating-sitsout");
            add(fairness);
        }
        Div cards = new Div();
        cards.addClassName("table-cards");
        board.cards(round).forEach(card -> cards.add(new TableCardView(board, card, editable, togglePin, move)));
        add(cards);
    }
}
