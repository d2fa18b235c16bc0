package no.fellesgrunn.planner.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
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
import no.fellesgrunn.planner.format.FormatSchema;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.format.StrictJson;

/**
 * Reads a {@code fellesgrunn.event/1} problem file (docs/formats/PLANNER-FORMATS.md section 2)
 * into an {@link EventProblem}: read strictly ({@link StrictJson}: size, UTF-8, one JSON value,
 * stream limits), checked against docs/formats/event-problem.schema.json ({@link FormatSchema}:
 * types, required fields, enums, ranges and list sizes), bound to records ({@link EventProblemFile})
 * and then checked for what a schema cannot say: unique ids, references to known rounds, tables,
 * challenges and participants, rounds that end after they start and do not overlap, minRounds
 * within maxRounds and the number of rounds, and pins. A bad file is rejected with the JSON pointer
 * of the field and a code of the rule it breaks. Unknown fields are ignored.
 * <p>
 * A {@code publishedPlan} may name participants who are no longer in the problem: they cancelled,
 * which is what re-planning is for. Its rounds, tables and challenges must exist.
 */
public final class EventProblemJson {
    public static final String FORMAT = "fellesgrunn.event/1";

    private final Map<String, Integer> roundIds = new HashMap<>();
    private final Map<String, Integer> tableIds = new HashMap<>();
    private final Map<String, Integer> challengeIds = new HashMap<>();
    private final Map<String, Integer> participantIds = new HashMap<>();
    private final Map<String, Set<String>> availability = new HashMap<>();

    private EventProblemJson() {}

    /** A problem file read: the problem and its soft weights. */
    public record ProblemFile(EventProblem problem, SchedulingWeights weights) {}

    /** Reads and validates a problem file with its optional weights. */
    public static ProblemFile read(Path file) throws IOException {
        EventProblemFile data = bind(StrictJson.read(file));
        return new ProblemFile(new EventProblemJson().problem(data), weights(data));
    }

    /** Parses and validates the text of a problem file. */
    public static EventProblem parse(String json) {
        return new EventProblemJson().problem(bind(StrictJson.parse(json)));
    }

    /**
     * The optional {@code weights} object of a problem file (an extension of the format): soft
     * weights by the names of {@link SchedulingWeights}' components, each an integer from 0 to
     * {@link no.fellesgrunn.planner.format.Limits#MAX_WEIGHT}; missing ones keep their defaults,
     * unknown names are ignored. The whole file must pass the schema.
     */
    public static SchedulingWeights weights(String json) {
        return weights(bind(StrictJson.parse(json)));
    }

    private static SchedulingWeights weights(EventProblemFile data) {
        return data.weights() == null
                ? SchedulingWeights.defaults()
                : data.weights().orDefaults();
    }

    private static EventProblemFile bind(JsonNode tree) {
        FormatSchema.EVENT_PROBLEM.check(tree);
        return StrictJson.bind(tree, EventProblemFile.class);
    }

    private EventProblem problem(EventProblemFile data) {
        List<EventProblem.RoundSpec> rounds = rounds(data.rounds());
        List<EventProblem.TableSpec> tables = tables(data.tables());
        // Challenge and participant ids first: hosts name participants, wishes name challenges.
        List<EventProblemFile.ChallengeJson> challengeList = orEmpty(data.challenges());
        for (int i = 0; i < challengeList.size(); i++) {
            unique(challengeIds, challengeList.get(i).id(), "/challenges/" + i);
        }
        for (int i = 0; i < data.participants().size(); i++) {
            unique(participantIds, data.participants().get(i).id(), "/participants/" + i);
        }
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        for (int i = 0; i < data.participants().size(); i++) {
            participants.add(participant(data.participants().get(i), "/participants/" + i, rounds));
        }
        List<EventProblem.ChallengeSpec> challenges = new ArrayList<>();
        for (int i = 0; i < challengeList.size(); i++) {
            challenges.add(challenge(challengeList.get(i), "/challenges/" + i, rounds.size()));
        }
        List<EventProblem.PinSpec> pinned = pins(orEmpty(data.pinned()));
        EventPlan published = data.publishedPlan() == null
                ? null
                : PublishedPlanJson.plan(
                        data.publishedPlan(),
                        "/publishedPlan",
                        roundIds.keySet(),
                        tableIds.keySet(),
                        challengeIds.keySet());
        return new EventProblem(rounds, tables, challenges, participants, pinned, published);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Adds the id at {@code at}, or names where it was used first. */
    private static void unique(Map<String, Integer> ids, String id, String at) {
        Integer earlier = ids.putIfAbsent(id, ids.size());
        if (earlier != null) {
            String list = at.substring(0, at.lastIndexOf('/'));
            throw new FormatViolation(at + "/id", "format.duplicate_id", id, list + "/" + earlier + "/id");
        }
    }

    private List<EventProblem.RoundSpec> rounds(List<EventProblemFile.RoundJson> list) {
        List<EventProblem.RoundSpec> rounds = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/rounds/" + i;
            EventProblemFile.RoundJson round = list.get(i);
            unique(roundIds, round.id(), at);
            LocalDateTime start = time(round.start(), at + "/start");
            LocalDateTime end = time(round.end(), at + "/end");
            if (!end.isAfter(start)) {
                throw new FormatViolation(at + "/end", "format.round_ends_before_start", start);
            }
            rounds.add(new EventProblem.RoundSpec(round.id(), start, end));
        }
        List<EventProblem.RoundSpec> byStart = new ArrayList<>(rounds);
        byStart.sort(Comparator.comparing(EventProblem.RoundSpec::start));
        for (int i = 1; i < byStart.size(); i++) {
            EventProblem.RoundSpec previous = byStart.get(i - 1);
            EventProblem.RoundSpec round = byStart.get(i);
            if (round.start().isBefore(previous.end())) {
                throw new FormatViolation(
                        "/rounds/" + roundIds.get(round.id()) + "/start",
                        "format.rounds_overlap",
                        round.id(),
                        previous.id(),
                        previous.end());
            }
        }
        return rounds;
    }

