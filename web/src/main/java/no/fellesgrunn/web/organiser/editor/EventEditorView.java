package no.fellesgrunn.web.organiser.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;

/**
 * The event editor: details, venue, registration window, status, rounds (time pickers), rooms and
 * tables, and co-organisers. Every field is checked before saving and a problem is shown on the
 * field; when another organiser saved first, the save is refused with their name and the input
 * stays in the form.
 * <p>
 * Over 300 lines: not yet split into one component per section on a Binder (issue 17).
 */
@Route("organiser/events/:eventId/details")
@RolesAllowed("ORGANISER")
public class EventEditorView extends EventPage {
    private final EventEditing editing;
    private final List<Municipality> municipalities;
    private final List<County> counties;

    final TextField name = new TextField();
    final DatePicker date = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final ComboBox<Municipality> venueMunicipality = new ComboBox<>();
    final MultiSelectComboBox<County> eventCounties = new MultiSelectComboBox<>();
    final DatePicker registrationOpens = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());
    final DatePicker registrationCloses = no.fellesgrunn.web.i18n.Pickers.localised(new DatePicker());
    final Select<EventStatus> status = new Select<>();
    final List<RoundRow> rounds = new ArrayList<>();
    final List<TableRow> tables = new ArrayList<>();
    final VerticalLayout roundList = new VerticalLayout();
    final VerticalLayout tableList = new VerticalLayout();
    final UnorderedList organiserList = new UnorderedList();
    final ComboBox<Actor> organiserSearch = new ComboBox<>();
    final Set<UUID> organisers = new LinkedHashSet<>();
    final Map<UUID, String> organiserNames = new HashMap<>();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private UUID me;
    private List<com.vaadin.flow.component.Component> sections = List.of();

    private final no.fellesgrunn.web.security.AccountNames names;

    public EventEditorView(OrganiserEvents organiserEvents, EventEditing editing, ReferenceDataRepository reference,
                           no.fellesgrunn.web.security.AccountNames names) {
        super(organiserEvents, EventSection.DETAILS);
        this.editing = editing;
        this.names = names;
        this.municipalities = reference.municipalities().stream().sorted(Comparator.comparing(Municipality::name)).toList();
        this.counties = reference.counties();
    }

    @Override
    protected void build() {
        sections = List.of(detailsSection(), roundsSection(), tablesSection(), organisersSection(), saveBar());
    }

    @Override
    protected void render(RegionalEvent loaded) {
        me = organiserEvents.me().map(Actor::id).orElse(null);
        rounds.clear();
        tables.clear();
        roundList.removeAll();
        tableList.removeAll();
        organisers.clear();
        message.setText("");
        sections.forEach(this::add);
        fill(loaded);
    }

    private Section detailsSection() {
        name.setLabel(getTranslation("editor.name"));
        name.setId("editor-name");
        name.setRequired(true);
        name.setMaxLength(200);
        date.setLabel(getTranslation("editor.date"));
        date.setId("editor-date");
        date.setRequired(true);
        venueName.setLabel(getTranslation("editor.venue.name"));
        venueName.setId("editor-venue-name");
        venueName.setRequired(true);
        venueName.setMaxLength(200);
        venueAddress.setLabel(getTranslation("editor.venue.address"));
        venueAddress.setId("editor-venue-address");
        venueAddress.setMaxLength(300);
        venueMunicipality.setLabel(getTranslation("editor.venue.municipality"));
        venueMunicipality.setId("editor-venue-municipality");
        venueMunicipality.setRequired(true);
        venueMunicipality.setItems(municipalities);
        venueMunicipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        eventCounties.setLabel(getTranslation("editor.counties"));
        eventCounties.setId("editor-counties");
        eventCounties.setRequired(true);
        eventCounties.setItems(counties);
        eventCounties.setItemLabelGenerator(County::name);
        registrationOpens.setLabel(getTranslation("editor.registration.opens"));
        registrationOpens.setId("editor-registration-opens");
        registrationOpens.setRequired(true);
        registrationCloses.setLabel(getTranslation("editor.registration.closes"));
        registrationCloses.setId("editor-registration-closes");
        registrationCloses.setRequired(true);
        status.setLabel(getTranslation("editor.status"));
        status.setId("editor-status");
        status.setItemLabelGenerator(s -> getTranslation("events.status." + s.name()));
        FormLayout form = new FormLayout(name, date, venueName, venueAddress, venueMunicipality, eventCounties,
                registrationOpens, registrationCloses, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        return section("editor.details.title", form);
    }

    private Section roundsSection() {
        roundList.setPadding(false);
        roundList.setSpacing(false);
        Button add = new Button(getTranslation("editor.round.add"), click -> {
            LocalTime start = rounds.isEmpty() || rounds.get(rounds.size() - 1).end.getValue() == null
                    ? LocalTime.of(10, 0) : rounds.get(rounds.size() - 1).end.getValue().plusMinutes(15);
            addRound(new RoundRow(null, start, start.plusMinutes(45)));
            rounds.get(rounds.size() - 1).start.focus();
        });
        add.setId("round-add");
        return section("editor.rounds.title", roundList, add);
    }

    private Section tablesSection() {
        tableList.setPadding(false);
        tableList.setSpacing(false);
        Button add = new Button(getTranslation("editor.table.add"), click -> {
            String room = tables.isEmpty() ? "" : tables.get(tables.size() - 1).room.getValue();
            addTable(new TableRow(null, room, "", 8, false));
            tables.get(tables.size() - 1).label.focus();
        });
        add.setId("table-add");
        Paragraph help = new Paragraph(getTranslation("editor.tables.help"));
        return section("editor.tables.title", help, tableList, add, new AddTablesField(this::addTables));
    }

    /** n new tables like the last one (room, seats, step-free access), named on from the highest "Bord N". */
    void addTables(int n) {
        TableRow last = tables.isEmpty() ? null : tables.get(tables.size() - 1);
        int next = tables.stream().map(t -> t.label.getValue().replaceAll("\\D+", ""))
                .filter(digits -> !digits.isEmpty() && digits.length() < 6).mapToInt(Integer::parseInt).max().orElse(0) + 1;
        for (int i = 0; i < n; i++) {
            addTable(new TableRow(null, last == null ? "" : last.room.getValue(), getTranslation("editor.table.defaultLabel", next + i),
                    last == null ? 8 : last.capacity.getValue(), last != null && last.accessible.getValue()));
        }
    }

    private Section organisersSection() {
        organiserList.setId("organiser-list");
        organiserSearch.setLabel(getTranslation("editor.organisers.search"));
        organiserSearch.setId("organiser-search");
        organiserSearch.setItemLabelGenerator(a -> a.name() + " <" + a.email().value() + ">");
        organiserSearch.setItems(query -> editing.findActors(eventId(), query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        organiserSearch.setWidth("28em");
        Button add = new Button(getTranslation("editor.organisers.add"), click -> {
            Actor picked = organiserSearch.getValue();
            if (picked == null) {
                organiserSearch.setErrorMessage(getTranslation("editor.organisers.pick"));
                organiserSearch.setInvalid(true);
                return;
            }
            organiserSearch.setInvalid(false);
            organiserNames.put(picked.id(), picked.name());
            organisers.add(picked.id());
            organiserSearch.clear();
            showOrganisers();
        });
        add.setId("organiser-add");
        HorizontalLayout row = new HorizontalLayout(organiserSearch, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("editor.organisers.title", organiserList, row);
    }

    private Div saveBar() {
        save.setText(getTranslation("editor.save"));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button reload = new Button(getTranslation("editor.reload"), click -> {
            event = editing.load(eventId());
            showEvent();
            message.setText(getTranslation("editor.reloaded"));
        });
        reload.setId("editor-reload");
        message.setId("editor-message");
        message.getElement().setAttribute("role", "status");
        HorizontalLayout buttons = new HorizontalLayout(save, reload);
        return new Div(buttons, message);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        H2 title = new H2(getTranslation(titleKey));
        Section section = new Section(title);
        section.add(content);
        return section;
    }

    private void fill(RegionalEvent e) {
        name.setValue(e.name());
        date.setValue(e.date());
        venueName.setValue(e.venue().name());
        venueAddress.setValue(e.venue().address() == null ? "" : e.venue().address());
        venueMunicipality.setValue(municipalities.stream()
                .filter(m -> m.number().equals(e.venue().municipalityNumber())).findFirst().orElse(null));
        eventCounties.setValue(counties.stream().filter(c -> e.counties().contains(c.code())).collect(Collectors.toSet()));
        registrationOpens.setValue(e.registrationWindow().opens());
        registrationCloses.setValue(e.registrationWindow().closes());
        List<EventStatus> choices = new ArrayList<>();
        choices.add(e.status());
        choices.addAll(e.status().next());
        status.setItems(choices);
        status.setValue(e.status());
        e.rounds().forEach(r -> addRound(new RoundRow(r.id(), r.start().toLocalTime(), r.end().toLocalTime())));
        for (Room room : e.rooms()) {
            room.tables().forEach(t -> addTable(new TableRow(t.id(), room.name(), t.label(), t.capacity(), t.accessible())));
        }
        organisers.addAll(e.organisers());
        editing.organisers(e.id()).forEach(a -> organiserNames.put(a.id(), a.name()));
        showOrganisers();
    }

    private void addRound(RoundRow row) {
        rounds.add(row);
        roundList.add(row);
        row.remove.addClickListener(click -> {
            rounds.remove(row);
            roundList.remove(row);
            renumber();
        });
        renumber();
    }

    private void addTable(TableRow row) {
        tables.add(row);
        tableList.add(row);
        row.remove.addClickListener(click -> {
            tables.remove(row);
            tableList.remove(row);
            renumber();
        });
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rounds.size(); i++) {
            rounds.get(i).number(i + 1);
        }
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).number(i + 1);
        }
    }

    private void showOrganisers() {
        organiserList.removeAll();
        for (UUID id : organisers) {
            Span who = new Span(organiserNames.getOrDefault(id, id.toString()));
            ListItem item = new ListItem(who);
            if (!id.equals(me)) {
                Button remove = new Button(getTranslation("editor.organisers.remove", organiserNames.get(id)), click -> {
                    organisers.remove(id);
                    showOrganisers();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            } else {
                item.add(new Span(" " + getTranslation("editor.organisers.you")));
            }
            organiserList.add(item);
        }
    }

    /** Checks every field, marks the bad ones, and saves only a fully valid event. */
    void save() {
        message.setText("");
        List<HasValidation> invalid = new ArrayList<>();
        RegionalEvent edited = build(invalid);
        if (!invalid.isEmpty() || edited == null) {
            if (message.getText().isEmpty()) {
                message.setText(getTranslation("editor.invalid"));
            }
            return;
        }
        try {
            event = editing.save(eventId(), edited);
            message.setText(getTranslation("editor.saved"));
            // Later saves must carry the new version; the form keeps what is shown.
            status.setItems(statusChoices(event.status()));
            status.setValue(event.status());
        } catch (StaleEditException stale) {
            message.setText(getTranslation("editor.stale", names.nameOf(stale.lastEditedBy(), getTranslation("person.someone"))));
        } catch (DomainException refused) {
            message.setText(getTranslation("editor.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }

    private static List<EventStatus> statusChoices(EventStatus current) {
        List<EventStatus> choices = new ArrayList<>();
        choices.add(current);
        choices.addAll(current.next());
        return choices;
    }

    private RegionalEvent build(List<HasValidation> invalid) {
        for (HasValidation field : List.<HasValidation>of(name, date, venueName, venueMunicipality, eventCounties,
                registrationOpens, registrationCloses)) {
            field.setInvalid(false);
        }
        rounds.forEach(RoundRow::clearErrors);
        tables.forEach(TableRow::clearErrors);

        required(name, name.getValue().isBlank(), invalid);
        required(date, date.getValue() == null, invalid);
        required(venueName, venueName.getValue().isBlank(), invalid);
        required(venueMunicipality, venueMunicipality.getValue() == null, invalid);
        required(eventCounties, eventCounties.getValue().isEmpty(), invalid);
        required(registrationOpens, registrationOpens.getValue() == null, invalid);
        required(registrationCloses, registrationCloses.getValue() == null, invalid);
        Set<String> countyCodes = eventCounties.getValue().stream().map(County::code).collect(Collectors.toSet());
        if (venueMunicipality.getValue() != null && !countyCodes.isEmpty()
                && !countyCodes.contains(venueMunicipality.getValue().countyCode())) {
            error(venueMunicipality, "editor.error.venue.county", invalid);
        }
        LocalDate day = date.getValue();
        if (registrationOpens.getValue() != null && registrationCloses.getValue() != null
                && registrationCloses.getValue().isBefore(registrationOpens.getValue())) {
            error(registrationCloses, "editor.error.closes.before.opens", invalid);
        } else if (day != null && registrationCloses.getValue() != null && registrationCloses.getValue().isAfter(day)) {
            error(registrationCloses, "editor.error.closes.after.event", invalid);
        }

        List<Round> newRounds = new ArrayList<>();
        LocalTime previousEnd = null;
        for (int i = 0; i < rounds.size(); i++) {
            RoundRow row = rounds.get(i);
            LocalTime start = row.start.getValue();
            LocalTime end = row.end.getValue();
            required(row.start, start == null, invalid);
            required(row.end, end == null, invalid);
            if (start == null || end == null) {
                previousEnd = null;
                continue;
            }
            if (!end.isAfter(start)) {
                error(row.end, "editor.error.round.end", invalid);
            } else if (previousEnd != null && start.isBefore(previousEnd)) {
                error(row.start, "editor.error.round.overlap", invalid);
            }
            previousEnd = end;
            if (day != null && end.isAfter(start)) {
                if (row.id == null) {
                    row.id = UUID.randomUUID();
                }
                newRounds.add(new Round(row.id, i + 1,
                        day.atTime(start), day.atTime(end)));
            }
        }

        Set<String> labels = new HashSet<>();
        Map<String, List<RoundTable>> byRoom = new LinkedHashMap<>();
        Map<String, String> roomNames = new LinkedHashMap<>();
        for (TableRow row : tables) {
            String room = row.room.getValue().strip();
            String label = row.label.getValue().strip();
            Integer capacity = row.capacity.getValue();
            required(row.room, room.isEmpty(), invalid);
            required(row.label, label.isEmpty(), invalid);
            if (capacity == null || capacity < 1) {
                error(row.capacity, "editor.error.capacity", invalid);
            }
            if (!label.isEmpty() && !labels.add(label.toLowerCase(Locale.ROOT))) {
                error(row.label, "editor.error.label.taken", invalid);
            }
            if (!room.isEmpty() && !label.isEmpty() && capacity != null && capacity >= 1) {
                String key = room.toLowerCase(Locale.ROOT);
                roomNames.putIfAbsent(key, room);
                if (row.id == null) {
                    row.id = UUID.randomUUID();
                }
                byRoom.computeIfAbsent(key, k -> new ArrayList<>()).add(
                        new RoundTable(row.id, label, capacity, row.accessible.getValue()));
            }
        }
        if (!invalid.isEmpty()) {
            return null;
        }
        // A room keeps its id when its name is unchanged (plans and exports refer to it).
        Map<String, UUID> roomIds = event.rooms().stream()
                .collect(Collectors.toMap(r -> r.name().toLowerCase(Locale.ROOT), Room::id, (a, b) -> a));
        List<Room> newRooms = byRoom.entrySet().stream().map(e -> new Room(
                roomIds.getOrDefault(e.getKey(), UUID.randomUUID()), roomNames.get(e.getKey()), e.getValue())).toList();
        try {
            Venue venue = new Venue(venueName.getValue(), venueAddress.getValue(), venueMunicipality.getValue().number());
            return new RegionalEvent(event.id(), name.getValue(), day, venue, countyCodes, organisers, newRounds, newRooms,
                    event.challenges(), new RegistrationWindow(registrationOpens.getValue(), registrationCloses.getValue()),
                    status.getValue() == null ? event.status() : status.getValue(), event.version());
        } catch (DomainException rule) {
            message.setText(getTranslation("editor.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, rule)));
            return null;
        }
    }

    private void required(HasValidation field, boolean missing, List<HasValidation> invalid) {
        if (missing) {
            error(field, "editor.error.required", invalid);
        }
    }

    private void error(HasValidation field, String key, List<HasValidation> invalid) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        invalid.add(field);
    }
}
