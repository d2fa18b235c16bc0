package no.fellesgrunn.planner.scheduling;

import java.util.List;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * A {@code fellesgrunn.event/1} problem file as data (docs/formats/PLANNER-FORMATS.md section 2):
 * records that Jackson binds once the tree has passed docs/formats/event-problem.schema.json.
 * Optional fields are null when absent; {@link EventProblemJson} checks what the schema cannot
 * (references, unique ids, overlapping rounds) and applies the defaults.
 */
record EventProblemFile(
        String format,
        List<RoundJson> rounds,
        List<TableJson> tables,
        List<ChallengeJson> challenges,
        List<ParticipantJson> participants,
        List<PinJson> pinned,
        PublishedPlanJson.PlanFile publishedPlan,
        WeightsJson weights) {

    record RoundJson(String id, String start, String end) {}

    record TableJson(String id, String room, Integer capacity, Boolean accessible) {}

    record ChallengeJson(
            String id,
            String host,
            List<String> themes,
            List<Perspective> neededPerspectives,
            Integer minRounds,
            Integer maxRounds) {}

    record ParticipantJson(
            String id,
            String organisation,
            Sector sector,
            List<String> themes,
            List<Perspective> perspectives,
            List<String> availableRounds,
            List<String> wishes,
            Boolean needsAccessible) {}

    record PinJson(String participant, String round, String table, String challenge) {}

    /** The optional soft weights (an extension, docs/scheduling.md); a missing one keeps its default. */
    record WeightsJson(
            Long wishedChallenge,
            Long sharedThemes,
            Long neededPerspective,
            Long sectorBalance,
            Long sameOrganisation,
            Long meetNewPeople,
            Long repeatedChallenge,
            Long evenFill,
            Long publishedPlanChange) {

        SchedulingWeights orDefaults() {
            SchedulingWeights d = SchedulingWeights.defaults();
            return new SchedulingWeights(
                    or(wishedChallenge, d.wishedChallenge()),
                    or(sharedThemes, d.sharedThemes()),
                    or(neededPerspective, d.neededPerspective()),
                    or(sectorBalance, d.sectorBalance()),
                    or(sameOrganisation, d.sameOrganisation()),
                    or(meetNewPeople, d.meetNewPeople()),
                    or(repeatedChallenge, d.repeatedChallenge()),
                    or(evenFill, d.evenFill()),
                    or(publishedPlanChange, d.publishedPlanChange()));
        }

        private static long or(Long value, long defaultValue) {
            return value == null ? defaultValue : value;
        }
    }
}
