package no.fellesgrunn.planner.scheduling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A solver phase (OptaPlanner's custom phase): {@link NewPeopleTabu} on the seats, then the changed
 * seats go back to the working solution through the score director, so the solver's own score and
 * best plan stay right. The solver configuration gives it a time budget for events without wishes
 * or themes and one for events with them (0 skips the phase for that kind), and how long it may go
 * without a better plan. It leaves a re-plan alone (the published plan is what people have seen),
 * and never moves pinned seats or hosts at their challenge, nor anyone who needs an accessible
 * table to a table without.
 */
public class NewPeopleTabuPhase implements CustomPhaseCommand<EventSchedule> {
    private long plainBudgetMillis = 5000;
    private long wishBudgetMillis = 5000;
    private long unimprovedMillis = 10_000;

    /** Set by the solver configuration ({@code customProperties}): the time for an event without wishes or themes (0: skip). */
    public void setPlainBudgetMillis(long plainBudgetMillis) {
        this.plainBudgetMillis = plainBudgetMillis;
    }

    /** Set by the solver configuration: the time for an event with wishes or themes (0: skip). */
    public void setWishBudgetMillis(long wishBudgetMillis) {
        this.wishBudgetMillis = wishBudgetMillis;
    }

    /** Set by the solver configuration: the search ends when its best plan has not improved for this long. */
    public void setUnimprovedMillis(long unimprovedMillis) {
        this.unimprovedMillis = unimprovedMillis;
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
        NewPeopleTabu tabu = new NewPeopleTabu(
                participants.size(),
                rounds,
                tables,
                challenges.size(),
                soft(weights.getMeetNewPeople()),
                soft(weights.getSameOrganisation()),
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
            tabu.organisation[p] = participant.getOrganisation() == null
                    ? -1
                    : organisations.computeIfAbsent(participant.getOrganisation(), o -> organisations.size());
            java.util.Arrays.fill(tabu.table[p], -1);
            for (int c = 0; c <= challenges.size(); c++) {
                Challenge challenge = c < challenges.size() ? challenges.get(c) : null;
                long cost = participant.getWishes().isEmpty()
                        ? 0
                        : wish * SchedulingConstraints.wishPoints(participant, challenge);
                if (challenge != null
                        && !participant.getThemes().isEmpty()
                        && !challenge.getThemes().isEmpty()
                        && participant.sharedThemeCount(challenge) == 0) {
                    cost += themes;
                }
                tabu.seatCost[p][c] = cost;
                tabu.wished[p][c] = challenge != null && participant.wishRank(challenge) >= 0;
            }
        }
        for (EventTable table : schedule.getTables()) {
            tabu.accessible[table.getIndex()] = table.isAccessible();
            java.util.Arrays.fill(tabu.challengeAt[table.getIndex()], -1);
        }
        for (TableRound tableRound : schedule.getTableRounds()) {
            Challenge challenge = tableRound.getChallenge();
            tabu.challengeAt[tableRound.getTable().getIndex()][
                    tableRound.getRound().getIndex()] = challenge == null ? -1 : challengeIndex.get(challenge);
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
        // With wishes, nobody leaves a wished challenge for one not wished for: repeated pairs go
        // down without a lower share of seats at a wished challenge.
        tabu.keepWishes = participants.stream()
                .anyMatch(p -> !p.getWishes().isEmpty() || !p.getThemes().isEmpty());
        long budgetMillis = tabu.keepWishes ? wishBudgetMillis : plainBudgetMillis;
        if (budgetMillis <= 0) {
            return;
        }
        tabu.run(
                System.nanoTime() + budgetMillis * 1_000_000L,
                Math.min(budgetMillis, unimprovedMillis) * 1_000_000L,
                new Random(42));
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
