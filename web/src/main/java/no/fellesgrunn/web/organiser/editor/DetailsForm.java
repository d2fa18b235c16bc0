package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.web.i18n.Pickers;

/**
 * The event's details, venue, registration window and status, on a {@link Binder}: the binder
 * says what is missing; whether the values fit together (the venue in a covered county, the window
 * before the event) is the event's rule, checked by {@link EventAssembly}.
 */
class DetailsForm extends FormLayout {
    /** The details as the form edits them. */
    static final class Details {
        String name;
        LocalDate date;
        String venueName;
        String venueAddress;
        Municipality municipality;
        Set<County> counties = Set.of();
        LocalDate opens;
        LocalDate closes;
        EventStatus status;
    }

    final TextField name = new TextField();
    final DatePicker date = Pickers.localised(new DatePicker());
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final ComboBox<Municipality> venueMunicipality = new ComboBox<>();
    final MultiSelectComboBox<County> eventCounties = new MultiSelectComboBox<>();
    final DatePicker registrationOpens = Pickers.localised(new DatePicker());
    final DatePicker registrationCloses = Pickers.localised(new DatePicker());
    final Select<EventStatus> status = new Select<>();
    private final Binder<Details> binder = new Binder<>();
    private final List<Municipality> municipalities;
    private final List<County> counties;

    DetailsForm(List<Municipality> municipalities, List<County> counties) {
        this.municipalities = municipalities;
        this.counties = counties;
        String required = getTranslation("editor.error.required");
        name.setLabel(getTranslation("editor.name"));
        name.setId("editor-name");
        name.setMaxLength(200);
        binder.forField(name).asRequired(required).bind(d -> d.name, (d, v) -> d.name = v);
        date.setLabel(getTranslation("editor.date"));
        date.setId("editor-date");
        binder.forField(date).asRequired(required).bind(d -> d.date, (d, v) -> d.date = v);
        venueName.setLabel(getTranslation("editor.venue.name"));
        venueName.setId("editor-venue-name");
        venueName.setMaxLength(200);
        binder.forField(venueName).asRequired(required).bind(d -> d.venueName, (d, v) -> d.venueName = v);
        venueAddress.setLabel(getTranslation("editor.venue.address"));
        venueAddress.setId("editor-venue-address");
        venueAddress.setMaxLength(300);
        binder.forField(venueAddress).bind(d -> d.venueAddress, (d, v) -> d.venueAddress = v);
        venueMunicipality.setLabel(getTranslation("editor.venue.municipality"));
        venueMunicipality.setId("editor-venue-municipality");
        venueMunicipality.setItems(municipalities);
        venueMunicipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        binder.forField(venueMunicipality).asRequired(required).bind(d -> d.municipality, (d, v) -> d.municipality = v);
        eventCounties.setLabel(getTranslation("editor.counties"));
        eventCounties.setId("editor-counties");
        eventCounties.setItems(counties);
        eventCounties.setItemLabelGenerator(County::name);
        binder.forField(eventCounties).asRequired(required).bind(d -> d.counties, (d, v) -> d.counties = v);
        registrationOpens.setLabel(getTranslation("editor.registration.opens"));
        registrationOpens.setId("editor-registration-opens");
        binder.forField(registrationOpens).asRequired(required).bind(d -> d.opens, (d, v) -> d.opens = v);
        registrationCloses.setLabel(getTranslation("editor.registration.closes"));
        registrationCloses.setId("editor-registration-closes");
        binder.forField(registrationCloses).asRequired(required).bind(d -> d.closes, (d, v) -> d.closes = v);
        status.setLabel(getTranslation("editor.status"));
        status.setId("editor-status");
        status.setItemLabelGenerator(s -> getTranslation("events.status." + s.name()));
        binder.forField(status).bind(d -> d.status, (d, v) -> d.status = v);
        add(
                name,
                date,
                venueName,
                venueAddress,
                venueMunicipality,
                eventCounties,
                registrationOpens,
                registrationCloses,
                status);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
    }

    /** Shows a stored event. */
    void read(RegionalEvent e) {
        Details d = new Details();
        d.name = e.name();
        d.date = e.date();
        d.venueName = e.venue().name();
        d.venueAddress = e.venue().address() == null ? "" : e.venue().address();
        d.municipality = municipalities.stream()
                .filter(m -> m.number().equals(e.venue().municipalityNumber()))
                .findFirst()
                .orElse(null);
        d.counties =
                counties.stream().filter(c -> e.counties().contains(c.code())).collect(Collectors.toSet());
        d.opens = e.registrationWindow().opens();
        d.closes = e.registrationWindow().closes();
        d.status = e.status();
        showStatus(e.status());
        binder.readBean(d);
    }

    /** The statuses the event can be given: the one it has and those it may move to. */
    void showStatus(EventStatus current) {
        List<EventStatus> choices = new ArrayList<>();
        choices.add(current);
        choices.addAll(current.next());
        status.setItems(choices);
        status.setValue(current);
    }

    /** The details as typed, or null when a required one is missing (then marked on its field). */
    Details write() {
        Details d = new Details();
        return binder.writeBeanIfValid(d) ? d : null;
    }

    /** The event day as typed, whatever else is missing. */
    LocalDate day() {
        return date.getValue();
    }
}
