package no.fellesgrunn.planner.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import no.fellesgrunn.planner.format.Limits;
import no.fellesgrunn.planner.fuzz.Mutant.Expected;
import no.fellesgrunn.planner.fuzz.Mutant.Format;

/**
 * Mutations of the example's JSON tree whose verdict is known: a number set beyond its range or a
 * list grown beyond its limit must be rejected; a number set to an extreme value within its range
 * (the most matches per actor, the largest weight, the largest table) must be solved.
 */
final class TreeMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WEIGHTS = {
        "wishedChallenge",
        "sharedThemes",
        "neededPerspective",
        "sectorBalance",
        "sameOrganisation",
        "meetNewPeople",
        "repeatedChallenge",
        "evenFill",
        "publishedPlanChange"
    };
    private static final long[] OUT_OF_RANGE = {
        0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE
    };

    private TreeMutations() {}

    static Mutant mutate(Random random, Format format, String text) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean valid = random.nextBoolean();
        String description = format == Format.MATCHING ? matching(random, root, valid) : event(random, root, valid);
        return new Mutant(
                format, description, Mutator.utf8(root.toString()), valid ? Expected.ACCEPT : Expected.REJECT);
    }

    private static String matching(Random random, ObjectNode root, boolean valid) {
        ArrayNode actors = (ArrayNode) root.get("actors");
        int n = actors.size();
        ObjectNode actor = (ObjectNode) actors.get(random.nextInt(n));
        if (valid) {
            int most = Math.min(Limits.MAX_MATCHES_PER_ACTOR, n);
            if (random.nextBoolean()) {
                root.put("matchesPerActor", most);
                return "matchesPerActor " + most;
            }
            actor.put("maxMatches", most);
            return "maxMatches " + most;
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                long value = random.nextBoolean() ? n + 1 : OUT_OF_RANGE[random.nextInt(OUT_OF_RANGE.length)];
                root.put("matchesPerActor", value);
                return "matchesPerActor " + value;
            }
            case 1 -> {
                long value = random.nextBoolean()
                        ? n + 1 + random.nextInt(1_000_000)
                        : OUT_OF_RANGE[random.nextInt(OUT_OF_RANGE.length)];
                actor.put("maxMatches", value);
                return "maxMatches " + value;
            }
            default -> {
                for (int i = n; i <= Limits.MAX_ACTORS; i++) {
                    actors.addObject()
                            .put("id", "extra-" + i)
                            .put("sector", "BUSINESS")
                            .putArray("themes")
                            .add("eldre");
                }
                return "actors " + actors.size();
            }
        }
    }

    private static String event(Random random, ObjectNode root, boolean valid) {
        ArrayNode tables = (ArrayNode) root.get("tables");
        ObjectNode table = (ObjectNode) tables.get(random.nextInt(tables.size()));
        int rounds = root.get("rounds").size();
        ObjectNode challenge = (ObjectNode)
                root.get("challenges").get(random.nextInt(root.get("challenges").size()));
        if (valid) {
            switch (random.nextInt(4)) {
                case 3 -> { // valid, but no plan can keep the table's capacity: a plan that breaks a hard rule
                    ArrayNode pins = root.putArray("pinned");
                    table.put("capacity", 1);
                    for (int i = 0; i < 2; i++) {
                        ObjectNode participant =
                                (ObjectNode) root.get("participants").get(i);
                        participant.remove("availableRounds");
                        pins.addObject()
                                .put("participant", participant.get("id").asText())
                                .put(
                                        "round",
                                        root.get("rounds").get(0).get("id").asText())
                                .put("table", table.get("id").asText());
                    }
                    return "two pinned at a table of one";
                }
                case 0 -> {
                    table.put("capacity", Limits.MAX_CAPACITY);
                    return "capacity " + Limits.MAX_CAPACITY;
                }
                case 1 -> {
                    ObjectNode weights = root.putObject("weights");
                    for (String weight : WEIGHTS) {
                        weights.put(weight, random.nextBoolean() ? Limits.MAX_WEIGHT : 0);
                    }
                    return "weights " + weights;
                }
                default -> {
                    challenge.put("maxRounds", Integer.MAX_VALUE).put("minRounds", 0);
                    return "maxRounds " + Integer.MAX_VALUE;
                }
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> {
                long value = random.nextBoolean()
                        ? Limits.MAX_CAPACITY + 1
                        : OUT_OF_RANGE[random.nextInt(OUT_OF_RANGE.length)];
                table.put("capacity", value);
                return "capacity " + value;
            }
            case 1 -> {
                String weight = WEIGHTS[random.nextInt(WEIGHTS.length)];
                long value = random.nextBoolean() ? Limits.MAX_WEIGHT + 1 : Long.MAX_VALUE - random.nextInt(3);
                root.putObject("weights").put(weight, random.nextBoolean() ? value : -1);
                return "weight " + root.get("weights");
            }
            case 2 -> {
                long value = random.nextBoolean() ? rounds + 1 : -1 - random.nextInt(Integer.MAX_VALUE);
                challenge.put("minRounds", value);
                return "minRounds " + value;
            }
            case 3 -> {
                ArrayNode list =
                        random.nextBoolean() ? (ArrayNode) root.get("tables") : (ArrayNode) root.get("participants");
                int limit = list == root.get("tables") ? Limits.MAX_TABLES : Limits.MAX_PARTICIPANTS;
                for (int i = list.size(); i <= limit; i++) {
                    ObjectNode entry = list.addObject().put("id", "extra-" + i);
                    if (list == root.get("tables")) {
                        entry.put("capacity", 6);
                    }
                }
                return (limit == Limits.MAX_TABLES ? "tables " : "participants ") + list.size();
            }
            default -> {
                ArrayNode list = (ArrayNode) root.get("rounds");
                for (int i = list.size(); i <= Limits.MAX_ROUNDS; i++) {
                    list.addObject()
                            .put("id", "extra-" + i)
                            .put("start", String.format("2026-06-%02dT09:00", i + 1))
                            .put("end", String.format("2026-06-%02dT10:00", i + 1));
                }
                return "rounds " + list.size();
            }
        }
    }
}
