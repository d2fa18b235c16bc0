package no.fellesgrunn.planner.scheduling;

import java.util.List;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Re-planning: a participant cancels. Their seats go; everyone else keeps theirs unless the rules
 * now call for a change. If they hosted a challenge, the challenge goes on without a host (the
 * organiser may name a new one by re-planning from a problem). Use with
 * {@code SolverManager.addProblemChange(eventId, new ParticipantCancelled("a7"))}.
 */
public record ParticipantCancelled(String participantId) implements ProblemChange<EventSchedule> {
    @Override
    public void doChange(EventSchedule schedule, ProblemChangeDirector director) {
        Participant participant = SeatFinder.participant(schedule, participantId);
        for (Seat seat : List.copyOf(schedule.getSeats())) {
            if (seat.getParticipant() == participant) {
                director.removeEntity(seat, schedule.getSeats()::remove);
            }
        }
        for (Challenge challenge : schedule.getChallenges()) {
            if (challenge.getHost() == participant) {
                director.changeProblemProperty(challenge, c -> c.setHost(null));
                // The host rule reads the host through the table-round: let it look again.
                for (TableRound tableRound : schedule.getTableRounds()) {
                    if (tableRound.getChallenge() == challenge) {
                        director.changeProblemProperty(tableRound, tr -> {});
                    }
                }
            }
        }
        director.removeProblemFact(participant, schedule.getParticipants()::remove);
    }
}
