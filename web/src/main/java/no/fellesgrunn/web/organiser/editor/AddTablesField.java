package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.IntConsumer;

/** Adds many tables at once (a venue with 38 tables is one step, not 38 clicks). */
class AddTablesField extends HorizontalLayout {
    static final int MAX = 200;
    final IntegerField count = new IntegerField();
    final Button add = new Button();
    private final Binder<Integer[]> binder = new Binder<>();

    AddTablesField(IntConsumer addTables) {
        count.setLabel(getTranslation("editor.table.addMany.count"));
        count.setId("table-add-count");
        count.setMin(1);
        count.setMax(MAX);
        count.setStepButtonsVisible(true);
        count.setWidth("10em");
        add.setText(getTranslation("editor.table.addMany"));
        add.setId("table-add-many");
        String invalid = getTranslation("editor.table.addMany.invalid", MAX);
        binder.forField(count)
                .asRequired(invalid)
                .withValidator(n -> n >= 1 && n <= MAX, invalid)
                .bind(n -> n[0], (n, v) -> n[0] = v);
        binder.readBean(new Integer[] {10});
        add.addClickListener(click -> {
            Integer[] n = new Integer[1];
            if (binder.writeBeanIfValid(n)) {
                addTables.accept(n[0]);
            }
        });
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(count, add);
    }
}
