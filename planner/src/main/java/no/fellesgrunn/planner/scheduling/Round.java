package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One round of a regional event: every table works on one challenge for the round's duration.
 * {@link #fairShare()} is the even fill of a table this round (computed from the participants
 * available and the tables' capacities), which the "even fill" rule measures against.
 */
public class Round {
    @PlanningId
    private final String id;

    private final int index;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private int fairShare = Integer.MAX_VALUE;

    public Round(String id, int index, LocalDateTime start, LocalDateTime end) {
        this.id = id;
        this.index = index;
        this.start = start;
        this.end = end;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    /** Seats per table above which a table is fuller than an even spread needs. */
    public int getFairShare() {
        return fairShare;
    }

    public void setFairShare(int fairShare) {
        this.fairShare = fairShare;
    }

    @Override
    public String toString() {
        return id;
    }
}
