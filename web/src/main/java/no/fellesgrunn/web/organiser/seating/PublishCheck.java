package no.fellesgrunn.web.organiser.seating;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.fellesgrunn.planner.scheduling.EventPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What publishing the latest draft would do, shown before it is done: how many people are told,
 * whether it is the first publication, which hard rules the plan breaks and how many seats are
 * missing. A plan that breaks a hard rule is published only with a reason.
 *
 * @param brokenRules   the hard rules the plan breaks, with the engine's score and count for each
 * @param unseatedSeats rounds in which someone who is available has no seat, summed over people
 */
public record PublishCheck(
        int planNumber,
        int peopleToTell,
        boolean firstPublication,
        List<EventPlan.ConstraintScore> brokenRules,
        int unseatedSeats) {
    public PublishCheck {
        brokenRules = List.copyOf(brokenRules);
    }

    /** The hard rules an evaluated plan breaks. */
    static List<EventPlan.ConstraintScore> brokenHardRules(EventPlan evaluation) {
        return evaluation == null
                ? List.of()
                : evaluation.scoreBreakdown().stream()
                        .filter(c ->
                                HardMediumSoftLongScore.parseScore(c.score()).hardScore() < 0)
                        .toList();
    }

    static Set<String> names(List<EventPlan.ConstraintScore> rules) {
        return rules.stream().map(EventPlan.ConstraintScore::constraint).collect(Collectors.toSet());
    }

    public boolean blocked() {
        return !brokenRules.isEmpty();
    }
}
