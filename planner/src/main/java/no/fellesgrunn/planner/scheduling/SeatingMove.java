package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * A move of the seating search built on OptaPlanner's public move API only: a list of changes,
 * each seat to a table (or none) and each table-round to a challenge (or an open table), done
 * together. One class covers the targeted moves: a participant changes table, two participants of
 * a round trade tables, and two tables of a round trade challenges with their hosts. Its undo move
 * is the same kind of move with the old values, in reverse order.
 */
public final class SeatingMove extends AbstractMove<EventSchedule> {
    static final String TABLE = "table";
    static final String CHALLENGE = "challenge";

    /** One change: a {@link Seat} to a table, or a {@link TableRound} to a challenge. */
    record Change(Object entity, Object value) {
        Change {
            if (!(entity instanceof Seat) && !(entity instanceof TableRound)) {
                throw new IllegalArgumentException("a seating move changes seats and table-rounds, not " + entity);
            }
        }

        Object current() {
            return entity instanceof Seat seat ? seat.getTable() : ((TableRound) entity).getChallenge();
        }

        boolean pinned() {
            return entity instanceof Seat seat ? seat.isPinned() : ((TableRound) entity).isPinned();
        }

        void apply(ScoreDirector<EventSchedule> director) {
            if (entity instanceof Seat seat) {
                director.beforeVariableChanged(seat, TABLE);
                seat.setTable((EventTable) value);
                director.afterVariableChanged(seat, TABLE);
            } else {
                TableRound tableRound = (TableRound) entity;
                director.beforeVariableChanged(tableRound, CHALLENGE);
                tableRound.setChallenge((Challenge) value);
                director.afterVariableChanged(tableRound, CHALLENGE);
            }
        }
    }

    private final String kind;
    private final List<Change> changes;

    SeatingMove(String kind, List<Change> changes) {
        this.kind = kind;
        this.changes = List.copyOf(changes);
    }

    /** The participant of this seat moves to this table (null: sits out). */
    public static SeatingMove seat(Seat seat, EventTable table) {
        return new SeatingMove("SeatMove", List.of(new Change(seat, table)));
    }

    /** Two participants of the same round trade tables. */
    public static SeatingMove swap(Seat a, Seat b) {
        if (a.getRound() != b.getRound()) {
            throw new IllegalArgumentException("only seats of the same round trade tables");
        }
        return new SeatingMove("SeatSwapMove", List.of(new Change(a, b.getTable()), new Change(b, a.getTable())));
    }

    /** Any combination of changes, done together (for example two tables trading challenges and hosts). */
    public static SeatingMove of(String kind, List<Change> changes) {
        return new SeatingMove(kind, changes);
    }

    List<Change> changes() {
        return changes;
    }

    /** Doable when nothing pinned is touched and at least one value really changes. */
    @Override
    public boolean isMoveDoable(ScoreDirector<EventSchedule> scoreDirector) {
        boolean changesSomething = false;
        for (Change change : changes) {
            if (change.pinned()) {
                return false;
            }
            changesSomething |= !Objects.equals(change.current(), change.value());
        }
        return changesSomething;
    }

    @Override
    protected SeatingMove createUndoMove(ScoreDirector<EventSchedule> scoreDirector) {
        List<Change> undo = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            undo.add(new Change(change.entity(), change.current()));
        }
        return new SeatingMove(kind, undo);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<EventSchedule> scoreDirector) {
        for (Change change : changes) {
            change.apply(scoreDirector);
        }
    }

    @Override
    public SeatingMove rebase(ScoreDirector<EventSchedule> destination) {
        List<Change> rebased = new ArrayList<>(changes.size());
        for (Change change : changes) {
            rebased.add(new Change(
                    destination.lookUpWorkingObject(change.entity()),
                    change.value() == null ? null : destination.lookUpWorkingObject(change.value())));
        }
        return new SeatingMove(kind, rebased);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return kind;
    }

    @Override
    public Collection<?> getPlanningEntities() {
        LinkedHashSet<Object> entities = new LinkedHashSet<>();
        changes.forEach(change -> entities.add(change.entity()));
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        changes.forEach(change -> values.add(change.value()));
        return values;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind).append(changes.size() == 1 ? " " : " {");
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            text.append(i == 0 ? "" : ", ")
                    .append(change.entity())
                    .append(" -> ")
                    .append(change.value());
        }
        return text.append(changes.size() == 1 ? "" : "}").toString();
    }
}
