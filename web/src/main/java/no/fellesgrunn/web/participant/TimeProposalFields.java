package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** Up to three date-and-time fields for proposing meeting times, each with its own label. */
class TimeProposalFields extends Div {
    private final List<DateTimePicker> pickers;

    TimeProposalFields(Component t, String idPrefix) {
        pickers = List.of(picker(t, 1, idPrefix), picker(t, 2, idPrefix), picker(t, 3, idPrefix));
        pickers.forEach(this::add);
    }

    private static DateTimePicker picker(Component t, int n, String idPrefix) {
        DateTimePicker picker = no.fellesgrunn.web.i18n.Pickers.localised(
                new DateTimePicker(t.getTranslation("participant.chat.time", n)));
        picker.setStep(Duration.ofMinutes(15));
        picker.setId(idPrefix + "-time-" + n);
        picker.getElement().setAttribute("aria-label", t.getTranslation("participant.chat.time", n));
        picker.setDatePlaceholder(t.getTranslation("participant.chat.time.date"));
        picker.setTimePlaceholder(t.getTranslation("participant.chat.time.clock"));
        return picker;
    }

    List<LocalDateTime> times() {
        return pickers.stream()
                .map(DateTimePicker::getValue)
                .filter(Objects::nonNull)
                .toList();
    }
}
