package no.fellesgrunn.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The exit statuses of the command line: 0 plan, 1 format, 2 plan breaking hard rules, 3 I/O, 4 usage. */
class PlannerCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PlannerCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bytesThatAreNotUtf8AreAFormatErrorWithExitOne() throws Exception {
        String text = Files.readString(Path.of("..", "docs", "examples", "matching-problem.json"))
                .replace("innbygger-kari", "innbygger-kåre");
        Path problem = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));
        Path plan = dir.resolve("plan.json");
        assertThat(run("match", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isEqualTo(PlannerCli.FORMAT_ERROR);
        assertThat(errors())
                .contains("not UTF-8")
                .contains("No plan was written")
                .doesNotContain("I/O error");
        assertThat(plan).doesNotExist();
    }

    @Test
    void trailingContentIsAFormatErrorAndNoPlanIsWritten() throws Exception {
        String text = Files.readString(Path.of("..", "docs", "examples", "event-problem.json")) + "\n}";
        Path problem = Files.writeString(dir.resolve("event.json"), text);
        Path plan = dir.resolve("plan.json");
        assertThat(run("schedule", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isEqualTo(PlannerCli.FORMAT_ERROR);
        assertThat(errors()).contains("Rejected").contains("not valid JSON").contains("line");
        assertThat(plan).doesNotExist();
    }

    @Test
    void aPlanThatBreaksAHardRuleIsWrittenWithExitTwoAndAWarningNamingTheRule() throws Exception {
        // Three people pinned to a table of two in the same round: no plan can keep the capacity.
        ObjectNode tree =
                (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "docs", "examples", "event-problem.json")));
        String table = tree.get("tables").get(0).get("id").asText();
        String round = tree.get("rounds").get(0).get("id").asText();
        ((ObjectNode) tree.get("tables").get(0)).put("capacity", 2);
        ArrayNode pins = tree.putArray("pinned");
        for (int i = 0; i < 3; i++) {
            JsonNode participant = tree.get("participants").get(10 + i);
            ((ObjectNode) participant).remove("availableRounds");
            pins.addObject()
                    .put("participant", participant.get("id").asText())
                    .put("round", round)
                    .put("table", table);
        }
        Path problem = Files.writeString(dir.resolve("event.json"), tree.toString());
        Path plan = dir.resolve("plan.json");

        assertThat(run("schedule", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isEqualTo(PlannerCli.PLAN_BREAKS_HARD_RULES);

        assertThat(errors()).contains("Warning: the plan breaks hard rules").contains("  - Table capacity: ");
        String score = JSON.readTree(plan.toFile()).get("score").asText();
        assertThat(HardMediumSoftLongScore.parseScore(score).hardScore()).isNegative();
    }

    @Test
    void badUsageIsExitFour() {
        assertThat(run("match")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(run("plan", "a.json", "b.json")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors()).contains("usage:");
    }

    @Test
    void speaksNorwegianWithLang() {
        assertThat(run("plan", "a.json", "b.json", "--lang", "nn")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors())
                .contains("Ukjend kommando 'plan'.")
                .contains("bruk:")
                .doesNotContain("Unknown");
        assertThat(run("plan", "a.json", "b.json", "--lang=nb")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors()).contains("Ukjent kommando 'plan'.");
        assertThat(run("match", "a.json", "b.json", "--lang", "se")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors()).contains("--lang is nb, nn or en");
    }

    @Test
    void aFormatErrorIsWrittenInTheLanguageOfLang() throws Exception {
        ObjectNode tree =
                (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "docs", "examples", "event-problem.json")));
        ((ObjectNode) tree.get("tables").get(1)).put("capacity", 0);
        Path problem = Files.writeString(dir.resolve("event.json"), tree.toString());
        Path plan = dir.resolve("plan.json");
        assertThat(run("schedule", problem.toString(), plan.toString())).isEqualTo(PlannerCli.FORMAT_ERROR);
        assertThat(errors())
                .contains("/tables/1/capacity: must be at least 1, got 0")
                .contains("No plan was written");
        err.reset();
        assertThat(run("schedule", problem.toString(), plan.toString(), "--lang", "nb"))
                .isEqualTo(PlannerCli.FORMAT_ERROR);
        assertThat(errors())
                .contains("Avvist")
                .contains("/tables/1/capacity: må være minst 1, fikk 0")
                .contains("Ingen plan ble skrevet")
                .doesNotContain("must");
        err.reset();
        ((ObjectNode) tree.get("tables").get(1)).put("capacity", 7);
        ((ObjectNode) tree.get("participants").get(0)).putArray("wishes").add("c9");
        Files.writeString(problem, tree.toString());
        assertThat(run("schedule", problem.toString(), plan.toString(), "--lang=nn"))
                .isEqualTo(PlannerCli.FORMAT_ERROR);
        assertThat(errors())
                .contains("/participants/0/wishes/0: viser ikkje til noka utfordring: \"c9\"")
                .contains("Ingen plan vart skriven")
                .doesNotContain("names no");
        assertThat(plan).doesNotExist();
    }

    @Test
    void usageErrorsAreWrittenInTheLanguageOfLang() {
        assertThat(run("match", "a.json", "b.json", "--time-limit", "soon", "--lang", "nn"))
                .isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors())
                .contains("--time-limit 'soon' er ikkje ei varigheit")
                .contains("bruk:");
        err.reset();
        assertThat(run("match", "a.json", "--lang", "nb")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors()).contains("Argumenter mangler.");
        err.reset();
        assertThat(run("match", "a.json", "b.json", "c.json")).isEqualTo(PlannerCli.BAD_USAGE);
        assertThat(errors()).contains("Unexpected argument 'c.json'.");
    }
}
