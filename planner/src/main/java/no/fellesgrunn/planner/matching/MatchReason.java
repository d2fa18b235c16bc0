package no.fellesgrunn.planner.matching;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

import no.fellesgrunn.domain.actor.Perspective;

/**
 * Why a constraint matched a pair: the justification every pair constraint attaches to its match.
 * {@link MatchingEngine#explain(MatchingSolution)} collects these per pair and turns them into the
 * readable reasons of the plan, in English and Norwegian.
 */
public record MatchReason(Kind kind, Actor first, Actor second) implements ConstraintJustification {

    /** One kind per pair constraint. */
    public enum Kind {
        SHARED_THEMES, CROSS_SECTOR, PUBLIC_MEETS_NON_PUBLIC, COMPLEMENTARY_PERSPECTIVES, SAME_COUNTY,
        REPEATED_MATCH, INELIGIBLE_PAIR, PAIR_MATCHED_TWICE
    }

    static MatchReason of(Kind kind, MatchSlot slot) {
        return new MatchReason(kind, slot.getFirst(), slot.getSecond());
    }

    /** The reason as an English sentence without a full stop. */
    public String english() {
        return switch (kind) {
            case SHARED_THEMES -> "Both work on " + Wording.list(first.sharedThemes(second), "and");
            case CROSS_SECTOR -> Wording.capitalised(Wording.english(first.getSector())) + " meets "
                    + Wording.english(second.getSector());
            case PUBLIC_MEETS_NON_PUBLIC -> "The public sector meets a partner outside it";
            case COMPLEMENTARY_PERSPECTIVES -> "Complementary perspectives: "
                    + Wording.list(only(first, second).stream().map(Wording::english).toList(), "and") + " meets "
                    + Wording.list(only(second, first).stream().map(Wording::english).toList(), "and");
            case SAME_COUNTY -> "Both are in county " + first.getProfile().county();
            case REPEATED_MATCH -> "Matched before";
            case INELIGIBLE_PAIR -> "Not allowed to meet (no shared theme, same organisation or an excluded pair)";
            case PAIR_MATCHED_TWICE -> "The same pair is matched twice";
        };
    }

    /** The reason as a Norwegian (bokmål) sentence without a full stop. */
    public String norwegian() {
        return switch (kind) {
            case SHARED_THEMES -> "Begge arbeider med " + Wording.list(first.sharedThemes(second), "og");
            case CROSS_SECTOR -> Wording.capitalised(Wording.norwegian(first.getSector())) + " møter "
                    + Wording.norwegian(second.getSector());
            case PUBLIC_MEETS_NON_PUBLIC -> "Offentlig sektor møter en partner utenfor";
            case COMPLEMENTARY_PERSPECTIVES -> "Utfyllende perspektiver: "
                    + Wording.list(only(first, second).stream().map(Wording::norwegian).toList(), "og") + " møter "
                    + Wording.list(only(second, first).stream().map(Wording::norwegian).toList(), "og");
            case SAME_COUNTY -> "Begge er i fylke " + first.getProfile().county();
            case REPEATED_MATCH -> "Har vært matchet før";
            case INELIGIBLE_PAIR -> "Får ikke møtes (ingen felles tema, samme organisasjon eller utelukket par)";
            case PAIR_MATCHED_TWICE -> "Samme par er matchet to ganger";
        };
    }

    /** The perspectives of {@code a} that {@code b} lacks, in enum order. */
    private static Set<Perspective> only(Actor a, Actor b) {
        Set<Perspective> own = a.getProfile().perspectives().isEmpty()
                ? EnumSet.noneOf(Perspective.class) : EnumSet.copyOf(a.getProfile().perspectives());
        own.removeAll(b.getProfile().perspectives());
        return new TreeSet<>(own);
    }
}
