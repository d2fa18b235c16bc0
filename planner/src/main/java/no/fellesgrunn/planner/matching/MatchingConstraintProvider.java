package no.fellesgrunn.planner.matching;

import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.COMPLEMENTARY_PERSPECTIVES;
import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.CROSS_SECTOR;
import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.INTEREST_SIMILARITY;
import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.PUBLIC_MEETS_NON_PUBLIC;
import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.REPEATED_MATCH;
import static no.fellesgrunn.planner.matching.MatchingConstraintConfiguration.SAME_COUNTY;

import java.util.List;
import no.fellesgrunn.planner.matching.MatchReason.Kind;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The matching rules of docs/formats/PLANNER-FORMATS.md section 1, one method per rule, at the levels written
 * there: hard (eligible pairs, capacity, no pair twice), medium (as many actors as possible get a
 * match), soft (interest similarity first, then the smaller, configurable preferences).
 */
public class MatchingConstraintProvider implements ConstraintProvider {
    static final String INELIGIBLE_PAIR = "Ineligible pair";
    static final String ACTOR_OVER_CAPACITY = "Actor over capacity";
    static final String PAIR_MATCHED_TWICE = "Pair matched twice";
    static final String ACTOR_WITHOUT_MATCH = "Actor without match";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            ineligiblePair(factory),
            actorOverCapacity(factory),
            pairMatchedTwice(factory),
            actorWithoutMatch(factory),
            interestSimilarity(factory),
            crossSectorPair(factory),
            publicMeetsNonPublic(factory),
            complementaryPerspectives(factory),
            sameCounty(factory),
            repeatedMatch(factory)
        };
    }

    /** Every slot that holds two actors. Slots with one actor or none are not matches. */
    private static UniConstraintStream<MatchSlot> matches(ConstraintFactory factory) {
        return factory.forEach(MatchSlot.class).filter(MatchSlot::isMatch);
    }

    // ---- Hard ----

    /** Only eligible pairs: they share a theme, are in different organisations, are not excluded. */
    Constraint ineligiblePair(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> !slot.getFirst().canMeet(slot.getSecond()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((slot, score) -> MatchReason.of(Kind.INELIGIBLE_PAIR, slot))
                .asConstraint(INELIGIBLE_PAIR);
    }

    /** No actor in more matches than their maxMatches; one point per match too many. */
    Constraint actorOverCapacity(ConstraintFactory factory) {
        return matches(factory)
                .flattenLast(slot -> List.of(slot.getFirst(), slot.getSecond()))
                .groupBy(actor -> actor, ConstraintCollectors.count())
                .filter((actor, count) -> count > actor.getMaxMatches())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (actor, count) -> count - actor.getMaxMatches())
                .justifyWith((actor, count, score) -> new ActorReason(ActorReason.Kind.OVER_CAPACITY, actor, count))
                .asConstraint(ACTOR_OVER_CAPACITY);
    }

    /** No pair twice: two slots with the same two actors (in either order). */
    Constraint pairMatchedTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(MatchSlot.class, Joiners.equal(MatchSlot::getPairKey))
                .filter((slot, other) -> slot.isMatch())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((slot, other, score) -> MatchReason.of(Kind.PAIR_MATCHED_TWICE, slot))
                .asConstraint(PAIR_MATCHED_TWICE);
    }

    // ---- Medium ----

    /** As many actors as possible get at least one match: one point per actor with none. */
    Constraint actorWithoutMatch(ConstraintFactory factory) {
        return factory.forEach(Actor.class)
                .ifNotExists(
                        MatchSlot.class,
                        Joiners.equal(actor -> actor, MatchSlot::getFirst),
                        Joiners.filtering((actor, slot) -> slot.isMatch()))
                .ifNotExists(
                        MatchSlot.class,
                        Joiners.equal(actor -> actor, MatchSlot::getSecond),
                        Joiners.filtering((actor, slot) -> slot.isMatch()))
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((actor, score) -> new ActorReason(ActorReason.Kind.WITHOUT_MATCH, actor, 0))
                .asConstraint(ACTOR_WITHOUT_MATCH);
    }

    // ---- Soft ----

    /** First among the soft rules: the Jaccard similarity of the pair's themes, in millionths. */
    Constraint interestSimilarity(ConstraintFactory factory) {
        return matches(factory)
                .rewardConfigurableLong(slot -> slot.getFirst().similarityMicros(slot.getSecond()))
                .justifyWith((slot, score) -> MatchReason.of(Kind.SHARED_THEMES, slot))
                .asConstraint(INTEREST_SIMILARITY);
    }

    /** Pairs across sectors: the mix of sectors is the point of co-creation. */
    Constraint crossSectorPair(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> slot.getFirst().crossSector(slot.getSecond()))
                .rewardConfigurable()
                .justifyWith((slot, score) -> MatchReason.of(Kind.CROSS_SECTOR, slot))
                .asConstraint(CROSS_SECTOR);
    }

    /** Most of all, a public actor with a partner outside the public sector (on top of cross-sector). */
    Constraint publicMeetsNonPublic(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> slot.getFirst().publicMeetsNonPublic(slot.getSecond()))
                .rewardConfigurable()
                .justifyWith((slot, score) -> MatchReason.of(Kind.PUBLIC_MEETS_NON_PUBLIC, slot))
                .asConstraint(PUBLIC_MEETS_NON_PUBLIC);
    }

    /** Complementary perspectives: each actor brings a perspective the other lacks. */
    Constraint complementaryPerspectives(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> slot.getFirst().complementaryPerspectives(slot.getSecond()))
                .rewardConfigurable()
                .justifyWith((slot, score) -> MatchReason.of(Kind.COMPLEMENTARY_PERSPECTIVES, slot))
                .asConstraint(COMPLEMENTARY_PERSPECTIVES);
    }

    /** The same county (first two digits of the municipality number): easier to meet for coffee. */
    Constraint sameCounty(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> slot.getFirst().sameCounty(slot.getSecond()))
                .rewardConfigurable()
                .justifyWith((slot, score) -> MatchReason.of(Kind.SAME_COUNTY, slot))
                .asConstraint(SAME_COUNTY);
    }

    /** Pairs not in previousMatches: a pair that met before costs points, so new pairs win. */
    Constraint repeatedMatch(ConstraintFactory factory) {
        return matches(factory)
                .filter(slot -> slot.getFirst().metBefore(slot.getSecond()))
                .penalizeConfigurable()
                .justifyWith((slot, score) -> MatchReason.of(Kind.REPEATED_MATCH, slot))
                .asConstraint(REPEATED_MATCH);
    }
}
