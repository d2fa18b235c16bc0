package no.fellesgrunn.planner.scheduling;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Re-planning: a participant can now come only to other rounds. Seats in rounds they left go;
 * rounds they join get a seat at a free table; their other seats stay as published.
 *
 * @param roundIds the rounds the participant is now available for
 */
public record AvailabilityChanged(String participantId, List<String> roundIds) implements ProblemChange<EventSchedule> {
    @Override
    public void doChange(EventSchedule schedule, ProblemChangeDirector director) {
        Participant participant = SeatFinder.participant(schedule, participantId);
        Set<Round> now = new LinkedHashSet<>();
        roundIds.forEach(id -> now.add(SeatFinder.round(schedule, id)));
        Set<Round> before = Set.copyOf(participant.getAvailableRounds());
        for (Seat seat : List.copyOf(schedule.getSeats())) {
            if (seat.getParticipant() == participant && !now.contains(seat.getRound())) {
                director.removeEntity(seat, schedule.getSeats()::remove);
            }
        }
        director.changeProblemProperty(participant, p -> {
            p.getAvailableRounds().clear();
            p.getAvailableRounds().addAll(now);
        });
        for (Round round : schedule.getRounds()) {
            if (now.contains(round) && !before.contains(round)) {
                Seat seat = new Seat(participant, round, SeatFinder.freeTable(schedule, participant, round));
                director.addEntity(seat, schedule.getSeats()::add);
            }
        }
    }
}
