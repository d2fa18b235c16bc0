package no.fellesgrunn.planner.scheduling;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A round table in a room; the same physical table is used in every round. */
public class EventTable {
    @PlanningId
    private final String id;

    private final int index;
    private final String room;
    private final int capacity;
    private final boolean accessible;

    public EventTable(String id, int index, String room, int capacity, boolean accessible) {
        this.id = id;
        this.index = index;
        this.room = room;
        this.capacity = capacity;
        this.accessible = accessible;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    /** May be null when the problem does not name rooms. */
    public String getRoom() {
        return room;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isAccessible() {
        return accessible;
    }

    @Override
    public String toString() {
        return id;
    }
}
