package no.fellesgrunn.planner.scheduling;

import static no.fellesgrunn.planner.scheduling.EventJsonFields.array;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.bool;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.enumValue;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.id;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.idList;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.integer;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.object;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.optionalArray;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.optionalString;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.perspectives;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.reference;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.strings;
import static no.fellesgrunn.planner.scheduling.EventJsonFields.time;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * Reads a {@code fellesgrunn.event/1} problem file (docs/formats/PLANNER-FORMATS.md section 2)
 * into an {@link EventProblem}, checking every field and the limits of the format so that a bad
 * file is rejected with the JSON pointer of the field and the rule it breaks. Unknown fields are
 * ignored. The text is read strictly ({@link StrictJson}: size, UTF-8, one JSON value, stream limits).
 * <p>
 * A {@code publishedPlan} may name participants who are no longer in the problem: they cancelled,
 * which is what re-planning is for. Its rounds, tables and challenges must exist.
 * <p>
 * A little over 300 lines: to go with data binding and a JSON Schema (issue 17).
 */
public final class EventProblemJson {
    public static final String FORMAT = "fellesgrunn.event/1";

    private final Map<String, Integer> roundIds = new HashMap<>();
    private final Set<String> tableIds = new HashSet<>();
    private final Set<String> challengeIds = new HashSet<>();
    private final Map<String, Set<String>> availability = new HashMap<>();

    private EventProblemJson() {
    }

    /** A problem file read: the problem and its soft weights. */
    public record ProblemFile(EventProblem problem, SchedulingWeights weights) {
    }

    /** Reads and validates a problem file with its optional weights. */
    public static ProblemFile read(Path file) throws IOException {
        JsonNode root = StrictJson.read(file);
        return new ProblemFile(new EventProblemJson().read(root), weights(root));
    }

    /** Parses and validates the text of a problem file. */
    public static EventProblem parse(String json) {
        return new EventProblemJson().read(StrictJson.parse(json));
    }

    /**
     * The optional {@code weights} object of a problem file (an extension of the format): soft
     * weights by the names of {@link SchedulingWeights}' components, each an integer from 0 to
     * {@link Limits#MAX_WEIGHT}; missing ones keep their defaults, unknown names are ignored.
     */
    public static SchedulingWeights weights(String json) {
        return weights(StrictJson.parse(json));
    }

    private static SchedulingWeights weights(JsonNode root) {
        SchedulingWeights d = SchedulingWeights.defaults();
        JsonNode node = root == null || !root.isObject() ? null : root.get("weights");
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
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0
                || node.longValue() > Limits.MAX_WEIGHT) {
            throw new FormatViolation("/weights/" + name, "must be a whole number from 0 to " + Limits.MAX_WEIGHT);
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
        Limits.atMost(challengeArray, Limits.MAX_CHALLENGES, "/challenges", "challenges");
        Limits.atMost(participantArray, Limits.MAX_PARTICIPANTS, "/participants", "participants");
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
            published = PublishedPlanJson.read(plan, "/publishedPlan", roundIds.keySet(), tableIds, challengeIds);
        }
        return new EventProblem(rounds, tables, challenges, participants, pinned, published);
    }

    private List<EventProblem.RoundSpec> rounds(JsonNode root) {
        JsonNode array = array(root, "rounds", "/rounds");
        if (array.isEmpty()) {
            throw new FormatViolation("/rounds", "must list at least one round");
        }
        Limits.atMost(array, Limits.MAX_ROUNDS, "/rounds", "rounds");
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
        Limits.atMost(array, Limits.MAX_TABLES, "/tables", "tables");
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
            if (capacity < 1 || capacity > Limits.MAX_CAPACITY) {
                throw new FormatViolation(at + "/capacity", "must be from 1 to " + Limits.MAX_CAPACITY + ", got " + capacity);
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
}
