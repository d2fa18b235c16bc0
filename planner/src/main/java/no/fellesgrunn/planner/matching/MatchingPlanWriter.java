package no.fellesgrunn.planner.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@code fellesgrunn.matching-plan/1} plan (docs/formats/PLANNER-FORMATS.md section 1), with the
 * optional {@code reasonsNb} (Norwegian reasons) next to {@code reasons} (English), and
 * {@code reasonNb} next to an unmatched actor's {@code reason}.
 */
public final class MatchingPlanWriter {
    public static final String FORMAT = "fellesgrunn.matching-plan/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MatchingPlanWriter() {
    }

    /**
     * @param english   writes a reason in English (the plan's {@code reasons} and {@code reason})
     * @param norwegian writes it in Norwegian bokmål ({@code reasonsNb}, {@code reasonNb})
     */
    public static String write(MatchingResult result, java.util.function.Function<ReasonCode, String> english,
                               java.util.function.Function<ReasonCode, String> norwegian) {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("format", FORMAT);
        plan.put("score", result.score().toString());
        ArrayNode matches = plan.putArray("matches");
        for (MatchingResult.Match match : result.matches()) {
            ObjectNode node = matches.addObject();
            node.putArray("actors").add(match.first()).add(match.second());
            // Six decimals: exact enough for any Jaccard index of small theme sets, and readable.
            node.put("similarity", Math.round(match.similarity() * 1_000_000.0) / 1_000_000.0);
            ArrayNode shared = node.putArray("sharedThemes");
            match.sharedThemes().forEach(shared::add);
            ArrayNode reasons = node.putArray("reasons");
            match.reasons().forEach(r -> reasons.add(english.apply(r)));
            ArrayNode reasonsNb = node.putArray("reasonsNb");
            match.reasons().forEach(r -> reasonsNb.add(norwegian.apply(r)));
        }
        ArrayNode unmatched = plan.putArray("unmatched");
        for (MatchingResult.Unmatched actor : result.unmatched()) {
            unmatched.addObject().put("actor", actor.actor()).put("reason", english.apply(actor.reason()))
                    .put("reasonNb", norwegian.apply(actor.reason()));
        }
        try {
            return JSON.writeValueAsString(plan) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan of plain strings and numbers always serialises", e);
        }
    }
}
