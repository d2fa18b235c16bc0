package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.organiser.EventSection;

/**
 * Starts a new regional event with what it cannot do without: a name, a date and a venue. The
 * rest (rounds, rooms, tables, co-organisers) follows in the editor, which opens next.
 */
public class NewEventDialog extends Dialog {
    final TextField name = new TextField();
    final DatePicker date = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final Paragraph error = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();

    /** What the dialog asks for. */
    private static final class Draft {
        String name = "";
        java.time.LocalDate date;
        String venueName = "";
        String venueAddress = "";
        Municipality municipality;
    }

    public NewEventDialog(EventEditing editing, ReferenceDataRepository references) {
        setHeaderTitle(getTranslation("events.new.title"));
        name.setLabel(getTranslation("events.new.name"));
        name.setId("new-event-name");
        date.setLabel(getTranslation("events.new.date"));
        date.setId("new-event-date");
        venueName.setLabel(getTranslation("events.new.venue"));
        venueName.setId("new-event-venue");
        venueAddress.setLabel(getTranslation("events.new.address"));
        venueAddress.setId("new-event-address");
        municipality.setLabel(getTranslation("events.new.municipality"));
        municipality.setId("new-event-municipality");
        municipality.setItems(references.municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name))
                .toList());
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        String required = getTranslation("events.new.required");
        binder.forField(name)
                .withValidator(v -> !v.isBlank(), required)
                .withConverter(String::strip, v -> v)
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(date).asRequired(required).bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(venueName)
                .withValidator(v -> !v.isBlank(), required)
                .withConverter(String::strip, v -> v)
                .bind(d -> d.venueName, (d, v) -> d.venueName = v);
        binder.forField(venueAddress)
                .withValidator(v -> !v.isBlank(), required)
                .withConverter(String::strip, v -> v)
                .bind(d -> d.venueAddress, (d, v) -> d.venueAddress = v);
        binder.forField(municipality).asRequired(required).bind(d -> d.municipality, (d, v) -> d.municipality = v);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, venueName, venueAddress}) {
            field.setRequiredIndicatorVisible(true);
        }
        error.setId("new-event-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("error-text");

        binder.readBean(new Draft());
        FormLayout form = new FormLayout(name, date, venueName, venueAddress, municipality);
        add(form, error);
        Button create = new Button(getTranslation("events.new.create"), click -> create(editing));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-event-create");
        Button cancel = new Button(getTranslation("events.new.cancel"), click -> close());
        getFooter().add(cancel, create);
    }

    private void create(EventEditing editing) {
        Draft d = new Draft();
        if (!binder.writeBeanIfValid(d)) {
            return;
        }
        try {
            RegionalEvent event = editing.create(d.name, d.date, d.venueName, d.venueAddress, d.municipality.number());
            close();
            UI.getCurrent().navigate(EventSection.DETAILS.href(event.id()));
        } catch (DomainException e) {
            // Keep everything typed; say what is wrong.
            error.setText(getTranslation("events.new.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)));
        }
    }
}
