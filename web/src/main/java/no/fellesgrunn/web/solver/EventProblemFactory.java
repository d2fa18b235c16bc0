package no.fellesgrunn.web.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;

/**
 * Between the domain and the scheduling engine: an event with its rounds, tables, selected
 * challenges and the people taking part becomes an {@link EventProblem} whose ids are the domain's
 * UUIDs. The organiser's pinned seats become pins (with the challenge of their table that round,
 * so "keep this person here" also keeps what the table works on); the published plan, if any,
 * makes the solver change as little of it as the rules allow.
 */
public final class EventProblemFactory {
    private EventProblemFactory() {}

    /**
     * @param pinnedSeats seats to keep (those of people no longer taking part, or in rounds they left, are dropped)
     * @param published   the published plan as the engine sees it, or null
     */
    public static EventProblem problem(EventFacts facts, List<Seat> pinnedSeats, EventPlan published) {
        RegionalEvent event = facts.event();
        List<EventProblem.RoundSpec> rounds = event.rounds().stream()
                .map(r -> new EventProblem.RoundSpec(r.id().toString(), r.start(), r.end()))
                .toList();
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (Room room : event.rooms()) {
            for (RoundTable table : room.tables()) {
                tables.add(new EventProblem.TableSpec(
                        table.id().toString(), room.name(), table.capacity(), table.accessible()));
            }
        }
        Set<UUID> selected = new LinkedHashSet<>();
        List<EventProblem.ChallengeSpec> challenges = new ArrayList<>();
        for (SelectedChallenge chosen : event.challenges()) {
            Challenge challenge = facts.challenges().get(chosen.challengeId());
            if (challenge == null) {
                throw new IllegalStateException(
                        "selected challenge " + chosen.challengeId() + " of " + event.name() + " is missing");
            }
            selected.add(challenge.id());
            // A host who does not take part cannot sit at the table: the challenge then runs without.
            UUID host = challenge.hostActorId() != null && facts.takesPart(challenge.hostActorId())
                    ? challenge.hostActorId()
                    : null;
            challenges.add(new EventProblem.ChallengeSpec(
                    challenge.id().toString(),
                    host == null ? null : host.toString(),
                    challenge.themes(),
                    challenge.neededPerspectives(),
                    Math.min(chosen.minRounds(), Math.max(1, rounds.size())),
                    Math.min(chosen.maxRounds(), Math.max(1, rounds.size()))));
        }
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        Map<UUID, Set<UUID>> availability = new LinkedHashMap<>();
        for (Registration registration : facts.registrations()) {
            if (availability.containsKey(registration.actorId())) {
                continue;
            }
            Actor actor = facts.actor(registration.actorId());
            Organisation organisation = facts.organisationOf(actor);
            List<String> available = event.rounds().stream()
                    .map(Round::id)
                    .filter(registration.availableRounds()::contains)
                    .map(UUID::toString)
                    .toList();
            availability.put(actor.id(), registration.availableRounds());
            List<String> wishes = registration.wishes().stream()
                    .filter(selected::contains)
                    .map(UUID::toString)
                    .toList();
            participants.add(new EventProblem.ParticipantSpec(
                    actor.id().toString(),
                    organisation == null ? null : organisation.id().toString(),
                    facts.sectorOf(actor),
                    new LinkedHashSet<>(actor.themeKeys()),
                    actor.perspectives(),
                    available,
                    wishes,
                    registration.needsAccessibleTable()));
        }
        return new EventProblem(
                rounds, tables, challenges, participants, pins(event, pinnedSeats, availability, selected), published);
    }

    private static List<EventProblem.PinSpec> pins(
            RegionalEvent event, List<Seat> pinnedSeats, Map<UUID, Set<UUID>> availability, Set<UUID> selected) {
        Set<UUID> tables =
                new LinkedHashSet<>(event.tables().map(RoundTable::id).toList());
        List<EventProblem.PinSpec> pins = new ArrayList<>();
        Map<String, EventProblem.PinSpec> challengePins = new LinkedHashMap<>();
        for (Seat seat : pinnedSeats) {
            Set<UUID> rounds = availability.get(seat.actorId());
            if (!seat.pinned()
                    || rounds == null
                    || !rounds.contains(seat.roundId())
                    || !tables.contains(seat.tableId())
                    || !event.hasRound(seat.roundId())) {
                continue;
            }
            pins.add(EventProblem.PinSpec.seat(
                    seat.actorId().toString(),
                    seat.roundId().toString(),
                    seat.tableId().toString()));
            if (seat.challengeId() != null && selected.contains(seat.challengeId())) {
                challengePins.put(
                        seat.tableId() + "/" + seat.roundId(),
                        EventProblem.PinSpec.challenge(
                                seat.challengeId().toString(),
                                seat.roundId().toString(),
                                seat.tableId().toString()));
            }
        }
        pins.addAll(challengePins.values());
        return pins;
    }
}
