package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * An actor as a planning fact: the value of a {@link MatchSlot}'s variables. Answers the pair
 * questions the constraints ask (may these two meet, how similar are they, ...) quickly, because
 * the local search asks them millions of times: themes are kept as a bit set over the problem's
 * theme vocabulary.
 */
public final class Actor {
    private final ActorProfile profile;
    private final int index;
    private final int maxMatches;
    private final long[] themeBits;
    private final Set<Perspective> perspectives;
    private final Set<String> excludedPartners = new HashSet<>();
    private final Set<String> previousPartners = new HashSet<>();

    private Actor(ActorProfile profile, int index, int maxMatches, long[] themeBits) {
        this.profile = profile;
        this.index = index;
        this.maxMatches = maxMatches;
        this.themeBits = themeBits;
        this.perspectives = profile.perspectives().isEmpty()
                ? EnumSet.noneOf(Perspective.class)
                : EnumSet.copyOf(profile.perspectives());
    }

    /** The problem's actors as planning facts, in the problem's order; index i is the i-th actor. */
    public static List<Actor> of(MatchingProblem problem) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (ActorProfile profile : problem.actors()) {
            for (String theme : profile.themes()) {
                vocabulary.putIfAbsent(theme, vocabulary.size());
            }
        }
        int words = Math.max(1, (vocabulary.size() + 63) / 64);
        List<Actor> actors = new ArrayList<>(problem.actors().size());
        Map<String, Actor> byId = new HashMap<>();
        for (ActorProfile profile : problem.actors()) {
            long[] bits = new long[words];
            for (String theme : profile.themes()) {
                int bit = vocabulary.get(theme);
                bits[bit >> 6] |= 1L << (bit & 63);
            }
            Actor actor = new Actor(profile, actors.size(), capacity(problem, profile), bits);
            actors.add(actor);
            byId.put(profile.id(), actor);
        }
        for (ActorPair pair : problem.excludedPairs()) {
            byId.get(pair.first()).excludedPartners.add(pair.second());
            byId.get(pair.second()).excludedPartners.add(pair.first());
        }
        for (ActorPair pair : problem.previousMatches()) {
            byId.get(pair.first()).previousPartners.add(pair.second());
            byId.get(pair.second()).previousPartners.add(pair.first());
        }
        return Collections.unmodifiableList(actors);
    }

    /**
     * The matches an actor can take: its {@code maxMatches}, but never more than there are other
     * actors (no pair twice), so a huge {@code maxMatches} such as {@code Integer.MAX_VALUE} costs no
     * memory and overflows no sum. At least 1, so the rules read the same as before for one actor.
     */
    static int capacity(MatchingProblem problem, ActorProfile profile) {
        return Math.max(
                1, Math.min(problem.maxMatchesOf(profile), problem.actors().size() - 1));
    }

    public String getId() {
        return profile.id();
    }

    /** Position in the problem's actor list; also the vertex number in the pair graph. */
    public int getIndex() {
        return index;
    }

    public ActorProfile getProfile() {
        return profile;
    }

    public Sector getSector() {
        return profile.sector();
    }

    public int getMaxMatches() {
        return maxMatches;
    }

    public boolean hasThemes() {
        return !profile.themes().isEmpty();
    }

    /** Number of themes both actors have. */
    public int sharedThemeCount(Actor other) {
        int shared = 0;
        for (int i = 0; i < themeBits.length; i++) {
            shared += Long.bitCount(themeBits[i] & other.themeBits[i]);
        }
        return shared;
    }

    /** Interest similarity: the Jaccard index |A ∩ B| / |A ∪ B| of the two theme sets. */
    public double similarity(Actor other) {
        int shared = 0;
        int union = 0;
        for (int i = 0; i < themeBits.length; i++) {
            shared += Long.bitCount(themeBits[i] & other.themeBits[i]);
            union += Long.bitCount(themeBits[i] | other.themeBits[i]);
        }
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /** The similarity in millionths, rounded: the unit of the soft score. */
    public long similarityMicros(Actor other) {
        return Math.round(similarity(other) * 1_000_000.0);
    }

    /** The themes both actors have, sorted. */
    public SortedSet<String> sharedThemes(Actor other) {
        SortedSet<String> shared = new TreeSet<>(profile.themes());
        shared.retainAll(other.profile.themes());
        return shared;
    }

    /** Both belong to the same organisation (actors without one never do). */
    public boolean sameOrganisation(Actor other) {
        return profile.organisation() != null && profile.organisation().equals(other.profile.organisation());
    }

    public boolean isExcludedWith(Actor other) {
        return excludedPartners.contains(other.getId());
    }

    /**
     * The format's eligibility: two different actors who share at least one theme, are not in the
     * same organisation, and are not an excluded pair.
     */
    public boolean canMeet(Actor other) {
        return other != this && sharedThemeCount(other) > 0 && !sameOrganisation(other) && !isExcludedWith(other);
    }

    public boolean metBefore(Actor other) {
        return previousPartners.contains(other.getId());
    }

    public boolean crossSector(Actor other) {
        return getSector() != other.getSector();
    }

    /** One public actor (municipality, county, state) and one who is not. */
    public boolean publicMeetsNonPublic(Actor other) {
        return getSector().isPublic() != other.getSector().isPublic();
    }

    /** Each of the two brings a perspective the other lacks. */
    public boolean complementaryPerspectives(Actor other) {
        return !perspectives.isEmpty()
                && !other.perspectives.isEmpty()
                && !perspectives.containsAll(other.perspectives)
                && !other.perspectives.containsAll(perspectives);
    }

    public boolean sameCounty(Actor other) {
        String county = profile.county();
        return county != null && county.equals(other.profile.county());
    }

    @Override
    public String toString() {
        return getId();
    }
}
