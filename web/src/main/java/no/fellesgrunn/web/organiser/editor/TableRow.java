package no.fellesgrunn.web.organiser.editor;

import java.util.UUID;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

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

    TableRow(UUID id, String roomName, String tableLabel, Integer seats, boolean isAccessible) {
        this.id = id;
        room.setValue(roomName == null ? "" : roomName);
        label.setValue(tableLabel == null ? "" : tableLabel);
        capacity.setValue(seats);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        accessible.setValue(isAccessible);
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

    void clearErrors() {
        room.setInvalid(false);
        label.setInvalid(false);
        capacity.setInvalid(false);
    }
}
