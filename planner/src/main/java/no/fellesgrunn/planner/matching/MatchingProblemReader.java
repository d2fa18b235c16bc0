package no.fellesgrunn.planner.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.format.FormatSchema;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.format.Limits;
import no.fellesgrunn.planner.format.StrictJson;

/**
 * Reads a {@code fellesgrunn.matching/1} problem file (docs/formats/PLANNER-FORMATS.md section 1):
 * read strictly ({@link StrictJson}), checked against docs/formats/matching-problem.schema.json
 * ({@link FormatSchema}), bound to records, then checked for what a schema cannot say: unique actor
 * ids, pairs that name two different known actors, and no actor asking for more matches than there
 * are actors. A breach is reported with the JSON pointer of the field and a code of the rule it
 * breaks. Unknown fields are ignored.
 */
public final class MatchingProblemReader {
    public static final String FORMAT = "fellesgrunn.matching/1";

    private MatchingProblemReader() {}

    /** The file as data, bound once the schema accepted it. */
    record ProblemFile(
            String format,
            Integer matchesPerActor,
            List<ActorJson> actors,
            List<List<String>> excludedPairs,
            List<List<String>> previousMatches) {}

    record ActorJson(
            String id,
            String organisation,
            Sector sector,
            String municipality,
            List<String> themes,
            List<Perspective> perspectives,
            Integer maxMatches) {}

    /** Reads the file strictly (size, UTF-8, one JSON value; see {@link StrictJson}) and checks it. */
    public static MatchingProblem read(Path file) throws IOException {
        return problem(StrictJson.read(file));
    }

    /** Parses and checks the problem; throws {@link FormatViolation} at the first breach. */
    public static MatchingProblem parse(String json) {
        return problem(StrictJson.parse(json));
    }

    private static MatchingProblem problem(JsonNode tree) {
        FormatSchema.MATCHING_PROBLEM.check(tree);
        ProblemFile file = StrictJson.bind(tree, ProblemFile.class);
        // An actor cannot meet more people than there are; more is a mistake and would cost memory.
        int mostMatches =
                Math.min(Limits.MAX_MATCHES_PER_ACTOR, Math.max(1, file.actors().size()));
        int matchesPerActor = matchCount(file.matchesPerActor(), "/matchesPerActor", mostMatches);
        List<ActorProfile> actors = new ArrayList<>();
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < file.actors().size(); i++) {
            ActorJson actor = file.actors().get(i);
            String at = "/actors/" + i;
            Integer earlier = positionById.putIfAbsent(actor.id(), i);
            if (earlier != null) {
                throw new FormatViolation(at + "/id", "format.duplicate_id", actor.id(), "/actors/" + earlier + "/id");
            }
            Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
            if (actor.perspectives() != null) {
                perspectives.addAll(actor.perspectives());
            }
            Integer maxMatches =
                    actor.maxMatches() == null ? null : matchCount(actor.maxMatches(), at + "/maxMatches", mostMatches);
            actors.add(new ActorProfile(
                    actor.id(),
                    actor.organisation(),
                    actor.sector(),
                    actor.municipality(),
                    new LinkedHashSet<>(actor.themes()),
                    perspectives,
                    maxMatches));
        }
        List<ActorPair> excluded = pairs(file.excludedPairs(), "/excludedPairs", positionById);
        List<ActorPair> previous = pairs(file.previousMatches(), "/previousMatches", positionById);
        return new MatchingProblem(actors, matchesPerActor, excluded, previous);
    }

    private static List<ActorPair> pairs(List<List<String>> list, String at, Map<String, Integer> positionById) {
        List<ActorPair> pairs = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String first = list.get(i).get(0);
            String second = list.get(i).get(1);
            if (!positionById.containsKey(first)) {
                throw new FormatViolation(at + "/" + i + "/0", "format.unknown_actor", first);
            }
            if (!positionById.containsKey(second)) {
                throw new FormatViolation(at + "/" + i + "/1", "format.unknown_actor", second);
            }
            if (first.equals(second)) {
                throw new FormatViolation(at + "/" + i, "format.same_actor_twice", first);
            }
            pairs.add(new ActorPair(first, second));
        }
        return pairs;
    }

    /** A count the schema holds from 1 to {@link Limits#MAX_MATCHES_PER_ACTOR}, here also at most the number of actors. */
    private static int matchCount(int count, String at, int most) {
        if (count > most) {
            throw new FormatViolation(at, "format.more_matches_than_actors", most, count);
        }
        return count;
    }
}
