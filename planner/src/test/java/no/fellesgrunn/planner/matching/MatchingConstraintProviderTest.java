package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per matching rule, each with the penalty or reward it should give and why. */
class MatchingConstraintProviderTest {
    private final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> verifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingSolution.class, MatchSlot.class);

    private static ActorProfile profile(
            String id,
            String organisation,
            Sector sector,
            String municipality,
            Set<String> themes,
            Set<Perspective> perspectives) {
        return new ActorProfile(id, organisation, sector, municipality, themes, perspectives, null);
    }

    private static ActorProfile profile(String id, String organisation, Sector sector, Set<String> themes) {
        return profile(id, organisation, sector, null, themes, Set.of());
    }

    /** Planning facts for the profiles, with the given excluded and previous pairs. */
    private static List<Actor> actors(List<ActorProfile> profiles, List<ActorPair> excluded, List<ActorPair> previous) {
        return Actor.of(new MatchingProblem(profiles, 1, excluded, previous));
    }

    private static List<Actor> actors(ActorProfile... profiles) {
        return actors(List.of(profiles), List.of(), List.of());
    }

    private static int ids = 0;

    private static MatchSlot slot(Actor first, Actor second) {
        return new MatchSlot(ids++, first, second);
    }

    @Test
    void ineligiblePairPenalisesEachMatchWithoutSharedThemeOrInOneOrganisationOrExcluded() {
        List<Actor> a = actors(
                List.of(
                        profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                        profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("klima")),
                        profile("kollega", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                        profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet")),
                        profile("forsker", "nord", Sector.RESEARCH, Set.of("ensomhet"))),
                List.of(new ActorPair("kommune", "bedrift")),
                List.of());
        // No shared theme: 1 hard.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(0), a.get(1)))
                .penalizesBy(1);
        // Same organisation "bodo": 1 hard.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(0), a.get(2)))
                .penalizesBy(1);
        // Excluded pair, in the reverse order of the exclusion: 1 hard.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(3), a.get(0)))
                .penalizesBy(1);
        // An actor with themselves: 1 hard.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(4), a.get(4)))
                .penalizesBy(1);
        // Eligible pair, and a slot with one actor (no match): 0.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(0), a.get(4)), slot(a.get(1), null))
                .penalizesBy(0);
        // Two ineligible matches and an eligible one: 2.
        verifier.verifyThat(MatchingConstraintProvider::ineligiblePair)
                .given(slot(a.get(0), a.get(1)), slot(a.get(2), a.get(0)), slot(a.get(3), a.get(4)))
                .penalizesBy(2);
    }

    @Test
    void actorOverCapacityPenalisesEveryMatchBeyondMaxMatches() {
        List<ActorProfile> profiles = new ArrayList<>();
        profiles.add(new ActorProfile("kommune", "bodo", Sector.MUNICIPALITY, null, Set.of("ensomhet"), Set.of(), 1));
        profiles.add(new ActorProfile("fylke", "nfk", Sector.COUNTY, null, Set.of("ensomhet"), Set.of(), 2));
        for (int i = 0; i < 3; i++) {
            profiles.add(new ActorProfile("p" + i, "org" + i, Sector.VOLUNTARY, null, Set.of("ensomhet"), Set.of(), 3));
        }
        List<Actor> a = actors(profiles, List.of(), List.of());
        // "kommune" accepts 1 and is in 3 matches: 2 hard. The partners accept 3 and have 1 each: 0.
        verifier.verifyThat(MatchingConstraintProvider::actorOverCapacity)
                .given(slot(a.get(0), a.get(2)), slot(a.get(3), a.get(0)), slot(a.get(0), a.get(4)))
                .penalizesBy(2);
        // "fylke" accepts 2 and is in 2: 0. A half-filled slot is no match: still 0.
        verifier.verifyThat(MatchingConstraintProvider::actorOverCapacity)
                .given(slot(a.get(1), a.get(2)), slot(a.get(3), a.get(1)), slot(a.get(1), null))
                .penalizesBy(0);
        // "fylke" in 3 (1 too many) and "kommune" in 2 (1 too many): 2.
        verifier.verifyThat(MatchingConstraintProvider::actorOverCapacity)
                .given(
                        slot(a.get(1), a.get(2)),
                        slot(a.get(3), a.get(1)),
                        slot(a.get(1), a.get(0)),
                        slot(a.get(0), a.get(4)))
                .penalizesBy(2);
    }

    @Test
    void pairMatchedTwicePenalisesEverySecondSlotOfOnePair() {
        List<Actor> a = actors(
                profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("ensomhet")),
                profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet")));
        // The same pair in either order: one pair of slots, 1 hard.
        verifier.verifyThat(MatchingConstraintProvider::pairMatchedTwice)
                .given(slot(a.get(0), a.get(1)), slot(a.get(1), a.get(0)), slot(a.get(0), a.get(2)))
                .penalizesBy(1);
        // Three times: three pairs of slots, 3 hard.
        verifier.verifyThat(MatchingConstraintProvider::pairMatchedTwice)
                .given(slot(a.get(0), a.get(1)), slot(a.get(1), a.get(0)), slot(a.get(0), a.get(1)))
                .penalizesBy(3);
        // Empty and half-filled slots never count as the same pair: 0.
        verifier.verifyThat(MatchingConstraintProvider::pairMatchedTwice)
                .given(slot(null, null), slot(null, null), slot(a.get(0), null), slot(a.get(0), null))
                .penalizesBy(0);
    }

    @Test
    void actorWithoutMatchPenalisesEachActorInNoMatch() {
        List<Actor> a = actors(
                profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("ensomhet")),
                profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet")),
                profile("forsker", "nord", Sector.RESEARCH, Set.of("klima")));
        // "kommune" and "frivillig" are matched; "bedrift" only half (no partner) and "forsker"
        // not at all: 2 medium.
        verifier.verifyThat(MatchingConstraintProvider::actorWithoutMatch)
                .given(a.get(0), a.get(1), a.get(2), a.get(3), slot(a.get(1), a.get(0)), slot(null, a.get(2)))
                .penalizesBy(2);
        // Everybody as first or second of a match: 0.
        verifier.verifyThat(MatchingConstraintProvider::actorWithoutMatch)
                .given(a.get(0), a.get(1), a.get(2), a.get(3), slot(a.get(0), a.get(1)), slot(a.get(3), a.get(2)))
                .penalizesBy(0);
    }

    @Test
    void interestSimilarityRewardsJaccardIndexInMillionths() {
        List<Actor> a = actors(
                profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet", "eldre")),
                profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("eldre", "klima")),
                profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet", "eldre")));
        // {ensomhet, eldre} and {eldre, klima}: 1 shared of 3 in all, 333,333 millionths.
        verifier.verifyThat(MatchingConstraintProvider::interestSimilarity)
                .given(slot(a.get(0), a.get(1)))
                .rewardsWith(333_333);
        // Identical themes: 1,000,000; plus the pair above: 1,333,333.
        verifier.verifyThat(MatchingConstraintProvider::interestSimilarity)
                .given(slot(a.get(0), a.get(2)), slot(a.get(1), a.get(0)))
                .rewardsWith(1_333_333);
        // A half-filled slot is no match: 0.
        verifier.verifyThat(MatchingConstraintProvider::interestSimilarity)
                .given(slot(a.get(0), null))
                .rewardsWith(0);
    }

    @Test
    void crossSectorPairRewardsEachPairOfTwoSectors() {
        List<Actor> a = actors(
                profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                profile("kommune2", "narvik", Sector.MUNICIPALITY, Set.of("ensomhet")),
                profile("fylke", "nfk", Sector.COUNTY, Set.of("ensomhet")),
                profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("ensomhet")));
        // Municipality with municipality: 0.
        verifier.verifyThat(MatchingConstraintProvider::crossSectorPair)
                .given(slot(a.get(0), a.get(1)))
                .rewardsWith(0);
        // Municipality with county, and with voluntary: 1 each, 2.
        verifier.verifyThat(MatchingConstraintProvider::crossSectorPair)
                .given(slot(a.get(0), a.get(2)), slot(a.get(1), a.get(3)))
                .rewardsWith(2);
    }

    @Test
    void publicMeetsNonPublicRewardsOnlyPublicWithNonPublic() {
        List<Actor> a = actors(
                profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                profile("stat", "nav", Sector.STATE, Set.of("ensomhet")),
                profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet")),
                profile("innbygger", null, Sector.CITIZEN, Set.of("ensomhet")));
        // Municipality with state (both public) and business with citizen (neither): 0.
        verifier.verifyThat(MatchingConstraintProvider::publicMeetsNonPublic)
                .given(slot(a.get(0), a.get(1)), slot(a.get(2), a.get(3)))
                .rewardsWith(0);
        // Business with municipality, state with citizen: 1 each, 2.
        verifier.verifyThat(MatchingConstraintProvider::publicMeetsNonPublic)
                .given(slot(a.get(2), a.get(0)), slot(a.get(1), a.get(3)))
                .rewardsWith(2);
    }

    @Test
    void complementaryPerspectivesRewardsPairsWhereEachBringsSomethingTheOtherLacks() {
        List<Actor> a = actors(
                profile(
                        "kommune",
                        "bodo",
                        Sector.MUNICIPALITY,
                        null,
                        Set.of("ensomhet"),
                        Set.of(Perspective.DECISION_MAKER)),
                profile("ildsjel", "bymisjon", Sector.VOLUNTARY, null, Set.of("ensomhet"), Set.of(Perspective.DRIVER)),
                profile(
                        "leder",
                        "apotek",
                        Sector.BUSINESS,
                        null,
                        Set.of("ensomhet"),
                        Set.of(Perspective.DECISION_MAKER, Perspective.DRIVER)),
                profile("ukjent", "nord", Sector.RESEARCH, null, Set.of("ensomhet"), Set.of()));
        // Decision maker with driver: 1.
        verifier.verifyThat(MatchingConstraintProvider::complementaryPerspectives)
                .given(slot(a.get(0), a.get(1)))
                .rewardsWith(1);
        // Decision maker with decision maker + driver (the first brings nothing new), and anyone
        // with an actor of unknown perspectives: 0.
        verifier.verifyThat(MatchingConstraintProvider::complementaryPerspectives)
                .given(slot(a.get(0), a.get(2)), slot(a.get(3), a.get(1)))
                .rewardsWith(0);
    }

    @Test
    void sameCountyRewardsPairsWithTheSameFirstTwoMunicipalityDigits() {
        List<Actor> a = actors(
                profile("bodo", "bodo", Sector.MUNICIPALITY, "1804", Set.of("ensomhet"), Set.of()),
                profile("narvik", "narvik", Sector.MUNICIPALITY, "1806", Set.of("ensomhet"), Set.of()),
                profile("kristiansand", "krs", Sector.MUNICIPALITY, "4204", Set.of("ensomhet"), Set.of()),
                profile("nowhere", "x", Sector.BUSINESS, null, Set.of("ensomhet"), Set.of()));
        // 1804 and 1806 are both in county 18: 1.
        verifier.verifyThat(MatchingConstraintProvider::sameCounty)
                .given(slot(a.get(0), a.get(1)))
                .rewardsWith(1);
        // Counties 18 and 42, and an actor without a municipality: 0.
        verifier.verifyThat(MatchingConstraintProvider::sameCounty)
                .given(slot(a.get(0), a.get(2)), slot(a.get(3), a.get(1)))
                .rewardsWith(0);
    }

    @Test
    void repeatedMatchPenalisesPairsInPreviousMatches() {
        List<Actor> a = actors(
                List.of(
                        profile("kommune", "bodo", Sector.MUNICIPALITY, Set.of("ensomhet")),
                        profile("frivillig", "bymisjon", Sector.VOLUNTARY, Set.of("ensomhet")),
                        profile("bedrift", "apotek", Sector.BUSINESS, Set.of("ensomhet"))),
                List.of(),
                List.of(new ActorPair("frivillig", "kommune")));
        // The earlier pair, in the other order: 1. A new pair: 0. Total 1.
        verifier.verifyThat(MatchingConstraintProvider::repeatedMatch)
                .given(slot(a.get(0), a.get(1)), slot(a.get(2), a.get(0)))
                .penalizesBy(1);
    }
}
