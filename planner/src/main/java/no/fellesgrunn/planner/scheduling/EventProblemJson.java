package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.format.FormatViolation;

/**
 * Reads a {@code fellesgrunn.event/1} problem file (PLANNER-FORMATS.md section 2) into an
 * {@link EventProblem}, checking every field so that a bad file is rejected with the JSON pointer
 * of the field and the rule it breaks. Unknown fields are ignored.
 * <p>
 * A {@code publishedPlan} may name participants who are no longer in the problem: they cancelled,
 * which is what re-planning is for. Its rounds, tables and challenges must exist.
 */
public final class EventProblemJson {
    public static final String FORMAT = "fellesgrunn.event/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Integer> roundIds = new HashMap<>();
    private final Set<String> tableIds = new HashSet<>();
    private final Set<String> challengeIds = new HashSet<>();
    private final Map<String, Set<String>> availability = new HashMap<>();

    private EventProblemJson() {
    }

    /** Parses and validates the text of a problem file. */
    public static EventProblem parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormatViolation("", "is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return new EventProblemJson().read(root);
    }

    /**
     * The optional {@code weights} object of a problem file (an extension of the format): soft
     * weights by the names of {@link SchedulingWeights}' components, each a non-negative integer;
     * missing ones keep their defaults, unknown names are ignored.
     */
    public static SchedulingWeights weights(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormatViolation("", "is not valid JSON: " + e.getOriginalMessage());
        }
        SchedulingWeights d = SchedulingWeights.defaults();
        JsonNode node = root == null ? null : root.get("weights");
        if (node == null || node.isNull()) {
            return d;
        }
        object(node, "/weights");
        return new SchedulingWeights(
                weight(node, "wishedChallenge", d.wishedChallenge()),
                weight(node, "sharedThemes", d.sharedThemes()),
                weight(node, "neededPerspective", d.neededPerspective()),
                weight(node, "sectorBalance", d.sectorBalance()),
                weight(node, "sameOrganisation", d.sameOrganisation()),
                weight(node, "meetNewPeople", d.meetNewPeople()),
                weight(node, "repeatedChallenge", d.repeatedChallenge()),
                weight(node, "evenFill", d.evenFill()),
                weight(node, "publishedPlanChange", d.publishedPlanChange()));
    }

    private static long weight(JsonNode weights, String name, long defaultWeight) {
        JsonNode node = weights.get(name);
        if (node == null || node.isNull()) {
            return defaultWeight;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new FormatViolation("/weights/" + name, "must be a non-negative integer");
        }
        return node.longValue();
    }

    private EventProblem read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new FormatViolation("", "the problem must be a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new FormatViolation("/format", "must be \"" + FORMAT + "\"");
        }
        List<EventProblem.RoundSpec> rounds = rounds(root);
        List<EventProblem.TableSpec> tables = tables(root);
        // Challenge and participant ids first: hosts name participants, wishes name challenges.
        JsonNode challengeArray = optionalArray(root, "challenges", "/challenges");
        JsonNode participantArray = array(root, "participants", "/participants");
        collectIds(challengeArray, "/challenges", challengeIds, "challenge");
        Set<String> participantIds = new HashSet<>();
        collectIds(participantArray, "/participants", participantIds, "participant");
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        for (int i = 0; i < participantArray.size(); i++) {
            participants.add(participant(participantArray.get(i), "/participants/" + i, rounds));
        }
        List<EventProblem.ChallengeSpec> challenges = new ArrayList<>();
        for (int i = 0; challengeArray != null && i < challengeArray.size(); i++) {
            challenges.add(challenge(challengeArray.get(i), "/challenges/" + i, rounds.size(), participantIds));
        }
        List<EventProblem.PinSpec> pinned = pins(root, participantIds);
        EventPlan published = null;
        JsonNode plan = root.get("publishedPlan");
        if (plan != null && !plan.isNull()) {
            published = publishedPlan(plan, "/publishedPlan");
        }
        return new EventProblem(rounds, tables, challenges, participants, pinned, published);
    }

    private List<EventProblem.RoundSpec> rounds(JsonNode root) {
        JsonNode array = array(root, "rounds", "/rounds");
        if (array.isEmpty()) {
            throw new FormatViolation("/rounds", "must list at least one round");
        }
        List<EventProblem.RoundSpec> rounds = new ArrayList<>();
        Map<EventProblem.RoundSpec, Integer> position = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/rounds/" + i;
            JsonNode node = object(array.get(i), at);
            String id = id(node, at);
            if (roundIds.put(id, i) != null) {
                throw new FormatViolation(at + "/id", "duplicate round id \"" + id + "\"");
            }
            LocalDateTime start = time(node, at + "/start", "start");
            LocalDateTime end = time(node, at + "/end", "end");
            if (!end.isAfter(start)) {
                throw new FormatViolation(at + "/end", "the round must end after it starts (" + start + ")");
            }
            EventProblem.RoundSpec round = new EventProblem.RoundSpec(id, start, end);
            rounds.add(round);
            position.put(round, i);
        }
        List<EventProblem.RoundSpec> byStart = new ArrayList<>(rounds);
        byStart.sort(Comparator.comparing(EventProblem.RoundSpec::start));
        for (int i = 1; i < byStart.size(); i++) {
            EventProblem.RoundSpec previous = byStart.get(i - 1);
            EventProblem.RoundSpec round = byStart.get(i);
            if (round.start().isBefore(previous.end())) {
                throw new FormatViolation("/rounds/" + position.get(round) + "/start",
                        "round \"" + round.id() + "\" overlaps round \"" + previous.id() + "\" (which ends " + previous.end() + ")");
            }
        }
        return rounds;
    }

    private List<EventProblem.TableSpec> tables(JsonNode root) {
        JsonNode array = array(root, "tables", "/tables");
        if (array.isEmpty()) {
            throw new FormatViolation("/tables", "must list at least one table");
        }
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/tables/" + i;
            JsonNode node = object(array.get(i), at);
            String id = id(node, at);
            if (!tableIds.add(id)) {
                throw new FormatViolation(at + "/id", "duplicate table id \"" + id + "\"");
            }
            String room = optionalString(node, "room", at + "/room");
            Integer capacity = integer(node, "capacity", at + "/capacity");
            if (capacity == null) {
                throw new FormatViolation(at + "/capacity", "is required");
            }
            if (capacity < 1) {
                throw new FormatViolation(at + "/capacity", "must be at least 1, got " + capacity);
            }
            tables.add(new EventProblem.TableSpec(id, room, capacity, bool(node, "accessible", at + "/accessible")));
        }
        return tables;
    }

    private void collectIds(JsonNode array, String at, Set<String> ids, String kind) {
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode node = object(array.get(i), at + "/" + i);
            String id = id(node, at + "/" + i);
            if (!ids.add(id)) {
                throw new FormatViolation(at + "/" + i + "/id", "duplicate " + kind + " id \"" + id + "\"");
            }
        }
    }

    private EventProblem.ChallengeSpec challenge(JsonNode node, String at, int roundCount, Set<String> participantIds) {
        String id = id(node, at);
        String host = optionalString(node, "host", at + "/host");
        if (host != null && !participantIds.contains(host)) {
            throw new FormatViolation(at + "/host", "names no participant: \"" + host + "\"");
        }
        Set<String> themes = strings(node, "themes", at + "/themes");
        Set<Perspective> needed = perspectives(node, "neededPerspectives", at + "/neededPerspectives");
        Integer min = integer(node, "minRounds", at + "/minRounds");
        Integer max = integer(node, "maxRounds", at + "/maxRounds");
        int minRounds = min == null ? 1 : min;
        int maxRounds = max == null ? roundCount : max;
        if (minRounds < 0) {
            throw new FormatViolation(at + "/minRounds", "must not be negative, got " + minRounds);
        }
        if (maxRounds < 1) {
            throw new FormatViolation(at + "/maxRounds", "must be at least 1, got " + maxRounds);
        }
        if (minRounds > maxRounds) {
            throw new FormatViolation(at + "/minRounds",
                    "minRounds (" + minRounds + ") must not exceed maxRounds (" + maxRounds + ")");
        }
        if (minRounds > roundCount) {
            throw new FormatViolation(at + "/minRounds",
                    "minRounds (" + minRounds + ") exceeds the number of rounds (" + roundCount + ")");
        }
        return new EventProblem.ChallengeSpec(id, host, themes, needed, minRounds, maxRounds);
    }

    private EventProblem.ParticipantSpec participant(JsonNode node, String at, List<EventProblem.RoundSpec> rounds) {
        String id = id(node, at);
        String organisation = optionalString(node, "organisation", at + "/organisation");
        Sector sector = null;
        JsonNode sectorNode = node.get("sector");
        if (sectorNode != null && !sectorNode.isNull()) {
            sector = enumValue(Sector.class, sectorNode, at + "/sector", "sector");
        }
        Set<String> themes = strings(node, "themes", at + "/themes");
        Set<Perspective> perspectives = perspectives(node, "perspectives", at + "/perspectives");
        List<String> available = null;
        JsonNode availableNode = node.get("availableRounds");
        if (availableNode != null && !availableNode.isNull()) {
            available = new ArrayList<>(idList(availableNode, at + "/availableRounds", roundIds.keySet(), "round"));
        }
        availability.put(id, available == null
                ? new HashSet<>(rounds.stream().map(EventProblem.RoundSpec::id).toList())
                : new HashSet<>(available));
        List<String> wishes = new ArrayList<>();
        JsonNode wishNode = node.get("wishes");
        if (wishNode != null && !wishNode.isNull()) {
            wishes.addAll(idList(wishNode, at + "/wishes", challengeIds, "challenge"));
        }
        return new EventProblem.ParticipantSpec(id, organisation, sector, themes, perspectives, available, wishes,
                bool(node, "needsAccessible", at + "/needsAccessible"));
    }

    private List<EventProblem.PinSpec> pins(JsonNode root, Set<String> participantIds) {
        JsonNode array = optionalArray(root, "pinned", "/pinned");
        List<EventProblem.PinSpec> pins = new ArrayList<>();
        Set<String> pinnedSeats = new HashSet<>();
        Set<String> pinnedTables = new HashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = "/pinned/" + i;
            JsonNode node = object(array.get(i), at);
            String round = reference(node, "round", at, roundIds.keySet(), "round");
            String table = reference(node, "table", at, tableIds, "table");
            String participant = optionalString(node, "participant", at + "/participant");
            String challenge = optionalString(node, "challenge", at + "/challenge");
            if (participant == null && challenge == null) {
                throw new FormatViolation(at, "a pin needs a participant (a pinned seat) or a challenge (a pinned table challenge)");
            }
            if (participant != null) {
                if (!participantIds.contains(participant)) {
                    throw new FormatViolation(at + "/participant", "names no participant: \"" + participant + "\"");
                }
                if (!availability.get(participant).contains(round)) {
                    throw new FormatViolation(at + "/round",
                            "participant \"" + participant + "\" is not available in round \"" + round + "\"");
                }
                if (!pinnedSeats.add(participant + "@" + round)) {
                    throw new FormatViolation(at, "participant \"" + participant + "\" is pinned twice in round \"" + round + "\"");
                }
            }
            if (challenge != null) {
                if (!challengeIds.contains(challenge)) {
                    throw new FormatViolation(at + "/challenge", "names no challenge: \"" + challenge + "\"");
                }
                if (!pinnedTables.add(table + "@" + round)) {
                    throw new FormatViolation(at, "table \"" + table + "\" has two pinned challenges in round \"" + round + "\"");
                }
            }
            pins.add(new EventProblem.PinSpec(participant, round, table, challenge));
        }
        return pins;
    }

    private EventPlan publishedPlan(JsonNode node, String at) {
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
            String round = reference(entry, "round", entryAt, roundIds.keySet(), "round");
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
            String round = reference(entry, "round", entryAt, roundIds.keySet(), "round");
            String reason = optionalString(entry, "reason", entryAt + "/reason");
            unseated.add(new EventPlan.Unseated(participant, round, new Text(reason, reason)));
        }
        JsonNode score = node.get("score");
        return new EventPlan(score != null && score.isTextual() ? score.asText() : null, seating, unseated,
                List.of(), List.of(), null);
    }

    // ---- field readers ----------------------------------------------------------------------

    private static JsonNode object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new FormatViolation(at, "must be a JSON object");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new FormatViolation(at, "is required");
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array");
        }
        return node;
    }

    private static JsonNode optionalArray(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array");
        }
        return node;
    }

    private static String id(JsonNode node, String at) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw new FormatViolation(at + "/id", "is required");
        }
        return text(id, at + "/id");
    }

    /** A non-empty string. */
    private static String text(JsonNode node, String at) {
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new FormatViolation(at, "must be a non-empty string");
        }
        return node.asText();
    }

    private static String optionalString(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return text(node, at);
    }

    private static String reference(JsonNode parent, String field, String at, Set<String> known, String kind) {
        String id = optionalString(parent, field, at + "/" + field);
        if (id == null) {
            throw new FormatViolation(at + "/" + field, "is required");
        }
        if (!known.contains(id)) {
            throw new FormatViolation(at + "/" + field, "names no " + kind + ": \"" + id + "\"");
        }
        return id;
    }

    private static Integer integer(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new FormatViolation(at, "must be an integer");
        }
        return node.intValue();
    }

    private static boolean bool(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new FormatViolation(at, "must be true or false");
        }
        return node.booleanValue();
    }

    private static LocalDateTime time(JsonNode parent, String at, String field) {
        String value = optionalString(parent, field, at);
        if (value == null) {
            throw new FormatViolation(at, "is required");
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new FormatViolation(at, "must be a local date and time such as 2026-05-14T09:30, got \"" + value + "\"");
        }
    }

    private static Set<String> strings(JsonNode parent, String field, String at) {
        Set<String> values = new LinkedHashSet<>();
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of strings");
        }
        for (int i = 0; i < node.size(); i++) {
            values.add(text(node.get(i), at + "/" + i));
        }
        return values;
    }

    private static Set<Perspective> perspectives(JsonNode parent, String field, String at) {
        Set<Perspective> values = new LinkedHashSet<>();
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of perspectives");
        }
        for (int i = 0; i < node.size(); i++) {
            values.add(enumValue(Perspective.class, node.get(i), at + "/" + i, "perspective"));
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String at, String kind) {
        String value = text(node, at);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw new FormatViolation(at, "unknown " + kind + " \"" + value + "\"; expected one of " + String.join(", ", names));
        }
    }

    private static List<String> idList(JsonNode node, String at, Set<String> known, String kind) {
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of " + kind + " ids");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String id = text(node.get(i), at + "/" + i);
            if (!known.contains(id)) {
                throw new FormatViolation(at + "/" + i, "names no " + kind + ": \"" + id + "\"");
            }
            if (ids.contains(id)) {
                throw new FormatViolation(at + "/" + i, kind + " \"" + id + "\" is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }
}
