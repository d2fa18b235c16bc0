package no.fellesgrunn.planner.matching;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import no.fellesgrunn.domain.actor.Perspective;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched a pair: the justification every pair constraint attaches to its match.
 * {@link MatchingEngine#explain(MatchingSolution)} collects these per pair and turns them into the
 * plan's reasons, as codes with arguments ({@link ReasonCode}) that the readers translate.
 */
public record MatchReason(Kind kind, Actor first, Actor second) implements ConstraintJustification {

    /** One kind per pair constraint. */
    public enum Kind {
        SHARED_THEMES,
        CROSS_SECTOR,
        PUBLIC_MEETS_NON_PUBLIC,
        COMPLEMENTARY_PERSPECTIVES,
        SAME_COUNTY,
        REPEATED_MATCH,
        INELIGIBLE_PAIR,
        PAIR_MATCHED_TWICE
    }

    static MatchReason of(Kind kind, MatchSlot slot) {
        return new MatchReason(kind, slot.getFirst(), slot.getSecond());
    }

    /**
     * The reason as a code with its arguments: the shared theme keys; the two sectors; the two
     * sides' perspectives (comma-separated enum names); the county number.
     */
    public ReasonCode code() {
        String key = "planner.reason." + kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case SHARED_THEMES -> ReasonCode.of(key, String.join(",", first.sharedThemes(second)));
            case CROSS_SECTOR ->
                ReasonCode.of(key, first.getSector().name(), second.getSector().name());
            case COMPLEMENTARY_PERSPECTIVES ->
                ReasonCode.of(key, names(only(first, second)), names(only(second, first)));
            case SAME_COUNTY -> ReasonCode.of(key, first.getProfile().county());
            default -> ReasonCode.of(key);
        };
    }

    private static String names(Set<Perspective> perspectives) {
        return String.join(",", perspectives.stream().map(Enum::name).toList());
    }

    /** The perspectives of {@code a} that {@code b} lacks, in enum order. */
    private static Set<Perspective> only(Actor a, Actor b) {
        Set<Perspective> own = a.getProfile().perspectives().isEmpty()
                ? EnumSet.noneOf(Perspective.class)
                : EnumSet.copyOf(a.getProfile().perspectives());
        own.removeAll(b.getProfile().perspectives());
        return new TreeSet<>(own);
    }
}
