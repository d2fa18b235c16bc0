package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The rows of an editor (rounds, tables) one under another, numbered by their place: a row's own
 * remove button takes it out and the rest are numbered again. The editor keeps the list of rows it
 * reads the form from; this keeps that list and the layout in step.
 */
final class NumberedRows<R extends Component> extends VerticalLayout {
    private final List<R> rows;
    private final Function<R, Button> remove;
    private final ObjIntConsumer<R> number;

    NumberedRows(List<R> rows, Function<R, Button> remove, ObjIntConsumer<R> number) {
        this.rows = rows;
        this.remove = remove;
        this.number = number;
        setPadding(false);
        setSpacing(false);
    }

    void clearRows() {
        rows.clear();
        removeAll();
    }

    void addRow(R row) {
        rows.add(row);
        add(row);
        remove.apply(row).addClickListener(click -> {
            rows.remove(row);
            remove(row);
            renumber();
        });
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            number.accept(rows.get(i), i + 1);
        }
    }
}
