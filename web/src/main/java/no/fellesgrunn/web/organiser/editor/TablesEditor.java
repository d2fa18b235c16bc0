package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;

/** The event's rooms and tables, one {@link TableRow} per table; tables can be added one or many at a time. */
class TablesEditor extends Div {
    final List<TableRow> rows = new ArrayList<>();
    private final NumberedRows<TableRow> list = new NumberedRows<>(rows, r -> r.remove, TableRow::number);

    TablesEditor() {
        Button add = new Button(getTranslation("editor.table.add"), click -> {
            String room = rows.isEmpty() ? "" : rows.get(rows.size() - 1).room.getValue();
            addRow(new TableRow(null, room, "", 8, false));
            rows.get(rows.size() - 1).label.focus();
        });
        add.setId("table-add");
        add(new Paragraph(getTranslation("editor.tables.help")), list, add, new AddTablesField(this::addTables));
    }

    void read(RegionalEvent event) {
        list.clearRows();
        for (Room room : event.rooms()) {
            room.tables()
                    .forEach(t -> addRow(new TableRow(t.id(), room.name(), t.label(), t.capacity(), t.accessible())));
        }
    }

    /** n new tables like the last one (room, seats, step-free access), named on from the highest "Bord N". */
    void addTables(int n) {
        TableRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        int next = rows.stream()
                        .map(t -> t.label.getValue().replaceAll("\\D+", ""))
                        .filter(digits -> !digits.isEmpty() && digits.length() < 6)
                        .mapToInt(Integer::parseInt)
                        .max()
                        .orElse(0)
                + 1;
        for (int i = 0; i < n; i++) {
            addRow(new TableRow(
                    null,
                    last == null ? "" : last.room.getValue(),
                    getTranslation("editor.table.defaultLabel", next + i),
                    last == null ? 8 : last.capacity.getValue(),
                    last != null && last.accessible.getValue()));
        }
    }

    private void addRow(TableRow row) {
        list.addRow(row);
    }
}
