package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * Turns an {@link EventProblem} into the planning model and gives it a good first plan, so the
 * solver starts from a feasible schedule instead of searching for one: published choices and pins
 * first, then challenges to tables (popular challenges run more rounds, each at a home table so
 * its host stays put), then hosts, then everyone else round by round at the table that suits them
 * best under the same weights the solver uses.
 * <p>
 * Over 300 lines: not yet split (issue 17).
 */
final class ScheduleBuilder {
    private static final long SEED = 20260514L;

    private final EventProblem problem;
    private final SchedulingWeights weights;

    private final List<Round> rounds = new ArrayList<>();
    private final List<EventTable> tables = new ArrayList<>();
    private final List<Challenge> challenges = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final Map<String, Round> roundById = new HashMap<>();
    private final Map<String, EventTable> tableById = new HashMap<>();
    private final Map<String, Challenge> challengeById = new HashMap<>();
    private final Map<String, Participant> participantById = new HashMap<>();
    private TableRound[][] grid;
    private final List<TableRound> tableRounds = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();
    private final Map<String, Seat> seatByKey = new HashMap<>();

    ScheduleBuilder(EventProblem problem, SchedulingWeights weights) {
        this.problem = problem;
        this.weights = weights;
    }

    EventSchedule build() {
        buildFacts();
        buildEntities();
        applyPins();
        applyPublishedPlan();
        computeFairShares(rounds, seats, tables);
        assignChallenges();
        seatHosts();
        seatParticipants();
        return new EventSchedule(rounds, tables, challenges, participants, tableRounds, seats, weights);
    }

    private void buildFacts() {
        List<EventProblem.RoundSpec> roundSpecs = new ArrayList<>(problem.rounds());
        roundSpecs.sort(Comparator.comparing(EventProblem.RoundSpec::start));
        for (EventProblem.RoundSpec spec : roundSpecs) {
            Round round = new Round(spec.id(), rounds.size(), spec.start(), spec.end());
            rounds.add(round);
            unique(roundById.put(spec.id(), round), "round", spec.id());
        }
        for (EventProblem.TableSpec spec : problem.tables()) {
            EventTable table =
                    new EventTable(spec.id(), tables.size(), spec.room(), spec.capacity(), spec.accessible());
            tables.add(table);
            unique(tableById.put(spec.id(), table), "table", spec.id());
        }
        for (EventProblem.ParticipantSpec spec : problem.participants()) {
            Participant participant = new Participant(
                    spec.id(),
                    participants.size(),
                    spec.organisation(),
                    spec.sector(),
                    spec.themes(),
                    spec.perspectives(),
                    spec.needsAccessible());
            participants.add(participant);
            unique(participantById.put(spec.id(), participant), "participant", spec.id());
            if (spec.availableRounds() == null) {
                participant.getAvailableRounds().addAll(rounds);
            } else {
                for (String roundId : spec.availableRounds()) {
                    participant.getAvailableRounds().add(lookUp(roundById, roundId, "round"));
                }
            }
        }
        for (EventProblem.ChallengeSpec spec : problem.challenges()) {
            Participant host = spec.host() == null ? null : lookUp(participantById, spec.host(), "participant");
            Challenge challenge = new Challenge(
                    spec.id(),
                    challenges.size(),
                    host,
                    spec.themes(),
                    spec.neededPerspectives(),
                    spec.minRounds(),
                    spec.maxRounds());
            challenges.add(challenge);
            unique(challengeById.put(spec.id(), challenge), "challenge", spec.id());
        }
        for (EventProblem.ParticipantSpec spec : problem.participants()) {
            List<Challenge> wishes = new ArrayList<>();
            for (String wish : spec.wishes()) {
                wishes.add(lookUp(challengeById, wish, "challenge"));
            }
            participantById.get(spec.id()).setWishes(wishes);
        }
    }

