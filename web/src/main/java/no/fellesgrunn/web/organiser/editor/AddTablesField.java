package no.fellesgrunn.web.organiser.editor;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** Adds many tables at once (a venue with 38 tables is one step, not 38 clicks). */
class AddTablesField extends HorizontalLayout {
    static final int MAX = 200;
    final IntegerField count = new IntegerField();
    final Button add = new Button();

    AddTablesField(IntConsumer addTables) {
        count.setLabel(getTranslation("editor.table.addMany.count"));
        count.setId("table-add-count");
        count.setMin(1);
        count.setMax(MAX);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        count.setWidth("10em");
        add.setText(getTranslation("editor.table.addMany"));
        add.setId("table-add-many");
        add.addClickListener(click -> {
            Integer n = count.getValue();
            if (n == null || n < 1 || n > MAX) {
                count.setInvalid(true);
                count.setErrorMessage(getTranslation("editor.table.addMany.invalid", MAX));
                return;
            }
            count.setInvalid(false);
            addTables.accept(n);
        });
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(count, add);
    }
}
