package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.fellesgrunn.domain.event.RegionalEvent;

/** The event's rounds, one {@link RoundRow} each, numbered by their place; a new round starts 15 minutes after the last. */
class RoundsEditor extends Div {
    final List<RoundRow> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    RoundsEditor() {
        list.setPadding(false);
        list.setSpacing(false);
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
        rows.clear();
        list.removeAll();
        event.rounds()
                .forEach(r -> addRow(
                        new RoundRow(r.id(), r.start().toLocalTime(), r.end().toLocalTime())));
    }

    private void addRow(RoundRow row) {
        rows.add(row);
        list.add(row);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            list.remove(row);
            renumber();
        });
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }
}
