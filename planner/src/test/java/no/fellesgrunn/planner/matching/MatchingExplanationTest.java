package no.fellesgrunn.planner.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.planner.cli.CliText;
import org.junit.jupiter.api.Test;

/** Every match carries its similarity, shared themes and reasons; every unmatched actor the reason. */
class MatchingExplanationTest {
    private static final CliText ENGLISH = CliText.of(CliText.ENGLISH);
    private static final CliText BOKMAL = CliText.of(CliText.BOKMAL);
    private final MatchingEngine engine = new MatchingEngine();

    private static ActorProfile actor(
            String id,
            String organisation,
            Sector sector,
            String municipality,
            Set<String> themes,
            Set<Perspective> perspectives) {
        return new ActorProfile(id, organisation, sector, municipality, themes, perspectives, null);
    }

    private final MatchingProblem problem = new MatchingProblem(
            List.of(
                    actor(
                            "frivillig",
                            "bymisjon",
                            Sector.VOLUNTARY,
                            "1806",
                            Set.of("ensomhet", "eldre", "rus"),
                            Set.of(Perspective.DRIVER)),
                    actor(
                            "kommune",
                            "bodo",
                            Sector.MUNICIPALITY,
                            "1804",
                            Set.of("ensomhet", "eldre"),
                            Set.of(Perspective.DECISION_MAKER)),
                    actor("pensjonist", null, Sector.CITIZEN, null, Set.of("eldre"), Set.of()),
                    actor("kollega", "narvik", Sector.MUNICIPALITY, "1806", Set.of("klima"), Set.of()),
                    actor("sjef", "narvik", Sector.MUNICIPALITY, "1806", Set.of("klima"), Set.of()),
                    actor("forsker", "nord", Sector.RESEARCH, "1804", Set.of("havbruk"), Set.of()),
                    actor("fisker", "sjomat", Sector.BUSINESS, "1804", Set.of("havbruk"), Set.of()),
                    actor("alene", "x", Sector.BUSINESS, "1804", Set.of("romfart"), Set.of())),
            1,
            List.of(new ActorPair("forsker", "fisker")),
            List.of());

    @Test
    void aMatchCarriesSimilaritySharedThemesAndReasonsInBothLanguages() {
        MatchingResult result = engine.explain(engine.startingSolution(problem, MatchingWeights.defaults()));
        assertThat(result.matches()).hasSize(1);
        MatchingResult.Match match = result.matches().get(0);
        // The public actor comes first, whatever the order in the problem.
        assertThat(List.of(match.first(), match.second())).containsExactly("kommune", "frivillig");
        assertThat(match.similarity()).isEqualTo(2.0 / 3.0);
        assertThat(match.sharedThemes()).containsExactly("eldre", "ensomhet");
        // The planner gives codes with typed arguments, no sentences.
        assertThat(match.reasons())
                .containsExactly(
                        ReasonCode.of("planner.reason.shared_themes", "eldre,ensomhet"),
                        ReasonCode.of("planner.reason.cross_sector", "MUNICIPALITY", "VOLUNTARY"),
                        ReasonCode.of("planner.reason.public_meets_non_public"),
                        ReasonCode.of("planner.reason.complementary_perspectives", "DECISION_MAKER", "DRIVER"),
                        ReasonCode.of("planner.reason.same_county", "18"));
        // The command line writes them with its own bundle, counties by name.
        assertThat(match.reasons())
                .extracting(ENGLISH::reason)
                .containsExactly(
                        "Both work on eldre and ensomhet",
                        "Municipality meets voluntary sector",
                        "The public sector meets a partner outside it",
                        "Complementary perspectives: decision maker meets driver",
                        "Both are in Nordland");
        assertThat(match.reasons())
                .extracting(BOKMAL::reason)
                .containsExactly(
                        "Begge arbeider med eldre og ensomhet",
                        "Kommune møter frivillig sektor",
                        "Offentlig sektor møter en partner utenfor",
                        "Utfyllende perspektiver: beslutningstaker møter pådriver",
                        "Begge er i Nordland");
        assertThat(CliText.of(CliText.NYNORSK).reason(match.reasons().get(3)))
                .isEqualTo("Perspektiv som utfyller kvarandre: avgjerdstakar møter pådrivar");
        assertThat(ReasonCode.decode(match.reasons().get(1).encoded()))
                .contains(match.reasons().get(1));
    }

    @Test
    void onlyTheRulesThatCountGiveReasons() {
        MatchingResult result = engine.explain(engine.startingSolution(problem, MatchingWeights.similarityOnly()));
        // With every other weight zero those constraints are off; the shared themes always show.
        assertThat(result.matches().get(0).reasons())
                .extracting(ENGLISH::reason)
                .containsExactly("Both work on eldre and ensomhet");
    }

    @Test
    void everyUnmatchedActorGetsTheReasonThatHolds() {
        MatchingResult result = engine.explain(engine.startingSolution(problem, MatchingWeights.defaults()));
        assertThat(result.unmatched())
                .extracting(MatchingResult.Unmatched::actor)
                .containsExactly("pensjonist", "kollega", "sjef", "forsker", "fisker", "alene");
        assertThat(result.unmatched())
                .extracting(u -> ENGLISH.reason(u.reason()))
                .containsExactly(
                        "All 2 possible partners of pensjonist already have as many matches as they accept",
                        "Everyone who shares a theme with kollega is in the same organisation or an excluded pair",
                        "Everyone who shares a theme with sjef is in the same organisation or an excluded pair",
                        "Everyone who shares a theme with forsker is in the same organisation or an excluded pair",
                        "Everyone who shares a theme with fisker is in the same organisation or an excluded pair",
                        "No other actor shares a theme with alene");
        assertThat(BOKMAL.reason(result.unmatched().get(5).reason()))
                .isEqualTo("Ingen andre aktører deler et tema med alene");
        assertThat(result.score().mediumScore()).isEqualTo(-6);
    }

    @Test
    void thePlanFileHasTheFormatsFieldsAndTheNorwegianReasons() throws Exception {
        MatchingResult result = engine.solve(problem, MatchingWeights.defaults(), Duration.ofSeconds(1), null);
        JsonNode plan = new ObjectMapper().readTree(MatchingPlanWriter.write(result, ENGLISH::reason, BOKMAL::reason));
        assertThat(plan.get("format").asText()).isEqualTo("fellesgrunn.matching-plan/1");
        assertThat(plan.get("score").asText())
                .isEqualTo("0hard/-6medium/" + result.score().softScore() + "soft");
        JsonNode match = plan.get("matches").get(0);
        assertThat(match.get("actors").toString()).isEqualTo("[\"kommune\",\"frivillig\"]");
        assertThat(match.get("similarity").asDouble()).isEqualTo(0.666667);
        assertThat(match.get("sharedThemes").toString()).isEqualTo("[\"eldre\",\"ensomhet\"]");
        assertThat(match.get("reasons")).hasSize(5);
        assertThat(match.get("reasonsNb").get(1).asText()).isEqualTo("Kommune møter frivillig sektor");
        assertThat(plan.get("unmatched")).hasSize(6);
        assertThat(plan.get("unmatched").get(5).get("actor").asText()).isEqualTo("alene");
        assertThat(plan.get("unmatched").get(5).get("reason").asText())
                .isEqualTo("No other actor shares a theme with alene");
    }
}
