package no.fellesgrunn.planner.format;

import static no.fellesgrunn.planner.format.Violations.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.matching.ActorProfile;
import no.fellesgrunn.planner.matching.MatchingEngine;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.planner.matching.MatchingProblemReader;
import no.fellesgrunn.planner.matching.MatchingResult;
import no.fellesgrunn.planner.matching.MatchingWeights;
import no.fellesgrunn.planner.scheduling.EventProblemJson;
import org.junit.jupiter.api.Test;

/** Every number of both formats is range-checked, and sizes beyond the documented limits are refused. */
class ProblemLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode example(String name) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "docs", "examples", name)));
    }

    private static FormatViolation matching(ObjectNode tree) {
        return catchThrowableOfType(() -> MatchingProblemReader.parse(tree.toString()), FormatViolation.class);
    }

    private static FormatViolation event(ObjectNode tree) {
        return catchThrowableOfType(
                () -> {
                    EventProblemJson.parse(tree.toString());
                    EventProblemJson.weights(tree.toString());
                },
                FormatViolation.class);
    }

    @Test
    void maxMatchesOfIntMaxIsRefusedWithItsPointerAndLimit() throws IOException {
        ObjectNode tree = example("matching-problem.json");
        ((ObjectNode) tree.get("actors").get(3)).put("maxMatches", Integer.MAX_VALUE);
        FormatViolation v = matching(tree);
        assertThat(v.pointer()).isEqualTo("/actors/3/maxMatches");
        assertThat(english(v)).contains("at most " + Limits.MAX_MATCHES_PER_ACTOR); // the schema's limit
        ((ObjectNode) tree.get("actors").get(3)).put("maxMatches", 50);
        v = matching(tree);
        assertThat(v.pointer()).isEqualTo("/actors/3/maxMatches");
        assertThat(english(v)).contains("at most 12"); // the example has 12 actors
        tree.put("matchesPerActor", 1_000_000);
        assertThat(matching(tree).pointer()).isEqualTo("/matchesPerActor");
        tree.put("matchesPerActor", 12);
        ((ObjectNode) tree.get("actors").get(3)).put("maxMatches", 12);
        assertThat(matching(tree)).isNull(); // at most the number of actors is fine
    }

    @Test
    void tooManyActorsAreRefused() throws IOException {
        ObjectNode tree = example("matching-problem.json");
        ArrayNode actors = tree.putArray("actors");
        for (int i = 0; i <= Limits.MAX_ACTORS; i++) {
            actors.addObject()
                    .put("id", "a" + i)
                    .put("sector", "BUSINESS")
                    .putArray("themes")
                    .add("t");
        }
        FormatViolation v = matching(tree);
        assertThat(v.pointer()).isEqualTo("/actors");
        assertThat(english(v)).contains("5000");
    }

    @Test
    void eventNumbersAndSizesAreRangeChecked() throws IOException {
        ObjectNode tree = example("event-problem.json");
        ((ObjectNode) tree.get("tables").get(0)).put("capacity", Limits.MAX_CAPACITY + 1);
        assertThat(event(tree).pointer()).isEqualTo("/tables/0/capacity");
        ((ObjectNode) tree.get("tables").get(0)).put("capacity", 2_147_483_648L);
        assertThat(event(tree).pointer()).isEqualTo("/tables/0/capacity");

        tree = example("event-problem.json");
        tree.putObject("weights").put("meetNewPeople", Long.MAX_VALUE);
        FormatViolation weight = event(tree);
        assertThat(weight.pointer()).isEqualTo("/weights/meetNewPeople");
        assertThat(english(weight)).contains(Long.toString(Limits.MAX_WEIGHT));
        tree.putObject("weights").put("meetNewPeople", Limits.MAX_WEIGHT);
        assertThat(event(tree)).isNull();

        tree = example("event-problem.json");
        ArrayNode rounds = tree.putArray("rounds");
        for (int i = 0; i <= Limits.MAX_ROUNDS; i++) {
            rounds.addObject()
                    .put("id", "r" + i)
                    .put("start", String.format("2026-05-%02dT09:00", i + 1))
                    .put("end", String.format("2026-05-%02dT10:00", i + 1));
        }
        assertThat(event(tree).pointer()).isEqualTo("/rounds");
    }

    @Test
    void theEngineCapsAHugeMaxMatchesInsteadOfOverflowing() {
        List<ActorProfile> actors = List.of(
                new ActorProfile("a", null, Sector.MUNICIPALITY, null, Set.of("x"), Set.of(), Integer.MAX_VALUE),
                new ActorProfile("b", null, Sector.BUSINESS, null, Set.of("x"), Set.of(), Integer.MAX_VALUE),
                new ActorProfile("c", null, Sector.VOLUNTARY, null, Set.of("x"), Set.of(), Integer.MAX_VALUE));
        MatchingResult result = new MatchingEngine()
                .solve(
                        new MatchingProblem(actors, 1, List.of(), List.of()),
                        MatchingWeights.defaults(),
                        Duration.ofMillis(500),
                        null);
        assertThat(result.feasible()).isTrue();
        assertThat(result.matches()).hasSize(3); // everyone meets both others, each pair once
    }
}
