package no.fellesgrunn.planner.scheduling;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link EventPlan} as a {@code fellesgrunn.event-plan/1} file: the documented fields
 * ({@code format}, {@code score}, {@code seating}, {@code unseated}) and the optional
 * explanations: {@code room}, {@code why} and {@code lacks} per table, {@code reasonNo} per unseated entry,
 * {@code participants} (each seat with {@code why}), {@code scoreBreakdown} and {@code changes}.
 * Texts for people are objects {@code {"no": ..., "en": ...}}; {@code reason} stays a string (English).
 * The plan holds codes ({@link Text}); the caller (the command line) gives the writers of the two languages.
 */
public final class EventPlanJson {
    public static final String FORMAT = "fellesgrunn.event-plan/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventPlanJson() {
    }

    public static String write(EventPlan plan, java.util.function.Function<Text, String> norwegian,
                               java.util.function.Function<Text, String> english) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("score", plan.score());
        ArrayNode seating = root.putArray("seating");
        for (EventPlan.TableSeating entry : plan.seating()) {
            ObjectNode node = seating.addObject();
            node.put("round", entry.round());
            node.put("table", entry.table());
            node.put("challenge", entry.challenge());
            ArrayNode people = node.putArray("participants");
            entry.participants().forEach(people::add);
            if (entry.room() != null) {
                node.put("room", entry.room());
            }
            texts(node.putArray("why"), entry.why(), norwegian, english);
            texts(node.putArray("lacks"), entry.lacks(), norwegian, english);
        }
        ArrayNode unseated = root.putArray("unseated");
        for (EventPlan.Unseated entry : plan.unseated()) {
            ObjectNode node = unseated.addObject();
            node.put("participant", entry.participant());
            node.put("round", entry.round());
            node.put("reason", english.apply(entry.reason()));
            node.put("reasonNo", norwegian.apply(entry.reason()));
        }
        ArrayNode participants = root.putArray("participants");
        for (EventPlan.ParticipantSchedule schedule : plan.participants()) {
            ObjectNode node = participants.addObject();
            node.put("participant", schedule.participant());
            ArrayNode seats = node.putArray("seats");
            for (EventPlan.SeatReason seat : schedule.seats()) {
                ObjectNode seatNode = seats.addObject();
                seatNode.put("round", seat.round());
                seatNode.put("table", seat.table());
                if (seat.room() != null) {
                    seatNode.put("room", seat.room());
                }
                seatNode.put("challenge", seat.challenge());
                texts(seatNode.putArray("why"), seat.why(), norwegian, english);
            }
        }
        ArrayNode breakdown = root.putArray("scoreBreakdown");
        for (EventPlan.ConstraintScore score : plan.scoreBreakdown()) {
            breakdown.addObject().put("constraint", score.constraint()).put("score", score.score())
                    .put("matches", score.matches());
        }
        if (plan.changes() != null) {
            ObjectNode changes = root.putObject("changes");
            changes.put("peopleToTell", plan.changes().peopleToTell());
            ArrayNode changed = changes.putArray("changed");
            for (PlanChanges.PersonChange change : plan.changes().changed()) {
                ObjectNode node = changed.addObject();
                node.put("participant", change.participant());
                ArrayNode rounds = node.putArray("rounds");
                change.rounds().forEach(rounds::add);
            }
            ArrayNode added = changes.putArray("added");
            plan.changes().added().forEach(added::add);
            ArrayNode removed = changes.putArray("removed");
            plan.changes().removed().forEach(removed::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan", e);
        }
    }

    private static void texts(ArrayNode array, List<Text> texts, java.util.function.Function<Text, String> norwegian,
                              java.util.function.Function<Text, String> english) {
        for (Text text : texts) {
            array.addObject().put("no", norwegian.apply(text)).put("en", english.apply(text));
        }
    }
}
