package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Targeted moves towards wishes: take a participant who is not at their best wish, find the table
 * that hosts a challenge they wish for more in that round, and either move them there or swap them
 * with someone sitting there. Random table changes find such moves rarely in a large event; these
 * moves make the wish rule improve quickly, while the generic moves keep polishing the rest.
 */
public class WishMoveFactory implements MoveIteratorFactory<EventSchedule, Move<EventSchedule>> {
    private static final int ATTEMPTS = 30;

    @Override
    public long getSize(ScoreDirector<EventSchedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSeats().size() * 2L;
    }

    @Override
    public Iterator<Move<EventSchedule>> createOriginalMoveIterator(ScoreDirector<EventSchedule> scoreDirector) {
        throw new UnsupportedOperationException("wish moves are only selected randomly");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Move<EventSchedule>> createRandomMoveIterator(
            ScoreDirector<EventSchedule> scoreDirector, Random random) {
        EventSchedule schedule = scoreDirector.getWorkingSolution();
        int rounds = schedule.getRounds().size();
        int tables = schedule.getTables().size();
        // Who sits where, and which table hosts which challenge, for this step (moves are undone after evaluation).
        List<Seat>[][] seatsAt = new List[tables][rounds];
        Map<Challenge, TableRound[]> challengeAt = new HashMap<>();
        TableRound[][] tableRounds = new TableRound[tables][rounds];
        for (TableRound tableRound : schedule.getTableRounds()) {
            tableRounds[tableRound.getTable().getIndex()][tableRound.getRound().getIndex()] = tableRound;
            if (tableRound.getChallenge() != null) {
                challengeAt
                        .computeIfAbsent(tableRound.getChallenge(), c -> new TableRound[rounds])[
                        tableRound.getRound().getIndex()] = tableRound;
            }
        }
        List<Seat> candidates = new ArrayList<>();
        for (Seat seat : schedule.getSeats()) {
            if (seat.getTable() != null) {
                List<Seat> list =
                        seatsAt[seat.getTable().getIndex()][seat.getRound().getIndex()];
                if (list == null) {
                    list = new ArrayList<>();
                    seatsAt[seat.getTable().getIndex()][seat.getRound().getIndex()] = list;
                }
                list.add(seat);
            }
            if (!seat.isPinned() && !seat.getParticipant().getWishes().isEmpty()) {
                candidates.add(seat);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !candidates.isEmpty();
            }

            @Override
            public Move<EventSchedule> next() {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    Seat seat = candidates.get(random.nextInt(candidates.size()));
                    Participant p = seat.getParticipant();
                    int round = seat.getRound().getIndex();
                    Challenge current = seat.getTable() == null
                            ? null
                            : tableRounds[seat.getTable().getIndex()][round].getChallenge();
                    if (current != null && current.getHost() == p) {
                        continue; // A host stays with their challenge.
                    }
                    int currentRank = p.wishRank(current);
                    int better = currentRank < 0 ? p.getWishes().size() : currentRank;
                    if (better == 0) {
                        continue;
                    }
                    Challenge wish = p.getWishes().get(random.nextInt(better));
                    TableRound[] where = challengeAt.get(wish);
                    TableRound target = where == null ? null : where[round];
                    if (target == null || target.getTable() == seat.getTable()) {
                        continue;
                    }
                    List<Seat> there = seatsAt[target.getTable().getIndex()][round];
                    if (there != null && !there.isEmpty() && random.nextBoolean()) {
                        Seat other = there.get(random.nextInt(there.size()));
                        if (!other.isPinned() && other.getParticipant() != wish.getHost()) {
                            return SeatingMove.swap(seat, other);
                        }
                    }
                    return SeatingMove.seat(seat, target.getTable());
                }
                // Nothing to improve found this time: a move that is not doable, which the solver skips.
                Seat seat = candidates.get(random.nextInt(candidates.size()));
                return SeatingMove.seat(seat, seat.getTable());
            }
        };
    }
}
