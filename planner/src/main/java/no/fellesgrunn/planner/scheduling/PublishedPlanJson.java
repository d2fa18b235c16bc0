package no.fellesgrunn.planner.scheduling;

import static no.fellesgrunn.planner.scheduling.EventJsonFields.array;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.object;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.optionalArray;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.optionalString;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.reference;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import no.fellesgrunn.planner.format.FormatViolation;

/**
 * The {@code publishedPlan} of an event problem: an earlier {@code fellesgrunn.event-plan/1}. It
 * may name participants who are no longer in the problem (they cancelled); its rounds, tables and
 * challenges must exist.
 */
final class PublishedPlanJson {
    private PublishedPlanJson() {
    }

    static EventPlan read(JsonNode node, String at, Set<String> roundIds, Set<String> tableIds, Set<String> challengeIds) {
        object(node, at);
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !EventPlanJson.FORMAT.equals(format.asText())) {
            throw new FormatViolation(at + "/format", "must be \"" + EventPlanJson.FORMAT + "\"");
        }
        JsonNode seatingArray = array(node, "seating", at + "/seating");
        List<EventPlan.TableSeating> seating = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seatingArray.size(); i++) {
            String entryAt = at + "/seating/" + i;
            JsonNode entry = object(seatingArray.get(i), entryAt);
            String round = reference(entry, "round", entryAt, roundIds, "round");
            String table = reference(entry, "table", entryAt, tableIds, "table");
            String challenge = optionalString(entry, "challenge", entryAt + "/challenge");
            if (challenge != null && !challengeIds.contains(challenge)) {
                throw new FormatViolation(entryAt + "/challenge", "names no challenge: \"" + challenge + "\"");
            }
            JsonNode people = array(entry, "participants", entryAt + "/participants");
            List<String> participants = new ArrayList<>();
            for (int j = 0; j < people.size(); j++) {
                String pAt = entryAt + "/participants/" + j;
                String participant = text(people.get(j), pAt);
                if (!seen.add(participant + "@" + round)) {
                    throw new FormatViolation(pAt, "participant \"" + participant + "\" sits at two tables in round \"" + round + "\"");
                }
                participants.add(participant);
            }
            seating.add(new EventPlan.TableSeating(round, table, optionalString(entry, "room", entryAt + "/room"),
                    challenge, participants, List.of(), List.of()));
        }
        List<EventPlan.Unseated> unseated = new ArrayList<>();
        JsonNode unseatedArray = optionalArray(node, "unseated", at + "/unseated");
        for (int i = 0; unseatedArray != null && i < unseatedArray.size(); i++) {
            String entryAt = at + "/unseated/" + i;
            JsonNode entry = object(unseatedArray.get(i), entryAt);
            String participant = optionalString(entry, "participant", entryAt + "/participant");
            if (participant == null) {
                throw new FormatViolation(entryAt + "/participant", "is required");
            }
            String round = reference(entry, "round", entryAt, roundIds, "round");
            String reason = optionalString(entry, "reason", entryAt + "/reason");
            unseated.add(new EventPlan.Unseated(participant, round, Text.of("planner.seating.as_given", reason)));
        }
        JsonNode score = node.get("score");
        return new EventPlan(score != null && score.isTextual() ? score.asText() : null, seating, unseated,
                List.of(), List.of(), null);
    }
}
