package no.fellesgrunn.planner.scheduling;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A participant (deltaker) of the event, with what they bring and what they wish for. */
public class Participant {
    @PlanningId
    private final String id;

    private final int index;
    private final String organisation;
    private final Sector sector;
    private final Set<String> themes;
    private final EnumSet<Perspective> perspectives;
    private final boolean needsAccessible;
    private final Set<Round> availableRounds = new LinkedHashSet<>();
    private List<Challenge> wishes = List.of();
    private Map<Challenge, Integer> wishRanks = Map.of();
    private boolean arrived;

    public Participant(
            String id,
            int index,
            String organisation,
            Sector sector,
            Set<String> themes,
            Set<Perspective> perspectives,
            boolean needsAccessible) {
        this.id = id;
        this.index = index;
        this.organisation = organisation;
        this.sector = sector;
        this.themes = Set.copyOf(themes);
        this.perspectives = perspectives.isEmpty() ? EnumSet.noneOf(Perspective.class) : EnumSet.copyOf(perspectives);
        this.needsAccessible = needsAccessible;
    }

    public String getId() {
        return id;
    }

    /** Position in the problem; orders pairs of participants canonically. */
    public int getIndex() {
        return index;
    }

    /** Null for someone who speaks for no organisation (for example a citizen). */
    public String getOrganisation() {
        return organisation;
    }

    /** Null when the problem gives no sector. */
    public Sector getSector() {
        return sector;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public Set<Perspective> getPerspectives() {
        return perspectives;
    }

    public boolean isNeedsAccessible() {
        return needsAccessible;
    }

    public Set<Round> getAvailableRounds() {
        return availableRounds;
    }

    /** Whether they arrived unannounced while re-planning ({@link ParticipantArrived}): they are here, so they get a seat first. */
    public boolean isArrived() {
        return arrived;
    }

    public void setArrived(boolean arrived) {
        this.arrived = arrived;
    }

    public List<Challenge> getWishes() {
        return wishes;
    }

    /** Sets the wishes, most wanted first. */
    public void setWishes(List<Challenge> wishes) {
        this.wishes = List.copyOf(wishes);
        Map<Challenge, Integer> ranks = new HashMap<>();
        for (int i = 0; i < wishes.size(); i++) {
            ranks.putIfAbsent(wishes.get(i), i);
        }
        this.wishRanks = ranks;
    }

    /** 0 for the most wanted challenge, -1 when the challenge (or an open table, null) was not wished for. */
    public int wishRank(Challenge challenge) {
        if (challenge == null) {
            return -1;
        }
        Integer rank = wishRanks.get(challenge);
        return rank == null ? -1 : rank;
    }

    /** Number of themes the participant shares with the challenge. */
    public int sharedThemeCount(Challenge challenge) {
        if (challenge == null) {
            return 0;
        }
        int count = 0;
        for (String theme : challenge.getThemes()) {
            if (themes.contains(theme)) {
                count++;
            }
        }
        return count;
    }

    public boolean sameOrganisationAs(Participant other) {
        return organisation != null && organisation.equals(other.organisation);
    }

    @Override
    public String toString() {
        return id;
    }
}