    private static LocalDateTime time(String value, String at) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new FormatViolation(at, "format.time", value);
        }
    }

    private List<EventProblem.TableSpec> tables(List<EventProblemFile.TableJson> list) {
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            EventProblemFile.TableJson table = list.get(i);
            unique(tableIds, table.id(), "/tables/" + i);
            tables.add(new EventProblem.TableSpec(
                    table.id(), table.room(), table.capacity(), Boolean.TRUE.equals(table.accessible())));
        }
        return tables;
    }

    private EventProblem.ChallengeSpec challenge(EventProblemFile.ChallengeJson challenge, String at, int roundCount) {
        if (challenge.host() != null && !participantIds.containsKey(challenge.host())) {
            throw new FormatViolation(at + "/host", "format.unknown_participant", challenge.host());
        }
        int minRounds = challenge.minRounds() == null ? 1 : challenge.minRounds();
        int maxRounds = challenge.maxRounds() == null ? roundCount : challenge.maxRounds();
        if (minRounds > maxRounds) {
            throw new FormatViolation(at + "/minRounds", "format.min_above_max", minRounds, maxRounds);
        }
        if (minRounds > roundCount) {
            throw new FormatViolation(at + "/minRounds", "format.min_above_rounds", minRounds, roundCount);
        }
        return new EventProblem.ChallengeSpec(
                challenge.id(),
                challenge.host(),
                new LinkedHashSet<>(orEmpty(challenge.themes())),
                new LinkedHashSet<>(orEmpty(challenge.neededPerspectives())),
                minRounds,
                maxRounds);
    }

    private EventProblem.ParticipantSpec participant(
            EventProblemFile.ParticipantJson participant, String at, List<EventProblem.RoundSpec> rounds) {
        List<String> available = participant.availableRounds() == null
                ? null
                : ids(
                        participant.availableRounds(),
                        at + "/availableRounds",
                        roundIds.keySet(),
                        "format.unknown_round");
        availability.put(
                participant.id(),
                available == null
                        ? new HashSet<>(
                                rounds.stream().map(EventProblem.RoundSpec::id).toList())
                        : new HashSet<>(available));
        List<String> wishes = participant.wishes() == null
                ? List.of()
                : ids(participant.wishes(), at + "/wishes", challengeIds.keySet(), "format.unknown_challenge");
        return new EventProblem.ParticipantSpec(
                participant.id(),
                participant.organisation(),
                participant.sector(),
                new LinkedHashSet<>(orEmpty(participant.themes())),
                new LinkedHashSet<>(orEmpty(participant.perspectives())),
                available,
                wishes,
                Boolean.TRUE.equals(participant.needsAccessible()));
    }

    /** A list of ids, each known and listed once. */
    private static List<String> ids(List<String> list, String at, Set<String> known, String unknownCode) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            if (!known.contains(id)) {
                throw new FormatViolation(at + "/" + i, unknownCode, id);
            }
            if (!seen.add(id)) {
                throw new FormatViolation(at + "/" + i, "format.listed_twice", id);
            }
        }
        return list;
    }

    private List<EventProblem.PinSpec> pins(List<EventProblemFile.PinJson> list) {
        List<EventProblem.PinSpec> pins = new ArrayList<>();
        Set<String> pinnedSeats = new HashSet<>();
        Set<String> pinnedTables = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/pinned/" + i;
            EventProblemFile.PinJson pin = list.get(i);
            String round = pin.round();
            if (!roundIds.containsKey(round)) {
                throw new FormatViolation(at + "/round", "format.unknown_round", round);
            }
            if (!tableIds.containsKey(pin.table())) {
                throw new FormatViolation(at + "/table", "format.unknown_table", pin.table());
            }
            String participant = pin.participant();
            if (participant == null && pin.challenge() == null) {
                throw new FormatViolation(at, "format.pin_needs_target");
            }
            if (participant != null) {
                if (!participantIds.containsKey(participant)) {
                    throw new FormatViolation(at + "/participant", "format.unknown_participant", participant);
                }
                if (!availability.get(participant).contains(round)) {
                    throw new FormatViolation(at + "/round", "format.pin_not_available", participant, round);
                }
                if (!pinnedSeats.add(participant + "@" + round)) {
                    throw new FormatViolation(at, "format.pinned_twice", participant, round);
                }
            }
            if (pin.challenge() != null) {
                if (!challengeIds.containsKey(pin.challenge())) {
                    throw new FormatViolation(at + "/challenge", "format.unknown_challenge", pin.challenge());
                }
                if (!pinnedTables.add(pin.table() + "@" + round)) {
                    throw new FormatViolation(at, "format.two_pinned_challenges", pin.table(), round);
                }
            }
            pins.add(new EventProblem.PinSpec(participant, round, pin.table(), pin.challenge()));
        }
        return pins;
    }
}
