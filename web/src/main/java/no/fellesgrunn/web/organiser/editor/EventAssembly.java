package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.web.i18n.DomainMessages;

/**
 * Puts the edited event together from the editor's sections and lets the event's own rules judge
 * it ({@link RegionalEvent}, {@link RegistrationWindow}, {@link Round}, {@link RoundTable}): the
 * editor repeats none of them. Each rule the edit breaks is shown on the field it is about, and the
 * rounds and tables are offered to the event one by one, so every broken rule is shown at once, not
 * only the first.
 */
final class EventAssembly {
    private final Component i18n;
    private boolean broken;
    private String unplaced;

    EventAssembly(Component i18n) {
        this.i18n = i18n;
    }

    /**
     * @param stored  the event as opened (id, version, challenges, room ids)
     * @param details the details as typed, or null when a required one is missing
     * @return the edited event, or null when a rule is broken (then shown on its field)
     */
    RegionalEvent assemble(
            RegionalEvent stored,
            DetailsForm form,
            DetailsForm.Details details,
            List<RoundRow> roundRows,
            List<TableRow> tableRows,
            Set<UUID> organisers) {
        broken = details == null;
        unplaced = null;
        LocalDate day = form.day();
        RegistrationWindow window = null;
        RegionalEvent withDetails = null;
        if (details != null) {
            try {
                window = new RegistrationWindow(details.opens, details.closes);
                Set<String> counties =
                        details.counties.stream().map(County::code).collect(Collectors.toSet());
                Venue venue = new Venue(details.venueName, details.venueAddress, details.municipality.number());
                withDetails = new RegionalEvent(
                        stored.id(),
                        details.name,
                        day,
                        venue,
                        counties,
                        organisers,
                        List.of(),
                        List.of(),
                        List.of(),
                        window,
                        details.status == null ? stored.status() : details.status,
                        stored.version());
            } catch (DomainException rule) {
                refuse(
                        rule,
                        switch (rule.error() == null ? DomainError.REQUIRED : rule.error()) {
                            case REGISTRATION_CLOSES_BEFORE_OPENS ->
                                field(form.registrationCloses, "editor.error.closes.before.opens");
                            case REGISTRATION_CLOSES_AFTER_EVENT ->
                                field(form.registrationCloses, "editor.error.closes.after.event");
                            case VENUE_OUTSIDE_COUNTIES -> field(form.venueMunicipality, "editor.error.venue.county");
                            default -> null;
                        });
            }
        }
        if (day == null) {
            // Rounds are times on the event day: without a day they are only checked for being filled in.
            roundRows.forEach(RoundRow::write);
            tableRows.forEach(TableRow::write);
            return null;
        }
        // The rounds and tables are judged on the edited event, or on the stored one moved to the new day.
        RegionalEvent base = withDetails != null
                ? withDetails
                : new RegionalEvent(
                        stored.id(),
                        stored.name(),
                        day,
                        stored.venue(),
                        stored.counties(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        new RegistrationWindow(day, day),
                        stored.status(),
                        stored.version());
        List<Round> rounds = rounds(base, roundRows);
        List<Room> rooms = rooms(stored, base, tableRows);
        if (broken) {
            return null;
        }
        try {
            return new RegionalEvent(
                    stored.id(),
                    withDetails.name(),
                    day,
                    withDetails.venue(),
                    withDetails.counties(),
                    organisers,
                    rounds,
                    rooms,
                    stored.challenges(),
                    window,
                    withDetails.status(),
                    stored.version());
        } catch (DomainException rule) {
            refuse(rule, null);
            return null;
        }
    }

    /** The rounds in order, each offered to the event after those before it. */
    private List<Round> rounds(RegionalEvent base, List<RoundRow> rows) {
        List<Round> accepted = new ArrayList<>();
        for (RoundRow row : rows) {
            LocalTime[] times = row.write();
            if (times == null) {
                broken = true;
                continue;
            }
            try {
                Round round = new Round(
                        row.id == null ? UUID.randomUUID() : row.id,
                        accepted.size() + 1,
                        base.date().atTime(times[0]),
                        base.date().atTime(times[1]));
                List<Round> tried = new ArrayList<>(accepted);
                tried.add(round);
                base.withRounds(tried);
                row.id = round.id();
                accepted.add(round);
            } catch (DomainException rule) {
                refuse(
                        rule,
                        switch (rule.error() == null ? DomainError.REQUIRED : rule.error()) {
                            case ROUND_ENDS_BEFORE_START -> field(row.end, "editor.error.round.end");
                            case ROUNDS_OVERLAP -> field(row.start, "editor.error.round.overlap");
                            default -> null;
                        });
            }
        }
        return accepted;
    }

    /** The tables grouped into rooms by room name (a room keeps its id while its name stays), each offered after those before it. */
    private List<Room> rooms(RegionalEvent stored, RegionalEvent base, List<TableRow> rows) {
        Map<String, UUID> roomIds = stored.rooms().stream()
                .collect(Collectors.toMap(r -> r.name().toLowerCase(Locale.ROOT), Room::id, (a, b) -> a));
        Map<String, List<RoundTable>> byRoom = new LinkedHashMap<>();
        Map<String, String> roomNames = new LinkedHashMap<>();
        List<Room> accepted = List.of();
        for (TableRow row : rows) {
            TableRow.Table typed = row.write();
            if (typed == null) {
                broken = true;
                continue;
            }
            try {
                RoundTable table = new RoundTable(
                        row.id == null ? UUID.randomUUID() : row.id, typed.label, typed.capacity, typed.accessible);
                String key = typed.room.toLowerCase(Locale.ROOT);
                Map<String, List<RoundTable>> tried = new LinkedHashMap<>();
                byRoom.forEach((k, v) -> tried.put(k, new ArrayList<>(v)));
                tried.computeIfAbsent(key, k -> new ArrayList<>()).add(table);
                Map<String, String> names = new LinkedHashMap<>(roomNames);
                names.putIfAbsent(key, typed.room);
                roomIds.computeIfAbsent(key, k -> UUID.randomUUID());
                List<Room> rooms = tried.entrySet().stream()
                        .map(e -> new Room(roomIds.get(e.getKey()), names.get(e.getKey()), e.getValue()))
                        .toList();
                base.withRooms(rooms);
                row.id = table.id();
                byRoom.clear();
                byRoom.putAll(tried);
                roomNames.putAll(names);
                accepted = rooms;
            } catch (DomainException rule) {
                refuse(
                        rule,
                        switch (rule.error() == null ? DomainError.REQUIRED : rule.error()) {
                            case TABLE_CAPACITY -> field(row.capacity, "editor.error.capacity");
                            case TABLE_LABEL_TWICE -> field(row.label, "editor.error.label.taken");
                            default -> null;
                        });
            }
        }
        return accepted;
    }

    /** A broken rule shown on its field; one the editor has no field for is kept for the save message. */
    private void refuse(DomainException rule, Runnable showOnField) {
        broken = true;
        if (showOnField != null) {
            showOnField.run();
        } else if (unplaced == null) {
            unplaced = DomainMessages.text(i18n, rule);
        }
    }

    /** The first broken rule that has no field of its own, in the reader's language, or null. */
    String unplaced() {
        return unplaced;
    }

    private Runnable field(HasValidation field, String key) {
        return () -> {
            field.setErrorMessage(i18n.getTranslation(key));
            field.setInvalid(true);
        };
    }
}
