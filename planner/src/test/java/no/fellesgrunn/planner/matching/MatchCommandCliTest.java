package no.fellesgrunn.planner.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.fellesgrunn.planner.cli.PlannerCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match PROBLEM.json PLAN.json [--time-limit]} through the real command line entry point. */
class MatchCommandCliTest {
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
    void writesAPlanForAValidProblem() throws Exception {
        Path problem = Files.writeString(dir.resolve("problem.json"), MatchingProblemReaderTest.VALID);
        Path plan = dir.resolve("plan.json");
        assertThat(run("match", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isZero();
        JsonNode written = new ObjectMapper().readTree(plan.toFile());
        assertThat(written.get("format").asText()).isEqualTo("fellesgrunn.matching-plan/1");
        // a1 and a2 share "ensomhet"; a3 shares nothing.
        assertThat(written.get("matches")).hasSize(1);
        assertThat(written.get("unmatched").get(0).get("actor").asText()).isEqualTo("a3");
        assertThat(written.get("score").asText()).startsWith("0hard/-1medium/");
    }

    @Test
    void rejectsABadProblemWithExitOneThePointerAndNoPlan() throws Exception {
        Path problem = Files.writeString(
                dir.resolve("problem.json"), MatchingProblemReaderTest.VALID.replace("\"BUSINESS\"", "\"PRIVATE\""));
        Path plan = dir.resolve("plan.json");
        assertThat(run("match", problem.toString(), plan.toString(), "--time-limit", "1s"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("/actors/2/sector")
                .contains("No plan was written");
        assertThat(plan).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(problem);
        }
    }

    @Test
    void leavesAnEarlierPlanAloneWhenTheProblemIsBad() throws Exception {
        Path problem = Files.writeString(
                dir.resolve("problem.json"),
                MatchingProblemReaderTest.VALID.replace("\"matchesPerActor\": 1", "\"matchesPerActor\": 0"));
        Path plan = Files.writeString(dir.resolve("plan.json"), "earlier plan");
        assertThat(run("match", problem.toString(), plan.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/matchesPerActor");
        assertThat(Files.readString(plan)).isEqualTo("earlier plan");
    }
}
