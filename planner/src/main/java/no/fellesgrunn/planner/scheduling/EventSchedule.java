package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution of an event: which challenge each table hosts in each round
 * ({@link TableRound}) and where each participant sits in each round they are available
 * ({@link Seat}). Build it with {@link SchedulingEngine#startingSolution}.
 */
@PlanningSolution
public class EventSchedule {
    static final String CHALLENGE_RANGE = "challengeRange";
    static final String TABLE_RANGE = "tableRange";

    @ProblemFactCollectionProperty
    private List<Round> rounds;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = TABLE_RANGE)
    private List<EventTable> tables;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = CHALLENGE_RANGE)
    private List<Challenge> challenges;

    @ProblemFactCollectionProperty
    private List<ChallengeNeed> challengeNeeds;

    @ProblemFactCollectionProperty
    private List<Participant> participants;

    @PlanningEntityCollectionProperty
    private List<TableRound> tableRounds;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @ConstraintConfigurationProvider
    private SchedulingConstraintConfiguration constraintConfiguration;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public EventSchedule() {}

    public EventSchedule(
            List<Round> rounds,
            List<EventTable> tables,
            List<Challenge> challenges,
            List<Participant> participants,
            List<TableRound> tableRounds,
            List<Seat> seats,
            SchedulingWeights weights) {
        this.rounds = new ArrayList<>(rounds);
        this.tables = new ArrayList<>(tables);
        this.challenges = new ArrayList<>(challenges);
        this.challengeNeeds = new ArrayList<>();
        for (Challenge challenge : challenges) {
            challenge.getNeededPerspectives().forEach(p -> challengeNeeds.add(new ChallengeNeed(challenge, p)));
        }
        this.participants = new ArrayList<>(participants);
        this.tableRounds = new ArrayList<>(tableRounds);
        this.seats = new ArrayList<>(seats);
        this.constraintConfiguration = new SchedulingConstraintConfiguration(weights);
    }

    public List<Round> getRounds() {
        return rounds;
    }

    public List<EventTable> getTables() {
        return tables;
    }

    public List<Challenge> getChallenges() {
        return challenges;
    }

    public List<ChallengeNeed> getChallengeNeeds() {
        return challengeNeeds;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<TableRound> getTableRounds() {
        return tableRounds;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public SchedulingConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
