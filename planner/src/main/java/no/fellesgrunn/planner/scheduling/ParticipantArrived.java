package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Re-planning: a participant arrives unannounced (or registers late). They get a seat at a free
 * table in each round they are available, at a wished challenge where one has room; the solver
 * then improves, changing others' published seats only when that pays. When there are more people
 * than seats, they keep a seat before those the published plan left without one: they are in the room
 * (an arrival without a seat costs {@link SchedulingConstraints#ARRIVAL_UNSEATED_POINTS} medium points).
 */
public record ParticipantArrived(EventProblem.ParticipantSpec spec) implements ProblemChange<EventSchedule> {
    @Override
    public void doChange(EventSchedule schedule, ProblemChangeDirector director) {
        if (schedule.getParticipants().stream().anyMatch(p -> p.getId().equals(spec.id()))) {
            throw new IllegalArgumentException("participant " + spec.id() + " is already in the schedule");
        }
        int index = schedule.getParticipants().stream()
                        .mapToInt(Participant::getIndex)
                        .max()
                        .orElse(-1)
                + 1;
        Participant participant = new Participant(
                spec.id(),
                index,
                spec.organisation(),
                spec.sector(),
                spec.themes(),
                spec.perspectives(),
                spec.needsAccessible());
        if (spec.availableRounds() == null) {
            participant.getAvailableRounds().addAll(schedule.getRounds());
        } else {
            spec.availableRounds()
                    .forEach(id -> participant.getAvailableRounds().add(SeatFinder.round(schedule, id)));
        }
        List<Challenge> wishes = new ArrayList<>();
        for (String wish : spec.wishes()) {
            wishes.add(schedule.getChallenges().stream()
                    .filter(c -> c.getId().equals(wish))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown challenge id " + wish)));
        }
        participant.setWishes(wishes);
        participant.setArrived(true);
        director.addProblemFact(participant, schedule.getParticipants()::add);
        for (Round round : schedule.getRounds()) {
            if (participant.getAvailableRounds().contains(round)) {
                Seat seat = new Seat(participant, round, SeatFinder.freeTable(schedule, participant, round));
                director.addEntity(seat, schedule.getSeats()::add);
            }
        }
    }
}
