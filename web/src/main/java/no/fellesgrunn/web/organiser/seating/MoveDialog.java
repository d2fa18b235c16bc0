package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;

/**
 * The move dialog: person, round and table, bound to a {@link Move}. The table list says how full
 * each table is in the chosen round and whether it is accessible; someone who needs an accessible
 * table is told so before a move to one that is not. Whether the move is allowed is the plan's
 * rule, not the dialog's: a refused move leaves the dialog open with everything chosen.
 */
class MoveDialog extends Dialog {
    /** What the organiser chose. */
    static final class Move {
        private SeatingBoard.Person person;
        private Round round;
        private RoundTable table;

        SeatingBoard.Person getPerson() {
            return person;
        }

        void setPerson(SeatingBoard.Person person) {
            this.person = person;
        }

        Round getRound() {
            return round;
        }

        void setRound(Round round) {
            this.round = round;
        }

        RoundTable getTable() {
            return table;
        }

        void setTable(RoundTable table) {
            this.table = table;
        }
    }

    private final Binder<Move> binder = new Binder<>();
    private final SeatingBoard board;

    /**
     * @param save        makes the move; true when it was made (the dialog closes), false when refused
     */
    MoveDialog(
            SeatingBoard board,
            UUID actorId,
            Round shownRound,
            Function<Round, String> roundLabel,
            Predicate<Move> save) {
        this.board = board;
        setHeaderTitle(getTranslation("seating.move.title"));
        setId("seating-move-dialog");
        ComboBox<SeatingBoard.Person> person = new ComboBox<>(getTranslation("seating.move.person"));
        person.setId("move-person");
        person.setItems(board.people().values().stream()
                .sorted(Comparator.comparing(SeatingBoard.Person::name))
                .toList());
        person.setItemLabelGenerator(SeatingBoard.Person::name);
        // ComboBoxes, not Selects: an open Select's list box has no accessible name (axe aria-input-field-name).
        ComboBox<Round> round = new ComboBox<>(getTranslation("seating.move.round"));
        round.setId("move-round");
        round.setItems(board.event().rounds());
        round.setItemLabelGenerator(roundLabel::apply);
        ComboBox<RoundTable> table = new ComboBox<>(getTranslation("seating.move.table"));
        table.setId("move-table");
        table.setItems(board.event().tables().toList());
        table.setItemLabelGenerator(t -> tableOption(t, shownRound));
        round.addValueChangeListener(change -> table.setItemLabelGenerator(t -> tableOption(t, change.getValue())));

        binder.forField(person)
                .asRequired(getTranslation("seating.move.required.person"))
                .bind(Move::getPerson, Move::setPerson);
        binder.forField(round)
                .asRequired(getTranslation("seating.move.required.round"))
                .bind(Move::getRound, Move::setRound);
        binder.forField(table)
                .asRequired(getTranslation("seating.move.required.table"))
                .bind(Move::getTable, Move::setTable);
        Move start = new Move();
        start.setPerson(board.people().get(actorId));
        start.setRound(shownRound);
        binder.readBean(start);

        // Someone who needs an accessible table is told so before a move to a table that is not.
        Runnable accessibleHint = () -> table.setHelperText(
                person.getValue() != null && person.getValue().needsAccessibleTable()
                        ? getTranslation(
                                table.getValue() != null && !table.getValue().accessible()
                                        ? "seating.move.notaccessible"
                                        : "seating.move.needsaccessible",
                                person.getValue().name())
                        : null);
        person.addValueChangeListener(change -> accessibleHint.run());
        table.addValueChangeListener(change -> accessibleHint.run());
        accessibleHint.run();

        Button saveButton = new Button(getTranslation("seating.move.save"), click -> {
            Move chosen = new Move();
            if (binder.writeBeanIfValid(chosen) && save.test(chosen)) {
                close();
            }
        });
        saveButton.setId("move-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("seating.move.cancel"), click -> close());
        person.setWidthFull();
        round.setWidthFull();
        table.setWidthFull();
        VerticalLayout fields = new VerticalLayout(person, round, table);
        fields.setPadding(false);
        // A VerticalLayout is 100 % wide by default, which in a dialog shrinks to the content and
        // clips the round's name on a phone: the dialog-form class sets the width instead.
        fields.setWidth(null);
        fields.addClassName("dialog-form");
        add(fields);
        getFooter().add(cancel, saveButton);
    }

    /** A table in the list for a round: label, room, how full it is then, and whether it is accessible. */
    private String tableOption(RoundTable table, Round round) {
        long seated = round == null || board.plan() == null
                ? 0
                : board.plan().seats().stream()
                        .filter(s ->
                                s.roundId().equals(round.id()) && s.tableId().equals(table.id()))
                        .count();
        String room = board.event().rooms().stream()
                .filter(r -> r.tables().contains(table))
                .findFirst()
                .map(r -> r.name())
                .orElse("");
        return getTranslation(
                "seating.tableOption",
                table.label(),
                room,
                seated,
                table.capacity(),
                table.accessible() ? "yes" : "no");
    }
}
