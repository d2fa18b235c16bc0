package no.fellesgrunn.domain.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import no.fellesgrunn.domain.reference.Municipality;

/**
 * A regional meeting place: a one-day event where actors gather at round tables around the
 * municipalities' selected challenges.
 *
 * @param counties   two-digit numbers of the counties the event covers
 * @param organisers actors in the partnership that runs the event
 * @param rounds     in time order, numbered 1..n, not overlapping
 */
public record RegionalEvent(
        UUID id,
        String name,
        LocalDate date,
        Venue venue,
        Set<String> counties,
        Set<UUID> organisers,
        List<Round> rounds,
        List<Room> rooms,
        List<SelectedChallenge> challenges,
        RegistrationWindow registrationWindow,
        EventStatus status,
        int version) {
    public RegionalEvent {
        Check.notNull(id, "event id");
        name = Check.text(name, "event name", 200);
        Check.notNull(date, "date of " + name);
        Check.notNull(venue, "venue of " + name);
        counties = Check.set(counties, "counties");
        counties.forEach(c -> Check.countyCode(c, "county"));
        if (counties.isEmpty()) {
            throw new DomainException(DomainError.EVENT_WITHOUT_COUNTY, name + " must cover at least one county", name);
        }
        if (!counties.contains(Municipality.countyCodeOf(venue.municipalityNumber()))) {
            throw new DomainException(
                    DomainError.VENUE_OUTSIDE_COUNTIES,
                    "the venue of " + name + " (municipality " + venue.municipalityNumber()
                            + ") is not in a county the event covers " + counties,
                    name,
                    venue.municipalityNumber());
        }
        organisers = Check.set(organisers, "organisers");
        rounds = Check.list(rounds, "rounds");
        checkRounds(rounds, date);
        rooms = Check.list(rooms, "rooms");
        checkRooms(rooms);
        challenges = Check.list(challenges, "challenges");
        checkChallenges(challenges, rounds.size());
        Check.notNull(registrationWindow, "registration window");
        if (registrationWindow.closes().isAfter(date)) {
            throw new DomainException(
                    DomainError.REGISTRATION_CLOSES_AFTER_EVENT,
                    "registration for " + name + " must close on or before the event day " + date,
                    name,
                    date);
        }
        Check.notNull(status, "status");
        Check.version(version);
    }

    public static RegionalEvent plan(
            String name, LocalDate date, Venue venue, Set<String> counties, RegistrationWindow window) {
        return new RegionalEvent(
                Ids.newId(),
                name,
                date,
                venue,
                counties,
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                window,
                EventStatus.PLANNING,
                0);
    }

    public RegionalEvent moveTo(EventStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("event " + name, status, target, status.next());
        }
        return new RegionalEvent(
                id,
                name,
                date,
                venue,
                counties,
                organisers,
                rounds,
                rooms,
                challenges,
                registrationWindow,
                target,
                version);
    }

    public RegionalEvent withRounds(List<Round> newRounds) {
        return new RegionalEvent(
                id,
                name,
                date,
                venue,
                counties,
                organisers,
                newRounds,
                rooms,
                challenges,
                registrationWindow,
                status,
                version);
    }

    public RegionalEvent withRooms(List<Room> newRooms) {
        return new RegionalEvent(
                id,
                name,
                date,
                venue,
                counties,
                organisers,
                rounds,
                newRooms,
                challenges,
                registrationWindow,
                status,
                version);
    }

    public RegionalEvent withChallenges(List<SelectedChallenge> newChallenges) {
        return new RegionalEvent(
                id,
                name,
                date,
                venue,
                counties,
                organisers,
                rounds,
                rooms,
                newChallenges,
                registrationWindow,
                status,
                version);
    }

    public RegionalEvent withOrganisers(Set<UUID> newOrganisers) {
        return new RegionalEvent(
                id,
                name,
                date,
                venue,
                counties,
                newOrganisers,
                rounds,
                rooms,
                challenges,
                registrationWindow,
                status,
                version);
    }

    public RegionalEvent withVersion(int v) {
        return new RegionalEvent(
                id, name, date, venue, counties, organisers, rounds, rooms, challenges, registrationWindow, status, v);
    }

    public Stream<RoundTable> tables() {
        return rooms.stream().flatMap(r -> r.tables().stream());
    }

    /** The room of each table, by table id. */
    public java.util.Map<UUID, Room> roomOfTable() {
        java.util.Map<UUID, Room> roomOf = new java.util.HashMap<>();
        rooms.forEach(room -> room.tables().forEach(table -> roomOf.put(table.id(), room)));
        return roomOf;
    }

    public Optional<Round> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }

    public Optional<SelectedChallenge> selected(UUID challengeId) {
        return challenges.stream()
                .filter(c -> c.challengeId().equals(challengeId))
                .findFirst();
    }

    public boolean hasRound(UUID roundId) {
        return rounds.stream().anyMatch(r -> r.id().equals(roundId));
    }

    private static void checkRounds(List<Round> rounds, LocalDate date) {
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            if (round.number() != i + 1) {
                throw new DomainException(
                        DomainError.ROUNDS_OUT_OF_ORDER,
                        "rounds must be numbered 1, 2, 3... in order; found round " + round.number() + " in place "
                                + (i + 1),
                        round.number(),
                        i + 1);
            }
            if (!round.start().toLocalDate().equals(date)
                    || !round.end().toLocalDate().equals(date)) {
                throw new DomainException(
                        DomainError.ROUND_NOT_ON_EVENT_DAY,
                        "round " + round.number() + " must take place on the event day " + date,
                        round.number(),
                        date);
            }
            if (i > 0) {
                Round before = rounds.get(i - 1);
                if (round.overlaps(before) || round.start().isBefore(before.start())) {
                    throw new DomainException(
                            DomainError.ROUNDS_OVERLAP,
                            "round " + round.number() + " (" + round.start().toLocalTime() + "-"
                                    + round.end().toLocalTime() + ") overlaps or comes before round " + before.number()
                                    + " ("
                                    + before.start().toLocalTime() + "-"
                                    + before.end().toLocalTime() + ")",
                            round.number(),
                            before.number());
                }
            }
        }
    }

    private static void checkRooms(List<Room> rooms) {
        Set<String> roomNames = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Room room : rooms) {
            if (!roomNames.add(room.name().toLowerCase())) {
                throw new DomainException(
                        DomainError.ROOM_NAME_TWICE, "two rooms are called " + room.name(), room.name());
            }
            for (RoundTable table : room.tables()) {
                if (!labels.add(table.label().toLowerCase())) {
                    throw new DomainException(
                            DomainError.TABLE_LABEL_TWICE, "two tables are labelled " + table.label(), table.label());
                }
            }
        }
    }

    private static void checkChallenges(List<SelectedChallenge> challenges, int roundCount) {
        Set<UUID> seen = new HashSet<>();
        for (SelectedChallenge c : challenges) {
            if (!seen.add(c.challengeId())) {
                throw new DomainException(
                        DomainError.CHALLENGE_SELECTED_TWICE, "challenge " + c.challengeId() + " is selected twice");
            }
            if (roundCount > 0 && c.maxRounds() > roundCount) {
                throw new DomainException(
                        DomainError.CHALLENGE_MORE_ROUNDS_THAN_EVENT,
                        "a challenge cannot run in " + c.maxRounds() + " rounds: the event has " + roundCount,
                        c.maxRounds(),
                        roundCount);
            }
        }
    }
}
