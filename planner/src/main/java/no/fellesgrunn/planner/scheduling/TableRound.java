package no.fellesgrunn.planner.scheduling;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One table in one round: the solver decides which challenge it hosts. Null means an open table
 * (people may still sit there, without a challenge).
 */
@PlanningEntity
public class TableRound {
    @PlanningId
    private String id;

    private EventTable table;
    private Round round;

    @PlanningVariable(valueRangeProviderRefs = EventSchedule.CHALLENGE_RANGE, nullable = true)
    private Challenge challenge;

    /** The organiser fixed this table's challenge for this round. */
    @PlanningPin
    private boolean pinned;

    /** Whether a published plan exists, and which challenge it put here (null: open table). */
    private boolean published;

    private Challenge publishedChallenge;

    public TableRound() {}

    public TableRound(EventTable table, Round round) {
        this.id = table.getId() + "@" + round.getId();
        this.table = table;
        this.round = round;
    }

    public TableRound(EventTable table, Round round, Challenge challenge) {
        this(table, round);
        this.challenge = challenge;
    }

    public String getId() {
        return id;
    }

    public EventTable getTable() {
        return table;
    }

    public Round getRound() {
        return round;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public void setChallenge(Challenge challenge) {
        this.challenge = challenge;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isPublished() {
        return published;
    }

    public Challenge getPublishedChallenge() {
        return publishedChallenge;
    }

    public void setPublished(Challenge publishedChallenge) {
        this.published = true;
        this.publishedChallenge = publishedChallenge;
    }

    @Override
    public String toString() {
        return id + "=" + challenge;
    }
}
