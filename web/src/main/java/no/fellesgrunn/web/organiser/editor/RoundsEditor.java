package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.fellesgrunn.domain.event.RegionalEvent;

/** The event's rounds, one {@link RoundRow} each, numbered by their place; a new round starts 15 minutes after the last. */
class RoundsEditor extends Div {
    final List<RoundRow> rows = new ArrayList<>();
    private final NumberedRows<RoundRow> list = new NumberedRows<>(rows, r -> r.remove, RoundRow::number);

    RoundsEditor() {
        Button add = new Button(getTranslation("editor.round.add"), click -> {
            LocalTime start = rows.isEmpty() || rows.get(rows.size() - 1).end.getValue() == null
                    ? LocalTime.of(10, 0)
                    : rows.get(rows.size() - 1).end.getValue().plusMinutes(15);
            addRow(new RoundRow(null, start, start.plusMinutes(45)));
            rows.get(rows.size() - 1).start.focus();
        });
        add.setId("round-add");
        add(list, add);
    }

    void read(RegionalEvent event) {
        list.clearRows();
        event.rounds()
                .forEach(r -> addRow(
                        new RoundRow(r.id(), r.start().toLocalTime(), r.end().toLocalTime())));
    }

    private void addRow(RoundRow row) {
        list.addRow(row);
    }
}
