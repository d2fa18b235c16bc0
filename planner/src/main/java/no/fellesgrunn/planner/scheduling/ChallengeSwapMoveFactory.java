package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Two tables of one round trade challenges, and the hosts go with their challenges: a plain swap
 * of challenges would leave both hosts at the wrong table (two broken hard rules), so the solver
 * would almost never take it. When only one challenge has a host, a guest of the other table takes
 * the host's chair, so no table grows. Half of the moves are aimed: a challenge wished by someone
 * who needs an accessible table, at a table that is not accessible, trades with an accessible table.
 */
public class ChallengeSwapMoveFactory implements MoveIteratorFactory<EventSchedule, Move<EventSchedule>> {
    private static final int ATTEMPTS = 20;

    @Override
    public long getSize(ScoreDirector<EventSchedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getTableRounds().size();
    }

    @Override
    public Iterator<Move<EventSchedule>> createOriginalMoveIterator(ScoreDirector<EventSchedule> scoreDirector) {
        throw new UnsupportedOperationException("challenge swaps are only selected randomly");
    }

    @Override
    public Iterator<Move<EventSchedule>> createRandomMoveIterator(
            ScoreDirector<EventSchedule> scoreDirector, Random random) {
        EventSchedule schedule = scoreDirector.getWorkingSolution();
        int rounds = schedule.getRounds().size();
        List<List<TableRound>> open = new ArrayList<>(); // unpinned table-rounds per round
        List<List<TableRound>> accessible = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            open.add(new ArrayList<>());
            accessible.add(new ArrayList<>());
        }
        Set<Challenge> wantedAccessible = new HashSet<>();
        for (Participant participant : schedule.getParticipants()) {
            if (participant.isNeedsAccessible()) {
                wantedAccessible.addAll(participant.getWishes());
            }
        }
        List<TableRound> misplaced = new ArrayList<>();
        for (TableRound tableRound : schedule.getTableRounds()) {
            if (tableRound.isPinned()) {
                continue;
            }
            int r = tableRound.getRound().getIndex();
            open.get(r).add(tableRound);
            if (tableRound.getTable().isAccessible()) {
                accessible.get(r).add(tableRound);
            } else if (wantedAccessible.contains(tableRound.getChallenge())) {
                misplaced.add(tableRound);
            }
        }
        Map<String, Seat> seatOf = new HashMap<>(); // participant id @ round index -> seat
        Map<String, List<Seat>> seatsAt = new HashMap<>(); // table id @ round index -> seats
        for (Seat seat : schedule.getSeats()) {
            seatOf.put(seat.getParticipant().getId() + "@" + seat.getRound().getIndex(), seat);
            if (seat.getTable() != null) {
                seatsAt.computeIfAbsent(
                                seat.getTable().getId() + "@" + seat.getRound().getIndex(), k -> new ArrayList<>())
                        .add(seat);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !open.isEmpty();
            }

            @Override
            public Move<EventSchedule> next() {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    TableRound a;
                    List<TableRound> partners;
                    if (!misplaced.isEmpty() && random.nextBoolean()) {
                        a = misplaced.get(random.nextInt(misplaced.size()));
                        partners = accessible.get(a.getRound().getIndex());
                    } else {
                        List<TableRound> round = open.get(random.nextInt(rounds));
                        if (round.size() < 2) {
                            continue;
                        }
                        a = round.get(random.nextInt(round.size()));
                        partners = round;
                    }
                    if (partners.isEmpty()) {
                        continue;
                    }
                    TableRound b = partners.get(random.nextInt(partners.size()));
                    if (a == b || a.getChallenge() == b.getChallenge()) {
                        continue;
                    }
                    SeatingMove move = swap(a, b, random);
                    if (move != null) {
                        return move;
                    }
                }
                TableRound any = schedule.getTableRounds()
                        .get(random.nextInt(schedule.getTableRounds().size()));
                return SeatingMove.of("ChallengeSwapMove", List.of(new SeatingMove.Change(any, any.getChallenge())));
            }

            /** The challenges of a and b trade tables; their hosts follow; null when a host cannot move. */
            private SeatingMove swap(TableRound a, TableRound b, Random random) {
                List<SeatingMove.Change> changes = new ArrayList<>();
                changes.add(new SeatingMove.Change(a, b.getChallenge()));
                changes.add(new SeatingMove.Change(b, a.getChallenge()));
                Seat hostA = hostSeat(a);
                Seat hostB = hostSeat(b);
                if (hostA != null) {
                    changes.add(new SeatingMove.Change(hostA, b.getTable()));
                }
                if (hostB != null) {
                    changes.add(new SeatingMove.Change(hostB, a.getTable()));
                }
                if ((hostA == null) != (hostB == null)) {
                    // One host changes table: a guest of the table they go to takes their chair.
                    TableRound to = hostA != null ? b : a;
                    TableRound from = hostA != null ? a : b;
                    List<Seat> there = seatsAt.get(
                            to.getTable().getId() + "@" + to.getRound().getIndex());
                    if (there != null && !there.isEmpty()) {
                        Seat guest = there.get(random.nextInt(there.size()));
                        if (guest.isPinned() || guest == hostA || guest == hostB) {
                            return null;
                        }
                        changes.add(new SeatingMove.Change(guest, from.getTable()));
                    }
                }
                return SeatingMove.of("ChallengeSwapMove", changes);
            }

            private Seat hostSeat(TableRound tableRound) {
                Challenge challenge = tableRound.getChallenge();
                if (challenge == null || challenge.getHost() == null) {
                    return null;
                }
                return seatOf.get(challenge.getHost().getId() + "@"
                        + tableRound.getRound().getIndex());
            }
        };
    }
}
