package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.UUID;

/**
 * One round table in the editor, with the room it stands in. Tables with the same room name form
 * a room. Keeps the table's id, since seats point at it.
 */
class TableRow extends HorizontalLayout {
    /** Null until the row is first saved; then fixed, so saving again updates the same round/table. */
    UUID id;

    final TextField room = new TextField();
    final TextField label = new TextField();
    final IntegerField capacity = new IntegerField();
    final Checkbox accessible = new Checkbox();
    final Button remove = new Button();
    private final Binder<Table> binder = new Binder<>();

    /** A table as the row edits it; whether it is a valid table is the domain's {@link no.fellesgrunn.domain.event.RoundTable}. */
    static final class Table {
        String room;
        String label;
        Integer capacity;
        boolean accessible;
    }

    TableRow(UUID id, String roomName, String tableLabel, Integer seats, boolean isAccessible) {
        this.id = id;
        String required = getTranslation("editor.error.required");
        binder.forField(room)
                .withValidator(v -> !v.isBlank(), required)
                .withConverter(String::strip, v -> v)
                .bind(t -> t.room, (t, v) -> t.room = v);
        binder.forField(label)
                .withValidator(v -> !v.isBlank(), required)
                .withConverter(String::strip, v -> v)
                .bind(t -> t.label, (t, v) -> t.label = v);
        binder.forField(capacity)
                .asRequired(getTranslation("editor.error.capacity"))
                .bind(t -> t.capacity, (t, v) -> t.capacity = v);
        binder.forField(accessible).bind(t -> t.accessible, (t, v) -> t.accessible = v);
        Table table = new Table();
        table.room = roomName == null ? "" : roomName;
        table.label = tableLabel == null ? "" : tableLabel;
        table.capacity = seats;
        table.accessible = isAccessible;
        binder.readBean(table);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        room.setMaxLength(100);
        room.setWidth("11em");
        label.setWidth("9em");
        capacity.setWidth("9em");
        label.setMaxLength(50);
        room.setRequiredIndicatorVisible(true);
        label.setRequiredIndicatorVisible(true);
        capacity.setRequiredIndicatorVisible(true);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(room, label, capacity, accessible, remove);
    }

    void number(int n) {
        room.setLabel(getTranslation("editor.table.room", n));
        label.setLabel(getTranslation("editor.table.label", n));
        capacity.setLabel(getTranslation("editor.table.capacity", n));
        accessible.setLabel(getTranslation("editor.table.accessible", n));
        remove.setText(getTranslation("editor.table.remove", n));
        room.setId("table-room-" + n);
        label.setId("table-label-" + n);
        capacity.setId("table-capacity-" + n);
        accessible.setId("table-accessible-" + n);
        remove.setId("table-remove-" + n);
    }

    /** The table as typed, or null when something is missing (then marked on its field). */
    Table write() {
        Table table = new Table();
        return binder.writeBeanIfValid(table) ? table : null;
    }
}
