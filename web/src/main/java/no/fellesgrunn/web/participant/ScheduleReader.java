package no.fellesgrunn.web.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one actor's schedule from the published plans. Takes the actor id from its callers: the
 * signed-in participant's own ({@link MySchedule}) or the owner of a calendar token. Not for views.
 * A few reads per event, all on one connection: the latest two published versions (cached, see
 * {@link PublishedPlans}), the event, one challenge read and one read of all tablemates of all
 * rounds (docs/performance.md).
 */
@Component
public class ScheduleReader {
    private final RegistrationRepository registrations;
    private final RegionalEventRepository events;
    private final PublishedPlans plans;
    private final ChallengeRepository challenges;
    private final ActorRepository actors;
    private final VisibleProfiles profiles;
    private final TransactionTemplate reads;

    public ScheduleReader(
            RegistrationRepository registrations,
            RegionalEventRepository events,
            PublishedPlans plans,
            ChallengeRepository challenges,
            ActorRepository actors,
            VisibleProfiles profiles,
            DataSource dataSource) {
        this.registrations = registrations;
        this.events = events;
        this.plans = plans;
        this.challenges = challenges;
        this.actors = actors;
        this.profiles = profiles;
        this.reads = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.reads.setReadOnly(true);
    }

    public List<EventSchedule> schedulesOf(UUID actorId) {
        return reads.execute(tx -> {
            List<EventSchedule> result = new ArrayList<>();
            for (Registration registration : registrations.findByActor(actorId)) {
                if (registration.status() == RegistrationStatus.CANCELLED) {
                    continue;
                }
                scheduleOf(actorId, registration.eventId(), registration.availableRounds())
                        .ifPresent(result::add);
            }
            result.sort(Comparator.comparing(EventSchedule::date));
            return result;
        });
    }

    /** The actor's schedule at an event, compared with the event's previously published plan. */
    public Optional<EventSchedule> scheduleOf(UUID actorId, UUID eventId) {
        return reads.execute(tx -> scheduleOf(
                actorId,
                eventId,
                registrations
                        .findByEventAndActor(eventId, actorId)
                        .map(Registration::availableRounds)
                        .orElse(Set.of())));
    }

    private Optional<EventSchedule> scheduleOf(UUID actorId, UUID eventId, Set<UUID> registeredRounds) {
        List<PlanVersion> published = plans.latest(eventId, 2);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PlanVersion latest = published.get(0);
        PlanVersion previous = published.size() > 1 ? published.get(1) : null;
        RegionalEvent event = events.findById(eventId).orElseThrow();
        Map<UUID, Round> rounds = event.rounds().stream().collect(Collectors.toMap(Round::id, Function.identity()));
        Map<UUID, Room> roomOfTable = event.roomOfTable();
        Map<UUID, RoundTable> tables = event.tables().collect(Collectors.toMap(RoundTable::id, Function.identity()));
        List<Seat> mine =
                latest.seats().stream().filter(s -> s.actorId().equals(actorId)).toList();
        Map<UUID, Seat> before = previous == null
                ? Map.of()
                : previous.seats().stream()
                        .filter(s -> s.actorId().equals(actorId))
                        .collect(Collectors.toMap(Seat::roundId, s -> s, (a, b) -> a));
        Set<String> myTables =
                mine.stream().map(s -> s.roundId() + "/" + s.tableId()).collect(Collectors.toSet());
        Map<String, List<UUID>> mateIds = latest.seats().stream()
                .filter(s -> !s.actorId().equals(actorId) && myTables.contains(s.roundId() + "/" + s.tableId()))
                .collect(Collectors.groupingBy(
                        s -> s.roundId() + "/" + s.tableId(), Collectors.mapping(Seat::actorId, Collectors.toList())));
        Set<UUID> seatedRounds = mine.stream().map(Seat::roundId).collect(Collectors.toSet());
        List<Round> unseated = event.rounds().stream()
                .filter(r -> registeredRounds.contains(r.id()) && !seatedRounds.contains(r.id()))
                .toList();
        // One read for everyone this schedule names: all tablemates of all rounds, and the
        // organisers when a round without a seat needs someone to ask.
        Set<UUID> people = new HashSet<>();
        mateIds.values().forEach(people::addAll);
        if (!unseated.isEmpty()) {
            people.addAll(event.organisers());
        }
        List<Actor> found = people.isEmpty() ? List.of() : actors.findByIds(List.copyOf(people));
        Map<UUID, VisibleProfile> visible =
                profiles.ofAll(found).stream().collect(Collectors.toMap(VisibleProfile::actorId, Function.identity()));
        Map<UUID, String> challengeTitles = challenges
                .findByIds(mine.stream()
                        .map(Seat::challengeId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Challenge::id, Challenge::title));
        List<ScheduleRow> rows = new ArrayList<>();
        boolean anyChange = false;
        for (Seat seat : mine) {
            Round round = rounds.get(seat.roundId());
            RoundTable table = tables.get(seat.tableId());
            List<VisibleProfile> mates =
                    named(mateIds.getOrDefault(seat.roundId() + "/" + seat.tableId(), List.of()), visible);
            boolean changed = previous != null && changed(before.get(seat.roundId()), seat);
            anyChange |= changed;
            rows.add(new ScheduleRow(
                    round.number(),
                    round.start(),
                    round.end(),
                    roomOfTable.get(seat.tableId()).name(),
                    table.label(),
                    table.accessible(),
                    seat.challengeId() == null ? null : challengeTitles.get(seat.challengeId()),
                    mates,
                    changed));
        }
        if (previous != null) {
            // A round I had a seat in before and have none in now is a change too.
            long seatsBefore = previous.seats().stream()
                    .filter(s -> s.actorId().equals(actorId))
                    .count();
            anyChange |= seatsBefore != mine.size();
        }
        // A round I registered for without a seat is shown as such, with whom to ask.
        for (Round round : unseated) {
            boolean lostSeat = before.containsKey(round.id());
            rows.add(ScheduleRow.unseated(round.number(), round.start(), round.end(), lostSeat));
        }
        rows.sort(Comparator.comparingInt(ScheduleRow::round));
        List<VisibleProfile> organisers = rows.stream().allMatch(ScheduleRow::seated)
                ? List.of()
                : named(List.copyOf(event.organisers()), visible);
        return Optional.of(new EventSchedule(
                event.id(),
                event.name(),
                event.date(),
                event.venue().name(),
                latest.number(),
                latest.publishedAt(),
                rows,
                anyChange,
                organisers));
    }

    private static List<VisibleProfile> named(List<UUID> ids, Map<UUID, VisibleProfile> visible) {
        return ids.stream()
                .map(visible::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(VisibleProfile::name))
                .toList();
    }

    private static boolean changed(Seat before, Seat now) {
        return before == null
                || !before.tableId().equals(now.tableId())
                || !Objects.equals(before.challengeId(), now.challengeId());
    }
}
