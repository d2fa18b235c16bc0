package no.fellesgrunn.planner.scheduling;

import java.util.List;

/**
 * A solved (or published) event plan, as {@code fellesgrunn.event-plan/1} describes it, with the
 * optional explanations: what each table lacks, why each participant sits where they sit, the score
 * per constraint and, when re-planning, what changed since the published plan.
 *
 * @param score          for example {@code 0hard/0medium/-42soft}; null for a plan read from a file without score
 * @param seating        one entry per table and round that hosts a challenge or seats someone
 * @param unseated       participant-rounds without a seat although the participant is available
 * @param participants   per participant, their seats with reasons; empty for a plan read from a file
 * @param scoreBreakdown the score per constraint (only constraints that contribute); may be empty
 * @param changes        differences from the published plan, or null when there was none
 */
public record EventPlan(
        String score,
        List<TableSeating> seating,
        List<Unseated> unseated,
        List<ParticipantSchedule> participants,
        List<ConstraintScore> scoreBreakdown,
        PlanChanges changes) {

    public EventPlan {
        seating = List.copyOf(seating);
        unseated = List.copyOf(unseated);
        participants = participants == null ? List.of() : List.copyOf(participants);
        scoreBreakdown = scoreBreakdown == null ? List.of() : List.copyOf(scoreBreakdown);
    }

    /** The same plan with a summary of changes attached. */
    public EventPlan withChanges(PlanChanges newChanges) {
        return new EventPlan(score, seating, unseated, participants, scoreBreakdown, newChanges);
    }

    /**
     * A table in a round: its challenge (null: an open table), who sits there, why this table is
     * put together so (wishes, shared themes, the mix of sectors and perspectives) and what it lacks
     * (missing perspectives, a dominant sector, colleagues together). {@code room} may be null.
     */
    public record TableSeating(
            String round,
            String table,
            String room,
            String challenge,
            List<String> participants,
            List<Text> why,
            List<Text> lacks) {
        public TableSeating {
            participants = List.copyOf(participants);
            why = why == null ? List.of() : List.copyOf(why);
            lacks = lacks == null ? List.of() : List.copyOf(lacks);
        }
    }

    /** A participant available in a round who has no seat in it, and why. */
    public record Unseated(String participant, String round, Text reason) {}

    /** One participant's schedule: where they sit in each round, and why. */
    public record ParticipantSchedule(String participant, List<SeatReason> seats) {
        public ParticipantSchedule {
            seats = List.copyOf(seats);
        }
    }

    /** Where a participant sits in one round and why this table. */
    public record SeatReason(String round, String table, String room, String challenge, List<Text> why) {
        public SeatReason {
            why = List.copyOf(why);
        }
    }

    /** The score one constraint contributes, and how many times it matched. */
    public record ConstraintScore(String constraint, String score, int matches) {}
}
