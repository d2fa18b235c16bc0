package no.fellesgrunn.planner.scheduling;

import java.util.EnumSet;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A challenge (utfordring) brought to the event: it runs at one table in each of between
 * {@code minRounds} and {@code maxRounds} rounds; its host (if any) sits with it whenever it runs.
 */
public class Challenge {
    @PlanningId
    private final String id;

    private final int index;
    private Participant host;
    private final Set<String> themes;
    private final EnumSet<Perspective> neededPerspectives;
    private final int minRounds;
    private final int maxRounds;

    public Challenge(
            String id,
            int index,
            Participant host,
            Set<String> themes,
            Set<Perspective> neededPerspectives,
            int minRounds,
            int maxRounds) {
        this.id = id;
        this.index = index;
        this.host = host;
        this.themes = Set.copyOf(themes);
        this.neededPerspectives =
                neededPerspectives.isEmpty() ? EnumSet.noneOf(Perspective.class) : EnumSet.copyOf(neededPerspectives);
        this.minRounds = minRounds;
        this.maxRounds = maxRounds;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    /** Null for a challenge without host, or after the host cancelled. */
    public Participant getHost() {
        return host;
    }

    /** Used by re-planning when the host cancels: the challenge then runs without host. */
    public void setHost(Participant host) {
        this.host = host;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public Set<Perspective> getNeededPerspectives() {
        return neededPerspectives;
    }

    public int getMinRounds() {
        return minRounds;
    }

    public int getMaxRounds() {
        return maxRounds;
    }

    @Override
    public String toString() {
        return id;
    }
}
