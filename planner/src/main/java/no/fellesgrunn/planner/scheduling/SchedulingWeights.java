package no.fellesgrunn.planner.scheduling;

import no.fellesgrunn.planner.format.Limits;

/**
 * Soft weights of the scheduling rules, per unit of each rule's penalty (see docs/scheduling.md).
 * Hard and medium rules are not weighted: they are levels, not trade-offs. A weight of 0 switches
 * a soft rule off.
 *
 * @param wishedChallenge     per seat, times 0 at the first wish, 1 at the second ... and
 *                            {@link SchedulingConstraints#WISH_MISSED_POINTS} at a challenge not wished for
 * @param sharedThemes        per seat at a challenge that shares no theme with the participant
 * @param neededPerspective   per perspective a challenge needs that no one at its table brings
 * @param sectorBalance       per half seat that one sector holds beyond half of a table
 * @param sameOrganisation    per pair of people from one organisation at one table
 * @param meetNewPeople       per pair of participants, times (rounds together - 1)²
 * @param repeatedChallenge   per extra round a participant sits at the same challenge
 * @param evenFill            per squared seat above a table's even share of the round
 * @param publishedPlanChange per participant-round whose table or challenge differs from the published plan
 */
public record SchedulingWeights(
        long wishedChallenge,
        long sharedThemes,
        long neededPerspective,
        long sectorBalance,
        long sameOrganisation,
        long meetNewPeople,
        long repeatedChallenge,
        long evenFill,
        long publishedPlanChange) {

    public SchedulingWeights {
        for (long w : new long[] {
            wishedChallenge,
            sharedThemes,
            neededPerspective,
            sectorBalance,
            sameOrganisation,
            meetNewPeople,
            repeatedChallenge,
            evenFill,
            publishedPlanChange
        }) {
            if (w < 0 || w > Limits.MAX_WEIGHT) {
                throw new IllegalArgumentException("scheduling weights must be from 0 to " + Limits.MAX_WEIGHT
                        + " (so the score cannot overflow), got " + w);
            }
        }
    }

    /**
     * The defaults: the right people at a table (perspectives, organisations) and wishes count
     * most; a published plan is changed only when nothing else is possible.
     */
    public static SchedulingWeights defaults() {
        return new SchedulingWeights(10, 5, 20, 10, 15, 10, 10, 3, 1000);
    }
}
