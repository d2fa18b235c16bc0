package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.planner.format.FormatViolation;

/**
 * The {@code publishedPlan} of an event problem: an earlier {@code fellesgrunn.event-plan/1}
 * (docs/formats/event-plan.schema.json, which the problem's schema refers to). It may name
 * participants who are no longer in the problem (they cancelled); its rounds, tables and
 * challenges must exist, and nobody sits at two tables in one round.
 */
final class PublishedPlanJson {
    private PublishedPlanJson() {}

    /** The fields of a plan that a re-plan reads back; its explanations are not read. */
    record PlanFile(String format, String score, List<SeatingJson> seating, List<UnseatedJson> unseated) {}

    record SeatingJson(String round, String table, String room, String challenge, List<String> participants) {}

    record UnseatedJson(String participant, String round, String reason) {}

    static EventPlan plan(
            PlanFile file, String at, Set<String> roundIds, Set<String> tableIds, Set<String> challengeIds) {
        List<EventPlan.TableSeating> seating = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < file.seating().size(); i++) {
            String entryAt = at + "/seating/" + i;
            SeatingJson entry = file.seating().get(i);
            known(entry.round(), roundIds, entryAt + "/round", "format.unknown_round");
            known(entry.table(), tableIds, entryAt + "/table", "format.unknown_table");
            if (entry.challenge() != null) {
                known(entry.challenge(), challengeIds, entryAt + "/challenge", "format.unknown_challenge");
            }
            for (int j = 0; j < entry.participants().size(); j++) {
                String participant = entry.participants().get(j);
                if (!seen.add(participant + "@" + entry.round())) {
                    throw new FormatViolation(
                            entryAt + "/participants/" + j, "format.two_tables", participant, entry.round());
                }
            }
            seating.add(new EventPlan.TableSeating(
                    entry.round(),
                    entry.table(),
                    entry.room(),
                    entry.challenge(),
                    entry.participants(),
                    List.of(),
                    List.of()));
        }
        List<EventPlan.Unseated> unseated = new ArrayList<>();
        List<UnseatedJson> unseatedList = file.unseated() == null ? List.of() : file.unseated();
        for (int i = 0; i < unseatedList.size(); i++) {
            UnseatedJson entry = unseatedList.get(i);
            known(entry.round(), roundIds, at + "/unseated/" + i + "/round", "format.unknown_round");
            unseated.add(new EventPlan.Unseated(
                    entry.participant(), entry.round(), Text.of("planner.seating.as_given", entry.reason())));
        }
        return new EventPlan(file.score(), seating, unseated, List.of(), List.of(), null);
    }

    private static void known(String id, Set<String> ids, String at, String code) {
        if (!ids.contains(id)) {
            throw new FormatViolation(at, code, id);
        }
    }
}
