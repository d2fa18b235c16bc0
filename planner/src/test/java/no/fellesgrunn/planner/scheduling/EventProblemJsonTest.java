package no.fellesgrunn.planner.scheduling;

import static no.fellesgrunn.planner.format.Violations.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.format.FormatViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fellesgrunn.event/1 reader and the event-plan writer. */
class EventProblemJsonTest {
    private static final no.fellesgrunn.planner.cli.CliText NB =
            no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.BOKMAL);
    private static final no.fellesgrunn.planner.cli.CliText EN =
            no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.ENGLISH);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String example() {
        try (InputStream in = EventProblemJsonTest.class.getResourceAsStream("event-problem.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode exampleTree() throws IOException {
        return (ObjectNode) MAPPER.readTree(example());
    }

    @Test
    void readsTheExampleWithDefaults() {
        EventProblem problem = EventProblemJson.parse(example());
        assertThat(problem.rounds()).hasSize(3);
        assertThat(problem.tables()).hasSize(4);
        EventProblem.ChallengeSpec c2 = problem.challenges().get(1);
        assertThat(c2.minRounds()).isEqualTo(1);
        assertThat(c2.maxRounds()).isEqualTo(3); // defaults to the number of rounds
        assertThat(problem.challenges().get(4).host()).isNull();
        EventProblem.ParticipantSpec a1 = problem.participants().get(0);
        assertThat(a1.sector()).isEqualTo(Sector.MUNICIPALITY);
        assertThat(a1.availableRounds()).isNull(); // all rounds
        assertThat(problem.participants().get(9).availableRounds()).containsExactly("r1", "r2");
        assertThat(problem.participants().get(14).needsAccessible()).isTrue();
        assertThat(problem.pinned())
                .containsExactly(
                        EventProblem.PinSpec.seat("a6", "r1", "t2"), EventProblem.PinSpec.challenge("c1", "r1", "t1"));
        assertThat(problem.challenges().get(0).neededPerspectives())
                .containsExactlyInAnyOrder(Perspective.LIVED_EXPERIENCE, Perspective.DECISION_MAKER);
        assertThat(problem.publishedPlan()).isNull();
    }

    @Test
    void solvedExampleIsAPlanInTheFormat() throws IOException {
        EventProblem problem = EventProblemJson.parse(example());
        EventPlan plan =
                new SchedulingEngine().solve(problem, SchedulingWeights.defaults(), Duration.ofSeconds(2), null);
        JsonNode json = MAPPER.readTree(EventPlanJson.write(plan, NB::seating, EN::seating));

        assertThat(json.get("format").asText()).isEqualTo("fellesgrunn.event-plan/1");
        assertThat(json.get("score").asText()).matches("0hard/0medium/-?\\d+soft");
        JsonNode first = json.get("seating").get(0);
        assertThat(first.has("round")
                        && first.has("table")
                        && first.has("challenge")
                        && first.get("participants").isArray())
                .isTrue();
        assertThat(json.get("unseated").isArray()).isTrue();
        assertThat(json.get("scoreBreakdown").isArray()).isTrue();
        PlanChecks.assertFeasible(problem, plan);
        // The pins of the example hold in the file.
        assertThat(PlanChecks.tableOf(plan)).containsEntry("a6@r1", "t2");
        assertThat(plan.seating()).anySatisfy(entry -> assertThat(
                        List.of(entry.round(), entry.table(), String.valueOf(entry.challenge())))
                .containsExactly("r1", "t1", "c1"));
    }

    @Test
    void publishedPlanRoundTripsAndCancelledPeopleAreAccepted() throws IOException {
        EventProblem problem = EventProblemJson.parse(example());
        EventPlan plan =
                new SchedulingEngine().solve(problem, SchedulingWeights.defaults(), Duration.ofSeconds(1), null);
        ObjectNode tree = exampleTree();
        tree.set("publishedPlan", MAPPER.readTree(EventPlanJson.write(plan, NB::seating, EN::seating)));
        // a24 cancels: gone from the participants, still named in the published plan.
        ArrayNode participants = (ArrayNode) tree.get("participants");
        participants.remove(participants.size() - 1);

        EventProblem replan = EventProblemJson.parse(tree.toString());
        assertThat(replan.publishedPlan().seating())
                .isEqualTo(plan.seating().stream()
                        .map(s -> new EventPlan.TableSeating(
                                s.round(), s.table(), s.room(), s.challenge(), s.participants(), null, null))
                        .toList());

        EventPlan again =
                new SchedulingEngine().solve(replan, SchedulingWeights.defaults(), Duration.ofSeconds(1), null);
        assertThat(again.changes().removed()).containsExactly("a24");
        assertThat(again.changes().peopleToTell()).isZero();
        assertThat(MAPPER.readTree(EventPlanJson.write(again, NB::seating, EN::seating))
                        .get("changes")
                        .get("peopleToTell")
                        .asInt())
                .isZero();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("wrong format", "/format", t -> t.put("format", "fellesgrunn.matching/1")),
                bad("missing format", "/format", t -> t.remove("format")),
                bad("duplicate participant id", "/participants/1/id", t -> ((ObjectNode)
                                t.get("participants").get(1))
                        .put("id", "a1")),
                bad("duplicate table id", "/tables/2/id", t -> ((ObjectNode)
                                t.get("tables").get(2))
                        .put("id", "t1")),
                bad("unknown host", "/challenges/0/host", t -> ((ObjectNode)
                                t.get("challenges").get(0))
                        .put("host", "nobody")),
                bad("unknown wish", "/participants/5/wishes/0", t -> ((ArrayNode)
                                t.get("participants").get(5).get("wishes"))
                        .insert(0, "c99")),
                bad("unknown available round", "/participants/9/availableRounds/1", t -> ((ArrayNode)
                                t.get("participants").get(9).get("availableRounds"))
                        .set(1, "r9")),
                bad("unknown pinned participant", "/pinned/0/participant", t -> ((ObjectNode)
                                t.get("pinned").get(0))
                        .put("participant", "a99")),
                bad("unknown pinned table", "/pinned/0/table", t -> ((ObjectNode)
                                t.get("pinned").get(0))
                        .put("table", "t9")),
                bad("pin in a round the participant is away", "/pinned/0/round", t -> {
                    ((ObjectNode) t.get("pinned").get(0)).put("participant", "a10");
                    ((ObjectNode) t.get("pinned").get(0)).put("round", "r3");
                }),
                bad("capacity below 1", "/tables/0/capacity", t -> ((ObjectNode)
                                t.get("tables").get(0))
                        .put("capacity", 0)),
                bad("capacity not a number", "/tables/3/capacity", t -> ((ObjectNode)
                                t.get("tables").get(3))
                        .put("capacity", "8")),
                bad("capacity with a fraction", "/tables/2/capacity", t -> ((ObjectNode)
                                t.get("tables").get(2))
                        .put("capacity", 7.0)),
                bad("weight with a fraction", "/weights/evenFill", t -> t.putObject("weights")
                        .put("evenFill", 2.0)),
                bad("rounds empty", "/rounds", t -> t.putArray("rounds")),
                bad("a date that does not exist", "/rounds/1/end", t -> ((ObjectNode)
                                t.get("rounds").get(1))
                        .put("end", "2026-05-14T25:00")),
                bad("minRounds above maxRounds", "/challenges/3/minRounds", t -> ((ObjectNode)
                                t.get("challenges").get(3))
                        .put("minRounds", 3)),
                bad("round ends before it starts", "/rounds/1/end", t -> ((ObjectNode)
                                t.get("rounds").get(1))
                        .put("end", "2026-05-14T10:40")),
                bad("overlapping rounds", "/rounds/2/start", t -> ((ObjectNode)
                                t.get("rounds").get(2))
                        .put("start", "2026-05-14T11:30")),
                bad("bad time", "/rounds/0/start", t -> ((ObjectNode)
                                t.get("rounds").get(0))
                        .put("start", "14.05.2026 09:30")),
                bad("unknown sector", "/participants/3/sector", t -> ((ObjectNode)
                                t.get("participants").get(3))
                        .put("sector", "PRIVATE")),
                bad("unknown perspective", "/challenges/1/neededPerspectives/1", t -> ((ArrayNode)
                                t.get("challenges").get(1).get("neededPerspectives"))
                        .set(1, "BOSS")),
                bad("participants not an array", "/participants", t -> t.put("participants", "a1,a2")),
                bad("empty id", "/rounds/0/id", t -> ((ObjectNode)
                                t.get("rounds").get(0))
                        .put("id", "")),
                bad("published plan with unknown table", "/publishedPlan/seating/0/table", t -> {
                    ObjectNode plan = t.putObject("publishedPlan");
                    plan.put("format", "fellesgrunn.event-plan/1");
                    ObjectNode entry = plan.putArray("seating").addObject();
                    entry.put("round", "r1").put("table", "t77").putNull("challenge");
                    entry.putArray("participants").add("a1");
                }),
                bad("published plan in another format", "/publishedPlan/format", t -> {
                    t.putObject("publishedPlan").put("format", "fellesgrunn.event/1");
                }));
    }

    private static Arguments bad(String name, String pointer, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, pointer, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectsABadFileNamingTheField(String name, String pointer, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode tree = exampleTree();
        breakIt.accept(tree);
        FormatViolation violation =
                catchThrowableOfType(() -> EventProblemJson.parse(tree.toString()), FormatViolation.class);
        assertThat(violation).as(name).isNotNull();
        assertThat(violation.pointer()).isEqualTo(pointer);
        assertThat(english(violation)).startsWith(pointer + ": ").doesNotContain("format.");
    }

    @Test
    void readsOptionalWeights() throws IOException {
        assertThat(EventProblemJson.weights(example())).isEqualTo(SchedulingWeights.defaults());
        ObjectNode tree = exampleTree();
        tree.putObject("weights").put("meetNewPeople", 40).put("evenFill", 0).put("somethingElse", 3);
        SchedulingWeights weights = EventProblemJson.weights(tree.toString());
        assertThat(weights.meetNewPeople()).isEqualTo(40);
        assertThat(weights.evenFill()).isZero();
        assertThat(weights.wishedChallenge())
                .isEqualTo(SchedulingWeights.defaults().wishedChallenge());

        ((ObjectNode) tree.get("weights")).put("sharedThemes", -1);
        FormatViolation violation =
                catchThrowableOfType(() -> EventProblemJson.weights(tree.toString()), FormatViolation.class);
        assertThat(violation.pointer()).isEqualTo("/weights/sharedThemes");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        FormatViolation violation =
                catchThrowableOfType(() -> EventProblemJson.parse("{\"format\": "), FormatViolation.class);
        assertThat(violation.pointer()).isEqualTo("/format"); // where reading stopped
        assertThat(english(violation)).contains("not valid JSON");
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        ObjectNode tree = exampleTree();
        tree.put("organiserNote", "kaffe fra 09:00");
        ((ObjectNode) tree.get("participants").get(0)).put("shoeSize", 43);
        assertThat(EventProblemJson.parse(tree.toString()).participants()).hasSize(24);
    }
}
