package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Targeted moves for "meet new people": take a participant who shares their table with someone
 * they also sat with in another round, and swap them with someone at another table in the same
 * round (or move them to a table with room). When tables are full, random swaps rarely hit the few
 * seats that matter; these moves do.
 */
public class NewPeopleMoveFactory implements MoveIteratorFactory<EventSchedule, Move<EventSchedule>> {
    private static final int ATTEMPTS = 30;

    @Override
    public long getSize(ScoreDirector<EventSchedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSeats().size();
    }

    @Override
    public Iterator<Move<EventSchedule>> createOriginalMoveIterator(ScoreDirector<EventSchedule> scoreDirector) {
        throw new UnsupportedOperationException("new-people moves are only selected randomly");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Move<EventSchedule>> createRandomMoveIterator(
            ScoreDirector<EventSchedule> scoreDirector, Random random) {
        EventSchedule schedule = scoreDirector.getWorkingSolution();
        int rounds = schedule.getRounds().size();
        int tables = schedule.getTables().size();
        int maxIndex = schedule.getParticipants().stream()
                .mapToInt(Participant::getIndex)
                .max()
                .orElse(0);
        // For this step: where each participant sits in each round, and who sits at each table.
        EventTable[][] tableOf = new EventTable[maxIndex + 1][rounds];
        List<Seat>[][] seatsAt = new List[tables][rounds];
        List<Seat>[] movable = new List[rounds];
        for (int r = 0; r < rounds; r++) {
            movable[r] = new ArrayList<>();
        }
        List<Seat> seated = new ArrayList<>();
        Challenge[][] challengeAt = new Challenge[tables][rounds];
        for (TableRound tableRound : schedule.getTableRounds()) {
            challengeAt[tableRound.getTable().getIndex()][tableRound.getRound().getIndex()] = tableRound.getChallenge();
        }
        for (Seat seat : schedule.getSeats()) {
            if (seat.getTable() == null) {
                continue;
            }
            int round = seat.getRound().getIndex();
            tableOf[seat.getParticipant().getIndex()][round] = seat.getTable();
            List<Seat> list = seatsAt[seat.getTable().getIndex()][round];
            if (list == null) {
                list = new ArrayList<>();
                seatsAt[seat.getTable().getIndex()][round] = list;
            }
            list.add(seat);
            Challenge hosted = challengeAt[seat.getTable().getIndex()][round];
            if (!seat.isPinned() && (hosted == null || hosted.getHost() != seat.getParticipant())) {
                // Pinned seats and hosts at their own challenge stay.
                movable[round].add(seat);
                seated.add(seat);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !seated.isEmpty();
            }

            @Override
            public Move<EventSchedule> next() {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    Seat seat = seated.get(random.nextInt(seated.size()));
                    int round = seat.getRound().getIndex();
                    if (!metBefore(seat, round)) {
                        continue;
                    }
                    List<Seat> others = movable[round];
                    if (others.size() < 2) {
                        continue;
                    }
                    Seat other = others.get(random.nextInt(others.size()));
                    if (other.getTable() == seat.getTable()) {
                        continue;
                    }
                    EventTable free = schedule.getTables().get(random.nextInt(tables));
                    List<Seat> atFree = seatsAt[free.getIndex()][round];
                    if (free != seat.getTable()
                            && (atFree == null || atFree.size() < free.getCapacity())
                            && random.nextBoolean()) {
                        return SeatingMove.seat(seat, free);
                    }
                    return SeatingMove.swap(seat, other);
                }
                Seat seat = seated.get(random.nextInt(seated.size()));
                return SeatingMove.seat(seat, seat.getTable()); // not doable: skipped
            }

            /** Whether someone at this seat's table also shares a table with them in another round. */
            private boolean metBefore(Seat seat, int round) {
                int me = seat.getParticipant().getIndex();
                for (Seat mate : seatsAt[seat.getTable().getIndex()][round]) {
                    int them = mate.getParticipant().getIndex();
                    if (them == me) {
                        continue;
                    }
                    for (int r = 0; r < rounds; r++) {
                        if (r != round && tableOf[me][r] != null && tableOf[me][r] == tableOf[them][r]) {
                            return true;
                        }
                    }
                }
                return false;
            }
        };
    }
}