    private void buildEntities() {
        grid = new TableRound[tables.size()][rounds.size()];
        for (Round round : rounds) {
            for (EventTable table : tables) {
                TableRound tableRound = new TableRound(table, round);
                grid[table.getIndex()][round.getIndex()] = tableRound;
                tableRounds.add(tableRound);
            }
        }
        for (Participant participant : participants) {
            for (Round round : rounds) {
                if (participant.getAvailableRounds().contains(round)) {
                    Seat seat = new Seat(participant, round);
                    seats.add(seat);
                    seatByKey.put(key(participant.getId(), round.getId()), seat);
                }
            }
        }
    }

    private void applyPins() {
        for (EventProblem.PinSpec pin : problem.pinned()) {
            Round round = lookUp(roundById, pin.round(), "round");
            EventTable table = lookUp(tableById, pin.table(), "table");
            if (pin.participant() != null) {
                Seat seat = seatByKey.get(key(
                        lookUp(participantById, pin.participant(), "participant")
                                .getId(),
                        round.getId()));
                if (seat == null) {
                    throw new IllegalArgumentException("participant " + pin.participant() + " is pinned in round "
                            + round.getId() + " but is not available in it");
                }
                seat.setTable(table);
                seat.setPinned(true);
            }
            if (pin.challenge() != null) {
                TableRound tableRound = grid[table.getIndex()][round.getIndex()];
                tableRound.setChallenge(lookUp(challengeById, pin.challenge(), "challenge"));
                tableRound.setPinned(true);
            }
        }
    }

    /** Marks what the published plan decided, and starts from it where the rules still allow. */
    private void applyPublishedPlan() {
        EventPlan published = problem.publishedPlan();
        if (published == null) {
            return;
        }
        tableRounds.forEach(tableRound -> tableRound.setPublished(null));
        Set<String> inPlan = new HashSet<>();
        Map<String, EventTable> publishedTable = new HashMap<>();
        Map<String, Challenge> publishedChallenge = new HashMap<>();
        for (EventPlan.TableSeating entry : published.seating()) {
            Round round = roundById.get(entry.round());
            EventTable table = tableById.get(entry.table());
            if (round == null || table == null) {
                continue; // A table or round that no longer exists: everyone there must move anyway.
            }
            Challenge challenge = entry.challenge() == null ? null : challengeById.get(entry.challenge());
            grid[table.getIndex()][round.getIndex()].setPublished(challenge);
            for (String participant : entry.participants()) {
                inPlan.add(participant);
                publishedTable.put(key(participant, round.getId()), table);
                publishedChallenge.put(key(participant, round.getId()), challenge);
            }
        }
        published.unseated().forEach(unseated -> inPlan.add(unseated.participant()));
        for (Seat seat : seats) {
            if (inPlan.contains(seat.getParticipant().getId())) {
                String key = key(seat.getParticipant().getId(), seat.getRound().getId());
                seat.setPublished(publishedTable.get(key), publishedChallenge.get(key));
            }
        }
    }

    /**
     * The even share of a table in each round: the smallest fill L such that tables filled up to
     * min(capacity, L) seat everyone available in the round.
     */
    static void computeFairShares(List<Round> rounds, List<Seat> seats, List<EventTable> tables) {
        int maxCapacity =
                tables.stream().mapToInt(EventTable::getCapacity).max().orElse(1);
        for (Round round : rounds) {
            long present =
                    seats.stream().filter(seat -> seat.getRound() == round).count();
            int share = 1;
            while (share < maxCapacity && seatsUpTo(tables, share) < present) {
                share++;
            }
            round.setFairShare(share);
        }
    }

    private static long seatsUpTo(List<EventTable> tables, int share) {
        return tables.stream()
                .mapToLong(table -> Math.min(table.getCapacity(), share))
                .sum();
    }

