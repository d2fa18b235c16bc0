package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalTime;
import java.util.UUID;

/** One round in the editor: start and end time. Keeps the round's id, since registrations point at it. */
class RoundRow extends HorizontalLayout {
    /** Null until the row is first saved; then fixed, so saving again updates the same round/table. */
    UUID id;

    final Span number = new Span();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Button remove = new Button();
    private final Binder<LocalTime[]> binder = new Binder<>();

    RoundRow(UUID id, LocalTime startTime, LocalTime endTime) {
        this.id = id;
        String required = getTranslation("editor.error.required");
        binder.forField(start).asRequired(required).bind(t -> t[0], (t, v) -> t[0] = v);
        binder.forField(end).asRequired(required).bind(t -> t[1], (t, v) -> t[1] = v);
        binder.readBean(new LocalTime[] {startTime, endTime});
        start.setStep(java.time.Duration.ofMinutes(5));
        end.setStep(java.time.Duration.ofMinutes(5));
        start.setRequiredIndicatorVisible(true);
        end.setRequiredIndicatorVisible(true);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(number, start, end, remove);
    }

    /** Labels and ids follow the round's place in the list, so they stay right after a removal. */
    void number(int n) {
        number.setText(getTranslation("editor.round.number", n));
        start.setLabel(getTranslation("editor.round.start", n));
        end.setLabel(getTranslation("editor.round.end", n));
        remove.setText(getTranslation("editor.round.remove", n));
        start.setId("round-start-" + n);
        end.setId("round-end-" + n);
        remove.setId("round-remove-" + n);
    }

    /** Start and end as typed, or null when one is missing (then marked on its field). */
    LocalTime[] write() {
        LocalTime[] times = new LocalTime[2];
        return binder.writeBeanIfValid(times) ? times : null;
    }
}
