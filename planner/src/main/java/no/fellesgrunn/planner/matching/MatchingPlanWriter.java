package no.fellesgrunn.planner.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@code fellesgrunn.matching-plan/1} plan (docs/formats/PLANNER-FORMATS.md section 1,
 * docs/formats/matching-plan.schema.json) by data binding, with the optional {@code reasonsNb}
 * (Norwegian reasons) next to {@code reasons} (English), and {@code reasonNb} next to an unmatched
 * actor's {@code reason}.
 */
public final class MatchingPlanWriter {
    public static final String FORMAT = "fellesgrunn.matching-plan/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MatchingPlanWriter() {}

    @JsonPropertyOrder({"format", "score", "matches", "unmatched"})
    record PlanOut(String format, String score, List<MatchOut> matches, List<UnmatchedOut> unmatched) {}

    @JsonPropertyOrder({"actors", "similarity", "sharedThemes", "reasons", "reasonsNb"})
    record MatchOut(
            List<String> actors,
            double similarity,
            List<String> sharedThemes,
            List<String> reasons,
            List<String> reasonsNb) {}

    @JsonPropertyOrder({"actor", "reason", "reasonNb"})
    record UnmatchedOut(String actor, String reason, String reasonNb) {}

    /**
     * @param english   writes a reason in English (the plan's {@code reasons} and {@code reason})
     * @param norwegian writes it in Norwegian bokmål ({@code reasonsNb}, {@code reasonNb})
     */
    public static String write(
            MatchingResult result, Function<ReasonCode, String> english, Function<ReasonCode, String> norwegian) {
        PlanOut plan = new PlanOut(
                FORMAT,
                result.score().toString(),
                result.matches().stream()
                        .map(match -> new MatchOut(
                                List.of(match.first(), match.second()),
                                // Six decimals: exact enough for any Jaccard index of small theme sets, and readable.
                                Math.round(match.similarity() * 1_000_000.0) / 1_000_000.0,
                                List.copyOf(match.sharedThemes()),
                                match.reasons().stream().map(english).toList(),
                                match.reasons().stream().map(norwegian).toList()))
                        .toList(),
                result.unmatched().stream()
                        .map(actor -> new UnmatchedOut(
                                actor.actor(), english.apply(actor.reason()), norwegian.apply(actor.reason())))
                        .toList());
        try {
            return JSON.writeValueAsString(plan) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan of plain strings and numbers always serialises", e);
        }
    }
}
