package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.fellesgrunn.planner.cli.PlannerCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule PROBLEM.json PLAN.json}: exit codes, and nothing written on error. */
class ScheduleCliTest {
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

    @Test
    void writesAPlanForAValidProblem() throws IOException {
        Path problem = Files.writeString(dir.resolve("event.json"), EventProblemJsonTest.example());
        Path plan = dir.resolve("plan.json");

        assertThat(run("schedule", problem.toString(), plan.toString(), "--time-limit", "2s"))
                .isZero();

        JsonNode json = new ObjectMapper().readTree(plan.toFile());
        assertThat(json.get("format").asText()).isEqualTo("fellesgrunn.event-plan/1");
        assertThat(json.get("score").asText()).startsWith("0hard/0medium/");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Plan written to");
    }

    @Test
    void rejectsABadProblemAndWritesNothing() throws IOException {
        String broken = EventProblemJsonTest.example().replace("\"capacity\": 7", "\"capacity\": 0");
        Path problem = Files.writeString(dir.resolve("event.json"), broken);
        Path plan = dir.resolve("plan.json");

        assertThat(run("schedule", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isEqualTo(1);

        assertThat(plan).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("/tables/0/capacity")
                .contains("No plan was written");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(problem); // no temporary file left behind either
        }
    }

    @Test
    void keepsAnOlderPlanUntouchedOnError() throws IOException {
        Path problem =
                Files.writeString(dir.resolve("event.json"), "{\"format\": \"fellesgrunn.event/1\", \"rounds\": []}");
        Path plan = Files.writeString(dir.resolve("plan.json"), "old plan");

        assertThat(run("schedule", problem.toString(), plan.toString())).isEqualTo(1);

        assertThat(Files.readString(plan)).isEqualTo("old plan");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/rounds");
    }

    @Test
    void missingProblemFileIsAnIoError() {
        assertThat(run(
                        "schedule",
                        dir.resolve("nope.json").toString(),
                        dir.resolve("plan.json").toString()))
                .isEqualTo(3);
        assertThat(dir.resolve("plan.json")).doesNotExist();
    }
}
