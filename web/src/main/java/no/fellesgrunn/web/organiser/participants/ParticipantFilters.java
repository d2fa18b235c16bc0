package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.RegistrationStatus;

/** Search and filters over an event's participants; every change is applied at once. */
class ParticipantFilters extends HorizontalLayout {
    final TextField search = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>();
    final ComboBox<Perspective> perspective = new ComboBox<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final ComboBox<RegistrationStatus> status = new ComboBox<>();

    /**
     * @param municipalityNames municipality names by number, in the order to list them
     * @param changed           applies the filter (the grid and the count)
     */
    ParticipantFilters(
            List<Theme> themes,
            Function<Theme, String> themeName,
            Map<String, String> municipalityNames,
            Runnable changed) {
        search.setLabel(getTranslation("participants.search"));
        search.setId("participants-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        sector.setLabel(getTranslation("participants.sector"));
        sector.setId("participants-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("dashboard.sector." + s.name()));
        perspective.setLabel(getTranslation("participants.perspective"));
        perspective.setId("participants-perspective");
        perspective.setItems(Perspective.values());
        perspective.setItemLabelGenerator(p -> getTranslation("dashboard.perspective." + p.name()));
        theme.setLabel(getTranslation("participants.theme"));
        theme.setId("participants-theme");
        theme.setItems(themes);
        theme.setItemLabelGenerator(themeName::apply);
        municipality.setLabel(getTranslation("participants.municipality"));
        municipality.setId("participants-municipality");
        municipality.setItems(municipalityNames.entrySet().stream()
                .map(e -> new Municipality(e.getKey(), e.getValue()))
                .toList());
        municipality.setItemLabelGenerator(Municipality::name);
        status.setLabel(getTranslation("participants.status"));
        status.setId("participants-status");
        status.setItems(RegistrationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("participants.regstatus." + s.name()));
        for (var field : List.of(sector, perspective, theme, municipality, status)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> changed.run());
        }
        search.addValueChangeListener(e -> changed.run());
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(search, sector, perspective, theme, municipality, status);
    }

    ParticipantFilter current() {
        return new ParticipantFilter(
                search.getValue(),
                sector.getValue(),
                perspective.getValue(),
                theme.getValue() == null ? null : theme.getValue().key(),
                municipality.getValue() == null ? null : municipality.getValue().number(),
                status.getValue());
    }
}
