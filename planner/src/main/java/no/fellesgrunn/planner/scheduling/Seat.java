package no.fellesgrunn.planner.scheduling;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A participant in one round they are available for: the solver decides the table. Seats exist
 * only for available rounds, so "only in rounds they are available" and "at most one table per
 * round" hold by construction. The table is nullable so that an event with too few seats still
 * gets a plan: an empty table is the medium-level "unseated" penalty, not a broken hard rule.
 */
@PlanningEntity
public class Seat {
    @PlanningId
    private String id;

    private Participant participant;
    private Round round;

    @PlanningVariable(valueRangeProviderRefs = EventSchedule.TABLE_RANGE, nullable = true)
    private EventTable table;

    /** The organiser pinned this seat; the solver keeps it. */
    @PlanningPin
    private boolean pinned;

    /** Whether the published plan covered this participant-round, and where it put them. */
    private boolean published;

    private EventTable publishedTable;
    private Challenge publishedChallenge;

    public Seat() {}

    public Seat(Participant participant, Round round) {
        this.id = participant.getId() + "@" + round.getId();
        this.participant = participant;
        this.round = round;
    }

    public Seat(Participant participant, Round round, EventTable table) {
        this(participant, round);
        this.table = table;
    }

    public String getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Round getRound() {
        return round;
    }

    public EventTable getTable() {
        return table;
    }

    public void setTable(EventTable table) {
        this.table = table;
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

    public EventTable getPublishedTable() {
        return publishedTable;
    }

    public Challenge getPublishedChallenge() {
        return publishedChallenge;
    }

    /** Records where the published plan seated this participant this round (table null: unseated). */
    public void setPublished(EventTable publishedTable, Challenge publishedChallenge) {
        this.published = true;
        this.publishedTable = publishedTable;
        this.publishedChallenge = publishedChallenge;
    }

    @Override
    public String toString() {
        return id + "=" + table;
    }
}
