package no.fellesgrunn.planner.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.fellesgrunn.planner.matching.MatchCommand;
import no.fellesgrunn.planner.scheduling.ScheduleCommand;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in docs/formats/ accept every example in the docs (the files in docs/examples
 * and the JSON blocks of the Markdown pages), accept the plans the planner writes, and hold the
 * limits of {@link Limits}.
 */
class FormatSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of("..", "docs");
    private static final Map<String, FormatSchema> BY_FORMAT = Map.of(
            "fellesgrunn.matching/1", FormatSchema.MATCHING_PROBLEM,
            "fellesgrunn.matching-plan/1", FormatSchema.MATCHING_PLAN,
            "fellesgrunn.event/1", FormatSchema.EVENT_PROBLEM,
            "fellesgrunn.event-plan/1", FormatSchema.EVENT_PLAN);
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleInTheDocsIsValid() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.endsWith(".schema.json")) {
                    checked.add(check(file.toString(), JSON.readTree(file.toFile())));
                } else if (name.endsWith(".md")) {
                    Matcher block = JSON_BLOCK.matcher(Files.readString(file));
                    for (int i = 1; block.find(); i++) {
                        JsonNode tree = JSON.readTree(block.group(1));
                        if (tree.has("format")) {
                            checked.add(check(file + " block " + i, tree));
                        }
                    }
                }
            }
        }
        // Both problem files, and a problem and a plan of each format in PLANNER-FORMATS.md.
        assertThat(checked)
                .contains(
                        "fellesgrunn.matching/1",
                        "fellesgrunn.matching-plan/1",
                        "fellesgrunn.event/1",
                        "fellesgrunn.event-plan/1")
                .hasSizeGreaterThanOrEqualTo(6);
    }

    private static String check(String where, JsonNode tree) {
        String format = tree.path("format").asText();
        FormatSchema schema = BY_FORMAT.get(format);
        assertThat(schema).as("%s: a known format, not %s", where, format).isNotNull();
        assertThat(schema.violations(tree))
                .as("%s against %s", where, schema.name())
                .isEmpty();
        return format;
    }

    @Test
    void thePlansThePlannerWritesAreValid() throws IOException {
        String matching = new MatchCommand()
                .solve(DOCS.resolve("examples/matching-problem.json"), Duration.ofMillis(500))
                .plan();
        assertThat(FormatSchema.MATCHING_PLAN.violations(JSON.readTree(matching)))
                .isEmpty();
        String event = new ScheduleCommand()
                .solve(DOCS.resolve("examples/event-problem.json"), Duration.ofMillis(500))
                .plan();
        assertThat(FormatSchema.EVENT_PLAN.violations(JSON.readTree(event))).isEmpty();
    }

    @Test
    void aFileOfAnotherFormatIsToldSoFirst() throws IOException {
        JsonNode matching =
                JSON.readTree(DOCS.resolve("examples/matching-problem.json").toFile());
        List<FormatViolation> violations = FormatSchema.EVENT_PROBLEM.violations(matching);
        assertThat(violations).hasSizeGreaterThan(1);
        assertThat(violations.get(0).pointer()).isEqualTo("/format");
        assertThat(violations.get(0).code()).isEqualTo("format.const");
        assertThat(violations.get(0).args()).containsExactly("fellesgrunn.event/1");
    }

    @Test
    void theSchemasHoldTheLimits() throws IOException {
        JsonNode matching = schema("matching-problem");
        assertThat(matching.at("/properties/actors/maxItems").asInt()).isEqualTo(Limits.MAX_ACTORS);
        assertThat(matching.at("/properties/matchesPerActor/maximum").asInt()).isEqualTo(Limits.MAX_MATCHES_PER_ACTOR);
        assertThat(matching.at("/$defs/actor/properties/maxMatches/maximum").asInt())
                .isEqualTo(Limits.MAX_MATCHES_PER_ACTOR);
        assertThat(matching.at("/$defs/actor/properties/themes/maxItems").asInt())
                .isEqualTo(Limits.MAX_LIST_ENTRIES);
        assertThat(matching.at("/$defs/actor/properties/perspectives/maxItems").asInt())
                .isEqualTo(Limits.MAX_LIST_ENTRIES);
        JsonNode event = schema("event-problem");
        assertThat(event.at("/properties/rounds/maxItems").asInt()).isEqualTo(Limits.MAX_ROUNDS);
        assertThat(event.at("/properties/tables/maxItems").asInt()).isEqualTo(Limits.MAX_TABLES);
        assertThat(event.at("/properties/challenges/maxItems").asInt()).isEqualTo(Limits.MAX_CHALLENGES);
        assertThat(event.at("/properties/participants/maxItems").asInt()).isEqualTo(Limits.MAX_PARTICIPANTS);
        assertThat(event.at("/properties/tables/items/properties/capacity/maximum")
                        .asInt())
                .isEqualTo(Limits.MAX_CAPACITY);
        assertThat(event.at("/properties/challenges/items/properties/minRounds/maximum")
                        .asInt())
                .isEqualTo(Limits.MAX_ROUNDS);
        assertThat(event.at("/$defs/themes/maxItems").asInt()).isEqualTo(Limits.MAX_LIST_ENTRIES);
        assertThat(event.at("/$defs/perspectives/maxItems").asInt()).isEqualTo(Limits.MAX_LIST_ENTRIES);
        assertThat(event.at("/$defs/weight/maximum").asLong()).isEqualTo(Limits.MAX_WEIGHT);
    }

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(DOCS.resolve("formats/" + name + ".schema.json").toFile());
    }
}
