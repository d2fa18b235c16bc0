package no.fellesgrunn.web.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.planner.scheduling.EventPlan;

/** Seating plans both ways: the engine's {@link EventPlan} and the domain's seats. */
public final class PlanMapping {
    private PlanMapping() {}

    /**
     * The engine's plan as domain seats, in plan order. Seats whose participant-round is in
     * {@code pinned} ("actorId/roundId") stay pinned.
     */
    public static List<Seat> seats(EventPlan plan, Set<String> pinned) {
        List<Seat> seats = new ArrayList<>();
        for (EventPlan.TableSeating table : plan.seating()) {
            for (String participant : table.participants()) {
                seats.add(new Seat(
                        UUID.fromString(participant),
                        UUID.fromString(table.round()),
                        UUID.fromString(table.table()),
                        table.challenge() == null ? null : UUID.fromString(table.challenge()),
                        pinned.contains(participant + "/" + table.round())));
            }
        }
        return seats;
    }

    /** Key of a participant-round as {@link #seats} reads it. */
    public static String key(UUID actorId, UUID roundId) {
        return actorId + "/" + roundId;
    }

    /**
     * The plan without its unseated list, as domain seats would give it back. Compare a new plan
     * in this form with a published one: someone unseated in both is then not a change, while
     * someone who lost a seat still is.
     */
    public static EventPlan seatedOnly(EventPlan plan) {
        return new EventPlan(
                plan.score(), plan.seating(), List.of(), plan.participants(), plan.scoreBreakdown(), plan.changes());
    }

    /**
     * Domain seats as an engine plan (no score, no explanations): one entry per round and table
     * that seats someone, in round and table order, so {@code PlanDiff} can compare plans.
     */
    public static EventPlan eventPlan(RegionalEvent event, List<Seat> seats) {
        Map<String, List<Seat>> byTableRound = new LinkedHashMap<>();
        for (Seat seat : seats) {
            byTableRound
                    .computeIfAbsent(seat.tableId() + "/" + seat.roundId(), k -> new ArrayList<>())
                    .add(seat);
        }
        List<EventPlan.TableSeating> seating = new ArrayList<>();
        for (Round round : event.rounds()) {
            for (Room room : event.rooms()) {
                for (RoundTable table : room.tables()) {
                    List<Seat> here = byTableRound.get(table.id() + "/" + round.id());
                    if (here == null) {
                        continue;
                    }
                    UUID challenge = here.get(0).challengeId();
                    seating.add(new EventPlan.TableSeating(
                            round.id().toString(),
                            table.id().toString(),
                            room.name(),
                            challenge == null ? null : challenge.toString(),
                            here.stream().map(s -> s.actorId().toString()).toList(),
                            List.of(),
                            List.of()));
                }
            }
        }
        return new EventPlan(null, seating, List.of(), List.of(), List.of(), null);
    }
}
