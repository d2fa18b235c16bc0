package no.fellesgrunn.planner.matching;

import static no.fellesgrunn.planner.format.Violations.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.format.FormatViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code fellesgrunn.matching/1} reader: valid files, and every kind of breach with its pointer. */
class MatchingProblemReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String VALID = """
            {
              "format": "fellesgrunn.matching/1",
              "matchesPerActor": 1,
              "actors": [
                {"id": "a1", "organisation": "org-7", "sector": "MUNICIPALITY", "municipality": "1804",
                 "themes": ["ensomhet", "digitalt-utenforskap"], "perspectives": ["DECISION_MAKER"], "maxMatches": 2},
                {"id": "a2", "sector": "VOLUNTARY", "themes": ["ensomhet"], "nickname": "ignored"},
                {"id": "a3", "organisation": "org-9", "sector": "BUSINESS", "themes": ["klima"]}
              ],
              "excludedPairs": [["a1", "a3"]],
              "previousMatches": [["a2", "a1"]],
              "comment": "unknown fields are ignored"
            }
            """;

    @Test
    void readsEveryFieldAndTheDefaults() {
        MatchingProblem problem = MatchingProblemReader.parse(VALID);
        assertThat(problem.matchesPerActor()).isEqualTo(1);
        assertThat(problem.actors()).extracting(ActorProfile::id).containsExactly("a1", "a2", "a3");
        ActorProfile a1 = problem.actors().get(0);
        assertThat(a1.organisation()).isEqualTo("org-7");
        assertThat(a1.sector()).isEqualTo(Sector.MUNICIPALITY);
        assertThat(a1.county()).isEqualTo("18");
        assertThat(a1.themes()).containsExactly("digitalt-utenforskap", "ensomhet");
        assertThat(a1.perspectives()).isEqualTo(Set.of(Perspective.DECISION_MAKER));
        assertThat(problem.maxMatchesOf(a1)).isEqualTo(2);
        ActorProfile a2 = problem.actors().get(1);
        assertThat(a2.organisation()).isNull();
        assertThat(a2.municipality()).isNull();
        assertThat(a2.perspectives()).isEmpty();
        assertThat(problem.maxMatchesOf(a2)).isEqualTo(1);
        assertThat(problem.excludedPairs()).containsExactly(new ActorPair("a1", "a3"));
        assertThat(problem.previousMatches()).containsExactly(new ActorPair("a2", "a1"));
    }

    @Test
    void theDocumentedExampleIsValid() throws Exception {
        MatchingProblem problem =
                MatchingProblemReader.read(Path.of("..", "docs", "examples", "matching-problem.json"));
        assertThat(problem.actors()).hasSizeGreaterThan(5);
    }

    static Stream<Arguments> breaches() {
        return Stream.of(
                breach("format missing", root -> root.remove("format"), "/format"),
                breach("format of another file", root -> root.put("format", "fellesgrunn.event/1"), "/format"),
                breach("matchesPerActor missing", root -> root.remove("matchesPerActor"), "/matchesPerActor"),
                breach("matchesPerActor zero", root -> root.put("matchesPerActor", 0), "/matchesPerActor"),
                breach("matchesPerActor a string", root -> root.put("matchesPerActor", "1"), "/matchesPerActor"),
                breach("matchesPerActor a fraction", root -> root.put("matchesPerActor", 1.5), "/matchesPerActor"),
                breach("actors not an array", root -> root.put("actors", "a1"), "/actors"),
                breach(
                        "actor not an object",
                        root -> actors(root).set(1, JSON.getNodeFactory().textNode("a2")),
                        "/actors/1"),
                breach("id missing", root -> actor(root, 1).remove("id"), "/actors/1/id"),
                breach("id empty", root -> actor(root, 1).put("id", ""), "/actors/1/id"),
                breach("id a number", root -> actor(root, 1).put("id", 2), "/actors/1/id"),
                breach("id twice", root -> actor(root, 2).put("id", "a1"), "/actors/2/id"),
                breach("organisation empty", root -> actor(root, 0).put("organisation", ""), "/actors/0/organisation"),
                breach("sector missing", root -> actor(root, 2).remove("sector"), "/actors/2/sector"),
                breach("sector unknown", root -> actor(root, 0).put("sector", "PRIVATE"), "/actors/0/sector"),
                breach(
                        "municipality not four digits",
                        root -> actor(root, 0).put("municipality", "18"),
                        "/actors/0/municipality"),
                breach("themes missing", root -> actor(root, 1).remove("themes"), "/actors/1/themes"),
                breach("theme empty", root -> ((ArrayNode) actor(root, 0).get("themes")).add(""), "/actors/0/themes/2"),
                breach(
                        "perspectives not an array",
                        root -> actor(root, 0).put("perspectives", "DRIVER"),
                        "/actors/0/perspectives"),
                breach(
                        "perspective unknown",
                        root -> ((ArrayNode) actor(root, 0).get("perspectives")).add("BOSS"),
                        "/actors/0/perspectives/1"),
                breach("maxMatches zero", root -> actor(root, 0).put("maxMatches", 0), "/actors/0/maxMatches"),
                breach("maxMatches negative", root -> actor(root, 2).put("maxMatches", -1), "/actors/2/maxMatches"),
                breach("excludedPairs not an array", root -> root.put("excludedPairs", "a1,a3"), "/excludedPairs"),
                breach(
                        "excluded pair of three",
                        root -> ((ArrayNode) root.get("excludedPairs").get(0)).add("a2"),
                        "/excludedPairs/0"),
                breach(
                        "excluded pair of one",
                        root -> ((ArrayNode) root.get("excludedPairs").get(0)).remove(1),
                        "/excludedPairs/0"),
                breach(
                        "excluded pair naming nobody",
                        root -> ((ArrayNode) root.get("excludedPairs").get(0))
                                .set(1, JSON.getNodeFactory().textNode("a9")),
                        "/excludedPairs/0/1"),
                breach(
                        "previous match naming nobody",
                        root -> ((ArrayNode) root.get("previousMatches").get(0))
                                .set(0, JSON.getNodeFactory().textNode("zz")),
                        "/previousMatches/0/0"),
                breach(
                        "previous match of one actor with themselves",
                        root -> ((ArrayNode) root.get("previousMatches").get(0))
                                .set(1, JSON.getNodeFactory().textNode("a2")),
                        "/previousMatches/0"),
                breach(
                        "previous match of a number",
                        root -> ((ArrayNode) root.get("previousMatches").get(0))
                                .set(1, JSON.getNodeFactory().numberNode(1)),
                        "/previousMatches/0/1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void rejectsABreachWithThePointerOfTheField(String name, Consumer<ObjectNode> breach, String pointer)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        breach.accept(root);
        String text = JSON.writeValueAsString(root);
        assertThatThrownBy(() -> MatchingProblemReader.parse(text))
                .isInstanceOfSatisfying(FormatViolation.class, violation -> {
                    assertThat(violation.pointer()).isEqualTo(pointer);
                    assertThat(english(violation)).isNotBlank();
                });
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> MatchingProblemReader.parse("{\"format\": "))
                .isInstanceOfSatisfying(FormatViolation.class, v -> {
                    assertThat(v.pointer()).isEqualTo("/format"); // where reading stopped
                    assertThat(english(v)).contains("not valid JSON");
                });
        assertThatThrownBy(() -> MatchingProblemReader.parse("[1, 2]"))
                .isInstanceOfSatisfying(
                        FormatViolation.class, v -> assertThat(english(v)).contains("JSON object"));
    }

    @Test
    void namesTheRuleAndTheOtherPlaceOfADuplicateId() {
        String text = VALID.replace("{\"id\": \"a3\"", "{\"id\": \"a1\"");
        assertThatThrownBy(() -> MatchingProblemReader.parse(text)).isInstanceOfSatisfying(FormatViolation.class, v -> {
            assertThat(v.pointer()).isEqualTo("/actors/2/id");
            assertThat(english(v)).contains("unique").contains("/actors/0/id");
        });
    }

    private static Arguments breach(String name, Consumer<ObjectNode> breach, String pointer) {
        return Arguments.of(name, breach, pointer);
    }

    private static ArrayNode actors(ObjectNode root) {
        return (ArrayNode) root.get("actors");
    }

    private static ObjectNode actor(ObjectNode root, int index) {
        return (ObjectNode) actors(root).get(index);
    }
}
