package no.fellesgrunn.web.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import org.springframework.stereotype.Component;

/**
 * Reads one actor's schedule from the published plans. Takes the actor id from its callers: the
 * signed-in participant's own ({@link MySchedule}) or the owner of a calendar token. Not for views.
 */
@Component
public class ScheduleReader {
    private final RegistrationRepository registrations;
    private final RegionalEventRepository events;
    private final PlanRepository plans;
    private final ChallengeRepository challenges;
    private final ActorRepository actors;
    private final VisibleProfiles profiles;

    public ScheduleReader(RegistrationRepository registrations, RegionalEventRepository events, PlanRepository plans,
                          ChallengeRepository challenges, ActorRepository actors, VisibleProfiles profiles) {
        this.registrations = registrations;
        this.events = events;
        this.plans = plans;
        this.challenges = challenges;
        this.actors = actors;
        this.profiles = profiles;
    }

    public List<EventSchedule> schedulesOf(UUID actorId) {
        List<EventSchedule> result = new ArrayList<>();
        for (Registration registration : registrations.findByActor(actorId)) {
            if (registration.status() == RegistrationStatus.CANCELLED) {
                continue;
            }
            scheduleOf(actorId, registration.eventId()).ifPresent(result::add);
        }
        result.sort(Comparator.comparing(EventSchedule::date));
        return result;
    }

    /** The actor's schedule at an event, compared with the event's previously published plan. */
    public Optional<EventSchedule> scheduleOf(UUID actorId, UUID eventId) {
        List<PlanVersion> published = plans.findByEvent(eventId).stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED).toList();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PlanVersion latest = published.get(published.size() - 1);
        PlanVersion previous = published.size() > 1 ? published.get(published.size() - 2) : null;
        RegionalEvent event = events.findById(eventId).orElseThrow();
        Map<UUID, Round> rounds = event.rounds().stream().collect(Collectors.toMap(Round::id, Function.identity()));
        Map<UUID, Room> roomOfTable = new java.util.HashMap<>();
        Map<UUID, RoundTable> tables = new java.util.HashMap<>();
        for (Room room : event.rooms()) {
            for (RoundTable table : room.tables()) {
                roomOfTable.put(table.id(), room);
                tables.put(table.id(), table);
            }
        }
        List<Seat> mine = latest.seats().stream().filter(s -> s.actorId().equals(actorId)).toList();
        Map<UUID, String> challengeTitles = challenges.findByIds(mine.stream().map(Seat::challengeId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Challenge::id, Challenge::title));
        List<ScheduleRow> rows = new ArrayList<>();
        boolean anyChange = false;
        for (Seat seat : mine) {
            Round round = rounds.get(seat.roundId());
            RoundTable table = tables.get(seat.tableId());
            List<UUID> mateIds = latest.seats().stream()
                    .filter(s -> s.roundId().equals(seat.roundId()) && s.tableId().equals(seat.tableId())
                            && !s.actorId().equals(actorId))
                    .map(Seat::actorId).toList();
            List<VisibleProfile> mates = actors.findByIds(mateIds).stream().map(profiles::of)
                    .sorted(Comparator.comparing(VisibleProfile::name)).toList();
            boolean changed = previous != null && changed(previous, actorId, seat);
            anyChange |= changed;
            rows.add(new ScheduleRow(round.number(), round.start(), round.end(), roomOfTable.get(seat.tableId()).name(),
                    table.label(), table.accessible(), seat.challengeId() == null ? null : challengeTitles.get(seat.challengeId()),
                    mates, changed));
        }
        if (previous != null) {
            // A round I had a seat in before and have none in now is a change too.
            long before = previous.seats().stream().filter(s -> s.actorId().equals(actorId)).count();
            anyChange |= before != mine.size();
        }
        // A round I registered for without a seat is shown as such, with whom to ask.
        Set<UUID> seatedRounds = mine.stream().map(Seat::roundId).collect(Collectors.toSet());
        Set<UUID> registeredRounds = registrations.findByEventAndActor(eventId, actorId)
                .map(Registration::availableRounds).orElse(Set.of());
        for (Round round : event.rounds()) {
            if (registeredRounds.contains(round.id()) && !seatedRounds.contains(round.id())) {
                boolean lostSeat = previous != null && previous.seats().stream()
                        .anyMatch(s -> s.actorId().equals(actorId) && s.roundId().equals(round.id()));
                rows.add(ScheduleRow.unseated(round.number(), round.start(), round.end(), lostSeat));
            }
        }
        rows.sort(Comparator.comparingInt(ScheduleRow::round));
        List<VisibleProfile> organisers = rows.stream().allMatch(ScheduleRow::seated) ? List.of()
                : actors.findByIds(List.copyOf(event.organisers())).stream().map(profiles::of)
                .sorted(Comparator.comparing(VisibleProfile::name)).toList();
        return Optional.of(new EventSchedule(event.id(), event.name(), event.date(), event.venue().name(),
                latest.number(), latest.publishedAt(), rows, anyChange, organisers));
    }

    private static boolean changed(PlanVersion previous, UUID actorId, Seat now) {
        return previous.seats().stream()
                .filter(s -> s.actorId().equals(actorId) && s.roundId().equals(now.roundId()))
                .findFirst()
                .map(before -> !before.tableId().equals(now.tableId()) || !Objects.equals(before.challengeId(), now.challengeId()))
                .orElse(true);
    }
}
