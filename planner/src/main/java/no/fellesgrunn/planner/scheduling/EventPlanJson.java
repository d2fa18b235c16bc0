package no.fellesgrunn.planner.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an {@link EventPlan} as a {@code fellesgrunn.event-plan/1} file (docs/formats/event-plan.schema.json)
 * by data binding: the documented fields ({@code format}, {@code score}, {@code seating},
 * {@code unseated}) and the optional explanations: {@code room}, {@code why} and {@code lacks} per
 * table, {@code reasonNo} per unseated entry, {@code participants} (each seat with {@code why}),
 * {@code scoreBreakdown} and {@code changes}. Texts for people are objects {@code {"no": ..., "en": ...}};
 * {@code reason} stays a string (English). The plan holds codes ({@link Text}); the caller (the
 * command line) gives the writers of the two languages.
 */
public final class EventPlanJson {
    public static final String FORMAT = "fellesgrunn.event-plan/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventPlanJson() {}

    @JsonPropertyOrder({"format", "score", "seating", "unseated", "participants", "scoreBreakdown", "changes"})
    record PlanOut(
            String format,
            String score,
            List<SeatingOut> seating,
            List<UnseatedOut> unseated,
            List<ScheduleOut> participants,
            List<ScoreOut> scoreBreakdown,
            @JsonInclude(JsonInclude.Include.NON_NULL) ChangesOut changes) {}

    @JsonPropertyOrder({"constraint", "score", "matches"})
    record ScoreOut(String constraint, String score, int matches) {}

    @JsonPropertyOrder({"round", "table", "challenge", "participants", "room", "why", "lacks"})
    record SeatingOut(
            String round,
            String table,
            String challenge,
            List<String> participants,
            @JsonInclude(JsonInclude.Include.NON_NULL) String room,
            List<TextOut> why,
            List<TextOut> lacks) {}

    @JsonPropertyOrder({"participant", "round", "reason", "reasonNo"})
    record UnseatedOut(String participant, String round, String reason, String reasonNo) {}

    @JsonPropertyOrder({"participant", "seats"})
    record ScheduleOut(String participant, List<SeatOut> seats) {}

    @JsonPropertyOrder({"round", "table", "room", "challenge", "why"})
    record SeatOut(
            String round,
            String table,
            @JsonInclude(JsonInclude.Include.NON_NULL) String room,
            String challenge,
            List<TextOut> why) {}

    @JsonPropertyOrder({"no", "en"})
    record TextOut(String no, String en) {}

    @JsonPropertyOrder({"peopleToTell", "changed", "added", "removed"})
    record ChangesOut(int peopleToTell, List<ChangeOut> changed, List<String> added, List<String> removed) {}

    @JsonPropertyOrder({"participant", "rounds"})
    record ChangeOut(String participant, List<String> rounds) {}

    public static String write(EventPlan plan, Function<Text, String> norwegian, Function<Text, String> english) {
        Function<List<Text>, List<TextOut>> texts = list -> list.stream()
                .map(t -> new TextOut(norwegian.apply(t), english.apply(t)))
                .toList();
        PlanOut out = new PlanOut(
                FORMAT,
                plan.score(),
                plan.seating().stream()
                        .map(s -> new SeatingOut(
                                s.round(),
                                s.table(),
                                s.challenge(),
                                s.participants(),
                                s.room(),
                                texts.apply(s.why()),
                                texts.apply(s.lacks())))
                        .toList(),
                plan.unseated().stream()
                        .map(u -> new UnseatedOut(
                                u.participant(), u.round(), english.apply(u.reason()), norwegian.apply(u.reason())))
                        .toList(),
                plan.participants().stream()
                        .map(p -> new ScheduleOut(
                                p.participant(),
                                p.seats().stream()
                                        .map(s -> new SeatOut(
                                                s.round(), s.table(), s.room(), s.challenge(), texts.apply(s.why())))
                                        .toList()))
                        .toList(),
                plan.scoreBreakdown().stream()
                        .map(c -> new ScoreOut(c.constraint(), c.score(), c.matches()))
                        .toList(),
                plan.changes() == null
                        ? null
                        : new ChangesOut(
                                plan.changes().peopleToTell(),
                                plan.changes().changed().stream()
                                        .map(c -> new ChangeOut(c.participant(), c.rounds()))
                                        .toList(),
                                plan.changes().added(),
                                plan.changes().removed()));
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan", e);
        }
    }
}