    private void assignChallenges() {
        boolean keepPublished = problem.publishedPlan() != null;
        int[] runs = new int[challenges.size()];
        boolean[][] running = new boolean[challenges.size()][rounds.size()];
        List<TableRound> free = new ArrayList<>();
        for (TableRound tableRound : tableRounds) {
            if (!tableRound.isPinned()
                    && keepPublished
                    && tableRound.getPublishedChallenge() != null
                    && canRun(tableRound.getPublishedChallenge(), tableRound.getRound(), tableRound.getTable())
                    && !running[tableRound.getPublishedChallenge().getIndex()][
                            tableRound.getRound().getIndex()]) {
                tableRound.setChallenge(tableRound.getPublishedChallenge());
            }
            Challenge challenge = tableRound.getChallenge();
            if (challenge != null) {
                runs[challenge.getIndex()]++;
                running[challenge.getIndex()][tableRound.getRound().getIndex()] = true;
            } else if (!tableRound.isPinned() && !(keepPublished && tableRound.isPublished())) {
                free.add(tableRound);
            }
        }
        if (keepPublished) {
            // Open tables of the published plan stay open unless a challenge needs more rounds.
            tableRounds.stream()
                    .filter(tr -> !tr.isPinned() && tr.getChallenge() == null && !free.contains(tr))
                    .forEach(free::add);
        }
        double[] demand = new double[challenges.size()];
        for (Participant participant : participants) {
            List<Challenge> wishes = participant.getWishes();
            for (int rank = 0; rank < wishes.size(); rank++) {
                demand[wishes.get(rank).getIndex()] +=
                        participant.getAvailableRounds().size() / (rank + 1.0);
            }
        }
        int[] target = new int[challenges.size()];
        int[] maxRuns = new int[challenges.size()];
        int needed = 0;
        for (Challenge challenge : challenges) {
            int i = challenge.getIndex();
            maxRuns[i] = (int) Math.min(
                    challenge.getMaxRounds(),
                    rounds.stream()
                            .filter(round -> canRunInRound(challenge, round))
                            .count());
            target[i] = Math.max(runs[i], Math.min(challenge.getMinRounds(), maxRuns[i]));
            needed += target[i] - runs[i];
        }
        // Fill the free table-rounds with extra rounds of the most wanted challenges.
        while (!keepPublished && needed < free.size()) {
            Challenge best = null;
            double bestValue = -1;
            for (Challenge challenge : challenges) {
                int i = challenge.getIndex();
                double value = (1 + demand[i]) / (target[i] + 1);
                if (target[i] < maxRuns[i] && value > bestValue) {
                    best = challenge;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            target[best.getIndex()]++;
            needed++;
        }
        List<Challenge> order = new ArrayList<>(challenges);
        order.sort(Comparator.<Challenge>comparingInt(c -> target[c.getIndex()] - runs[c.getIndex()])
                .reversed()
                .thenComparing(Comparator.<Challenge>comparingDouble(c -> demand[c.getIndex()])
                        .reversed()));
        for (Challenge challenge : order) {
            int i = challenge.getIndex();
            while (runs[i] < target[i]) {
                TableRound slot = bestSlot(challenge, free, running[i]);
                if (slot == null) {
                    break;
                }
                slot.setChallenge(challenge);
                free.remove(slot);
                runs[i]++;
                running[i][slot.getRound().getIndex()] = true;
            }
        }
    }

    /** A free slot for the challenge: at a table it already uses if possible, else at the table with most free rounds. */
    private TableRound bestSlot(Challenge challenge, List<TableRound> free, boolean[] runningInRound) {
        Map<EventTable, Integer> freeCount = new LinkedHashMap<>();
        for (TableRound tableRound : free) {
            freeCount.merge(tableRound.getTable(), 1, Integer::sum);
        }
        TableRound best = null;
        long bestValue = Long.MIN_VALUE;
        for (TableRound tableRound : free) {
            if (runningInRound[tableRound.getRound().getIndex()]
                    || !canRun(challenge, tableRound.getRound(), tableRound.getTable())) {
                continue;
            }
            boolean home = false;
            for (Round round : rounds) {
                if (grid[tableRound.getTable().getIndex()][round.getIndex()].getChallenge() == challenge) {
                    home = true;
                    break;
                }
            }
            long value = (home ? 1_000_000L : 0)
                    + freeCount.get(tableRound.getTable()) * 1000L
                    + tableRound.getTable().getCapacity();
            if (value > bestValue) {
                best = tableRound;
                bestValue = value;
            }
        }
        return best;
    }

    private boolean canRunInRound(Challenge challenge, Round round) {
        Participant host = challenge.getHost();
        return host == null || host.getAvailableRounds().contains(round);
    }

    private boolean canRun(Challenge challenge, Round round, EventTable table) {
        Participant host = challenge.getHost();
        return canRunInRound(challenge, round) && (host == null || !host.isNeedsAccessible() || table.isAccessible());
    }

    private void seatHosts() {
        for (TableRound tableRound : tableRounds) {
            Challenge challenge = tableRound.getChallenge();
            if (challenge != null && challenge.getHost() != null) {
                Seat seat = seatByKey.get(
                        key(challenge.getHost().getId(), tableRound.getRound().getId()));
                if (seat != null && !seat.isPinned()) {
                    seat.setTable(tableRound.getTable());
                }
            }
        }
    }

    private void seatParticipants() {
        new GreedySeating(weights, participants.size(), challenges.size(), tables, grid)
                .seat(rounds, seats, new Random(SEED));
    }

    private static String key(String participant, String round) {
        return participant + "\u0000" + round;
    }

    private static void unique(Object previous, String kind, String id) {
        if (previous != null) {
            throw new IllegalArgumentException("two " + kind + "s have the id " + id);
        }
    }

    private static <T> T lookUp(Map<String, T> map, String id, String kind) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + kind + " id " + id);
        }
        return value;
    }

    /**
     * Seats participants one at a time at the table with the best gain under the solver's own
     * weights; also used by re-planning to seat someone who arrives. Knows who met whom and which
     * challenges each participant has already visited.
     */
    static final class GreedySeating {
        private final SchedulingWeights weights;
        private final List<EventTable> tables;
        private final TableRound[][] grid;
        private final BitSet[] met;
        private final BitSet[] visited;

        GreedySeating(
                SchedulingWeights weights,
                int participantCount,
                int challengeCount,
                List<EventTable> tables,
                TableRound[][] grid) {
            this.weights = weights;
            this.tables = tables;
            this.grid = grid;
            this.met = new BitSet[participantCount];
            this.visited = new BitSet[participantCount];
            for (int i = 0; i < participantCount; i++) {
                met[i] = new BitSet();
                visited[i] = new BitSet(challengeCount);
            }
        }

        void seat(List<Round> rounds, List<Seat> seats, Random random) {
            for (Round round : rounds) {
                List<Seat> inRound =
                        seats.stream().filter(seat -> seat.getRound() == round).toList();
                TableState[] state = new TableState[tables.size()];
                for (EventTable table : tables) {
                    state[table.getIndex()] = new TableState(grid[table.getIndex()][round.getIndex()].getChallenge());
                }
                List<Seat> open = new ArrayList<>();
                for (Seat seat : inRound) {
                    if (seat.getTable() != null) {
                        place(seat, seat.getTable(), state);
                    } else {
                        open.add(seat);
                    }
                }
                // Published seats stay where they were when the table still has room for them.
                List<Seat> rest = new ArrayList<>();
                for (Seat seat : open) {
                    EventTable was = seat.getPublishedTable();
                    if (was != null
                            && state[was.getIndex()].members.size() < was.getCapacity()
                            && (!seat.getParticipant().isNeedsAccessible() || was.isAccessible())) {
                        seat.setTable(was);
                        place(seat, was, state);
                    } else {
                        rest.add(seat);
                    }
                }
                Collections.shuffle(rest, random);
                rest.sort(Comparator.comparing(
                        (Seat seat) -> !seat.getParticipant().isNeedsAccessible()));
                for (Seat seat : rest) {
                    EventTable best = bestTable(seat, state);
                    if (best != null) {
                        seat.setTable(best);
                        place(seat, best, state);
                    }
                }
            }
        }

        private EventTable bestTable(Seat seat, TableState[] state) {
            EventTable best = null;
            long bestGain = Long.MIN_VALUE;
            for (EventTable table : tables) {
                TableState tableState = state[table.getIndex()];
                if (tableState.members.size() >= table.getCapacity()
                        || (seat.getParticipant().isNeedsAccessible() && !table.isAccessible())) {
                    continue;
                }
                long gain = gain(seat, table, tableState);
                if (gain > bestGain) {
                    best = table;
                    bestGain = gain;
                }
            }
            return best;
        }

        /** The change in soft score (times -1 as a gain) of seating the participant at the table, as the constraints count it. */
        private long gain(Seat seat, EventTable table, TableState state) {
            Participant p = seat.getParticipant();
            Challenge challenge = state.challenge;
            long gain = 0;
            if (!p.getWishes().isEmpty()) {
                gain -= weights.wishedChallenge() * SchedulingConstraints.wishPoints(p, challenge);
            }
            if (challenge != null) {
                if (visited[p.getIndex()].get(challenge.getIndex()) && challenge.getHost() != p) {
                    gain -= weights.repeatedChallenge();
                }
                if (!p.getThemes().isEmpty()
                        && !challenge.getThemes().isEmpty()
                        && p.sharedThemeCount(challenge) == 0) {
                    gain -= weights.sharedThemes();
                }
                for (Perspective needed : challenge.getNeededPerspectives()) {
                    if (p.getPerspectives().contains(needed) && state.perspectiveCount[needed.ordinal()] == 0) {
                        gain += weights.neededPerspective();
                    }
                }
            }
            int seated = state.members.size();
            for (Participant other : state.members) {
                if (p.sameOrganisationAs(other)) {
                    gain -= weights.sameOrganisation();
                }
                if (met[p.getIndex()].get(other.getIndex())) {
                    gain -= weights.meetNewPeople();
                }
            }
            if (p.getSector() != null) {
                int before = state.dominance();
                state.sectorCount[p.getSector().ordinal()]++;
                int after = Math.max(0, 2 * max(state.sectorCount) - (seated + 1));
                state.sectorCount[p.getSector().ordinal()]--;
                gain -= weights.sectorBalance() * (after - before);
            }
            int share = Math.min(table.getCapacity(), seat.getRound().getFairShare());
            long excessBefore = Math.max(0, seated - share);
            long excessAfter = Math.max(0, seated + 1 - share);
            // Overfilling early leaves no room for people seated later: weigh it well above the rule itself.
            gain -= (weights.evenFill() + 100) * (excessAfter * excessAfter - excessBefore * excessBefore);
            return gain * 1000 - seated;
        }

        private void place(Seat seat, EventTable table, TableState[] state) {
            TableState tableState = state[table.getIndex()];
            Participant p = seat.getParticipant();
            for (Participant other : tableState.members) {
                met[p.getIndex()].set(other.getIndex());
                met[other.getIndex()].set(p.getIndex());
            }
            tableState.add(p);
            if (tableState.challenge != null) {
                visited[p.getIndex()].set(tableState.challenge.getIndex());
            }
        }

        private static int max(int[] values) {
            int max = 0;
            for (int value : values) {
                max = Math.max(max, value);
            }
            return max;
        }

        private static final class TableState {
            final Challenge challenge;
            final List<Participant> members = new ArrayList<>();
            final int[] perspectiveCount = new int[Perspective.values().length];
            final int[] sectorCount = new int[Sector.values().length];

            TableState(Challenge challenge) {
                this.challenge = challenge;
            }

            void add(Participant p) {
                members.add(p);
                p.getPerspectives().forEach(perspective -> perspectiveCount[perspective.ordinal()]++);
                if (p.getSector() != null) {
                    sectorCount[p.getSector().ordinal()]++;
                }
            }

            int dominance() {
                return members.isEmpty() ? 0 : Math.max(0, 2 * max(sectorCount) - members.size());
            }
        }
    }
}
