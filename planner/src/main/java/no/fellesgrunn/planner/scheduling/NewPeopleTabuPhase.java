package no.fellesgrunn.planner.scheduling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A solver phase between the starting plan and the local search: {@link NewPeopleTabu} on the
 * seats, then the changed seats go back to the working solution through the score director, so
 * the solver's own score and best plan stay right. It leaves a re-plan alone (the published plan
 * is what people have seen), and never moves pinned seats, hosts at their challenge or people who
 * need access to a table without.
 */
public class NewPeopleTabuPhase implements CustomPhaseCommand<EventSchedule> {
    private long budgetMillis = 5000;

    /** Set by the solver configuration ({@code customProperties}). */
    public void setBudgetMillis(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<EventSchedule> scoreDirector) {
        EventSchedule schedule = scoreDirector.getWorkingSolution();
        List<Seat> seats = schedule.getSeats();
        if (seats.isEmpty() || seats.stream().anyMatch(Seat::isPublished)) {
            return;
        }
        SchedulingConstraintConfiguration weights = schedule.getConstraintConfiguration();
        List<Participant> participants = schedule.getParticipants();
        List<Challenge> challenges = schedule.getChallenges();
        int rounds = schedule.getRounds().size();
        int tables = schedule.getTables().size();
        NewPeopleTabu tabu = new NewPeopleTabu(participants.size(), rounds, tables, challenges.size(),
                soft(weights.getMeetNewPeople()), soft(weights.getSameOrganisation()),
                soft(weights.getRepeatedChallenge()));
        if (tabu.meetWeight == 0) {
            return;
        }
        Map<Participant, Integer> index = new HashMap<>();
        Map<String, Integer> organisations = new HashMap<>();
        Map<Challenge, Integer> challengeIndex = new HashMap<>();
        for (int c = 0; c < challenges.size(); c++) {
            challengeIndex.put(challenges.get(c), c);
        }
        long wish = soft(weights.getWishedChallenge());
        long themes = soft(weights.getSharedThemes());
        for (int p = 0; p < participants.size(); p++) {
            Participant participant = participants.get(p);
            index.put(participant, p);
            tabu.needsAccessible[p] = participant.isNeedsAccessible();
            tabu.organisation[p] = participant.getOrganisation() == null ? -1
                    : organisations.computeIfAbsent(participant.getOrganisation(), o -> organisations.size());
            java.util.Arrays.fill(tabu.table[p], -1);
            for (int c = 0; c <= challenges.size(); c++) {
                Challenge challenge = c < challenges.size() ? challenges.get(c) : null;
                long cost = participant.getWishes().isEmpty() ? 0
                        : wish * SchedulingConstraints.wishPoints(participant, challenge);
                if (challenge != null && !participant.getThemes().isEmpty() && !challenge.getThemes().isEmpty()
                        && participant.sharedThemeCount(challenge) == 0) {
                    cost += themes;
                }
                tabu.seatCost[p][c] = cost;
            }
        }
        for (EventTable table : schedule.getTables()) {
            tabu.accessible[table.getIndex()] = table.isAccessible();
            java.util.Arrays.fill(tabu.challengeAt[table.getIndex()], -1);
        }
        for (TableRound tableRound : schedule.getTableRounds()) {
            Challenge challenge = tableRound.getChallenge();
            tabu.challengeAt[tableRound.getTable().getIndex()][tableRound.getRound().getIndex()] =
                    challenge == null ? -1 : challengeIndex.get(challenge);
        }
        Seat[][] seatOf = new Seat[participants.size()][rounds];
        for (Seat seat : seats) {
            int p = index.get(seat.getParticipant());
            int r = seat.getRound().getIndex();
            seatOf[p][r] = seat;
            if (seat.getTable() == null) {
                continue;
            }
            int t = seat.getTable().getIndex();
            tabu.table[p][r] = t;
            int c = tabu.challengeAt[t][r];
            boolean hostHere = c >= 0 && challenges.get(c).getHost() == seat.getParticipant();
            tabu.movable[p][r] = !seat.isPinned() && !hostHere;
        }
        tabu.run(System.nanoTime() + budgetMillis * 1_000_000L, Long.MAX_VALUE, new Random(42));
        List<EventTable> byIndex = schedule.getTables();
        for (int p = 0; p < participants.size(); p++) {
            for (int r = 0; r < rounds; r++) {
                Seat seat = seatOf[p][r];
                if (seat == null || seat.getTable() == null || seat.getTable().getIndex() == tabu.table[p][r]) {
                    continue;
                }
                scoreDirector.beforeVariableChanged(seat, SeatingMove.TABLE);
                seat.setTable(tableWithIndex(byIndex, tabu.table[p][r]));
                scoreDirector.afterVariableChanged(seat, SeatingMove.TABLE);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static EventTable tableWithIndex(List<EventTable> tables, int index) {
        EventTable table = tables.get(index);
        if (table.getIndex() == index) {
            return table;
        }
        return tables.stream().filter(t -> t.getIndex() == index).findFirst().orElseThrow();
    }

    private static long soft(org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore weight) {
        return weight == null ? 0 : weight.softScore();
    }
}
