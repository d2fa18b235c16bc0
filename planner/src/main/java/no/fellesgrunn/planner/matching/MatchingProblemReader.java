package no.fellesgrunn.planner.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.format.Limits;
import no.fellesgrunn.planner.format.StrictJson;

/**
 * Reads a {@code fellesgrunn.matching/1} problem file (docs/formats/PLANNER-FORMATS.md section 1), field by
 * field, so that a breach is reported with the JSON pointer of the field and the rule it breaks.
 * Unknown fields are ignored.
 */
public final class MatchingProblemReader {
    public static final String FORMAT = "fellesgrunn.matching/1";

    private MatchingProblemReader() {
    }

    /** Reads the file strictly (size, UTF-8, one JSON value; see {@link StrictJson}) and checks it. */
    public static MatchingProblem read(Path file) throws IOException {
        return problem(StrictJson.read(file));
    }

    /** Parses and checks the problem; throws {@link FormatViolation} at the first breach. */
    public static MatchingProblem parse(String json) {
        return problem(StrictJson.parse(json));
    }

    private static MatchingProblem problem(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new FormatViolation("", "the problem must be a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new FormatViolation("/format", "must be \"" + FORMAT + "\"");
        }
        JsonNode actorsNode = root.get("actors");
        if (actorsNode == null || !actorsNode.isArray()) {
            throw new FormatViolation("/actors", "must be an array of actors");
        }
        Limits.atMost(actorsNode, Limits.MAX_ACTORS, "/actors", "actors");
        // An actor cannot meet more people than there are; more is a mistake and would cost memory.
        int mostMatches = Math.min(Limits.MAX_MATCHES_PER_ACTOR, Math.max(1, actorsNode.size()));
        int matchesPerActor = matchCount(root.get("matchesPerActor"), "/matchesPerActor", mostMatches);
        List<ActorProfile> actors = new ArrayList<>();
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < actorsNode.size(); i++) {
            ActorProfile actor = actor(actorsNode.get(i), "/actors/" + i, mostMatches);
            Integer earlier = positionById.putIfAbsent(actor.id(), i);
            if (earlier != null) {
                throw new FormatViolation("/actors/" + i + "/id",
                        "actor ids must be unique; \"" + actor.id() + "\" is also at /actors/" + earlier + "/id");
            }
            actors.add(actor);
        }
        List<ActorPair> excluded = pairs(root.get("excludedPairs"), "/excludedPairs", positionById);
        List<ActorPair> previous = pairs(root.get("previousMatches"), "/previousMatches", positionById);
        return new MatchingProblem(actors, matchesPerActor, excluded, previous);
    }

    private static ActorProfile actor(JsonNode node, String at, int mostMatches) {
        if (!node.isObject()) {
            throw new FormatViolation(at, "an actor must be a JSON object");
        }
        String id = identifier(node.get("id"), at + "/id", true);
        String organisation = identifier(node.get("organisation"), at + "/organisation", false);
        Sector sector = enumValue(node.get("sector"), at + "/sector", Sector.class);
        String municipality = null;
        JsonNode municipalityNode = node.get("municipality");
        if (municipalityNode != null && !municipalityNode.isNull()) {
            if (!municipalityNode.isTextual() || !municipalityNode.asText().matches("[0-9]{4}")) {
                throw new FormatViolation(at + "/municipality", "must be a four-digit municipality number such as \"1804\"");
            }
            municipality = municipalityNode.asText();
        }
        JsonNode themesNode = node.get("themes");
        if (themesNode == null || !themesNode.isArray()) {
            throw new FormatViolation(at + "/themes", "must be an array of theme strings");
        }
        Limits.atMost(themesNode, Limits.MAX_LIST_ENTRIES, at + "/themes", "themes");
        Set<String> themes = new LinkedHashSet<>();
        for (int t = 0; t < themesNode.size(); t++) {
            themes.add(identifier(themesNode.get(t), at + "/themes/" + t, true));
        }
        Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
        JsonNode perspectivesNode = node.get("perspectives");
        if (perspectivesNode != null && !perspectivesNode.isNull()) {
            if (!perspectivesNode.isArray()) {
                throw new FormatViolation(at + "/perspectives", "must be an array of perspectives");
            }
            Limits.atMost(perspectivesNode, Limits.MAX_LIST_ENTRIES, at + "/perspectives", "perspectives");
            for (int p = 0; p < perspectivesNode.size(); p++) {
                perspectives.add(enumValue(perspectivesNode.get(p), at + "/perspectives/" + p, Perspective.class));
            }
        }
        JsonNode maxMatchesNode = node.get("maxMatches");
        Integer maxMatches = maxMatchesNode == null || maxMatchesNode.isNull()
                ? null : matchCount(maxMatchesNode, at + "/maxMatches", mostMatches);
        return new ActorProfile(id, organisation, sector, municipality, themes, perspectives, maxMatches);
    }

    private static List<ActorPair> pairs(JsonNode node, String at, Map<String, Integer> positionById) {
        List<ActorPair> pairs = new ArrayList<>();
        if (node == null || node.isNull()) {
            return pairs;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of [actorId, actorId] pairs");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode pair = node.get(i);
            if (!pair.isArray() || pair.size() != 2) {
                throw new FormatViolation(at + "/" + i, "must be an array of exactly two actor ids");
            }
            String first = identifier(pair.get(0), at + "/" + i + "/0", true);
            String second = identifier(pair.get(1), at + "/" + i + "/1", true);
            if (!positionById.containsKey(first)) {
                throw new FormatViolation(at + "/" + i + "/0", "names no actor: \"" + first + "\"");
            }
            if (!positionById.containsKey(second)) {
                throw new FormatViolation(at + "/" + i + "/1", "names no actor: \"" + second + "\"");
            }
            if (first.equals(second)) {
                throw new FormatViolation(at + "/" + i, "must name two different actors");
            }
            pairs.add(new ActorPair(first, second));
        }
        return pairs;
    }

    private static String identifier(JsonNode node, String at, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new FormatViolation(at, "is required (a non-empty string)");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new FormatViolation(at, "must be a non-empty string");
        }
        return node.asText();
    }

    /** A whole number from 1 to {@code most}. */
    private static int matchCount(JsonNode node, String at, int most) {
        if (node == null || node.isNull()) {
            throw new FormatViolation(at, "is required (a whole number of at least 1)");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            throw new FormatViolation(at, "must be a whole number of at least 1, got " + shown(node));
        }
        if (node.asInt() > most) {
            throw new FormatViolation(at, "must be at most " + most + " (at most " + Limits.MAX_MATCHES_PER_ACTOR
                    + " and at most the number of actors), got " + node.asInt());
        }
        return node.asInt();
    }

    /** A value as it can be shown in a message: long ones are cut. */
    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String at, Class<E> type) {
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (node == null || node.isNull()) {
            throw new FormatViolation(at, "is required, one of " + allowed);
        }
        if (node.isTextual()) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(node.asText())) {
                    return value;
                }
            }
        }
        throw new FormatViolation(at, "must be one of " + allowed + ", got " + shown(node));
    }
}
