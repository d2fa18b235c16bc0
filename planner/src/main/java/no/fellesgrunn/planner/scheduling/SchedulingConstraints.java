package no.fellesgrunn.planner.scheduling;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;

import java.util.List;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The rules of section 2 of docs/formats/PLANNER-FORMATS.md, one method per rule. Hard rules protect what the
 * event cannot do without, the medium rule gives everyone a seat, and the soft rules (weighted by
 * {@link SchedulingWeights}) make the tables good: the right people, equals, new faces.
 * <p>
 * Over 300 lines on purpose: every seating rule in one place, as the Timefold quickstarts keep their constraint providers, so their levels and weights are read side by side.
 */
public class SchedulingConstraints implements ConstraintProvider {
    static final String PACKAGE = "no.fellesgrunn.planner.scheduling";

    public static final String TABLE_CAPACITY = "Table capacity";
    public static final String CHALLENGE_ONCE_PER_ROUND = "Challenge at one table per round";
    public static final String HOST_AT_CHALLENGE = "Host at own challenge";
    public static final String ACCESSIBLE_TABLE = "Accessible table";
    public static final String CHALLENGE_NEVER_RUNS = "Challenge never runs";
    public static final String CHALLENGE_TOO_FEW_ROUNDS = "Challenge too few rounds";
    public static final String CHALLENGE_TOO_MANY_ROUNDS = "Challenge too many rounds";
    public static final String UNSEATED = "Unseated participant";
    public static final String SITS_OUT_AGAIN = "Sits out again";
    public static final String HOST_SITS_OUT = "Host sits out";
    public static final String ACCESS_NEED_SITS_OUT = "Accessible need sits out";
    public static final String WISHED_CHALLENGE = "Wished challenge";
    public static final String ACCESSIBLE_WISH = "Wish at an accessible table";
    public static final String SHARED_THEMES = "Shared themes";
    public static final String NEEDED_PERSPECTIVE = "Needed perspective";
    public static final String SECTOR_BALANCE = "Sector balance";
    public static final String SAME_ORGANISATION = "Same organisation";
    public static final String MEET_NEW_PEOPLE = "Meet new people";
    public static final String REPEATED_CHALLENGE = "Repeated challenge";
    public static final String EVEN_FILL = "Even fill";
    public static final String PUBLISHED_TABLE_CHANGED = "Published table changed";
    public static final String PUBLISHED_CHALLENGE_CHANGED = "Published challenge changed";

    /** Medium points of a missing seat of someone who arrived unannounced while re-planning (others: 1). */
    public static final int ARRIVAL_UNSEATED_POINTS = 2;

    /** Wish points of a seat at a challenge not wished for (or an open table); the n-th wish costs n - 1. */
    public static final int WISH_MISSED_POINTS = 5;

    // Shared building blocks: the same lambda instances let Bavet share the nodes between rules.
    private static final Function<Seat, EventTable> SEAT_TABLE = Seat::getTable;
    private static final Function<Seat, Round> SEAT_ROUND = Seat::getRound;
    private static final Function<TableRound, EventTable> TABLE_ROUND_TABLE = TableRound::getTable;
    private static final Function<TableRound, Round> TABLE_ROUND_ROUND = TableRound::getRound;
    private static final UniConstraintCollector<Seat, ?, SectorMix.Fill> FILL = SectorMix.collector();

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            tableCapacity(factory),
            challengeOncePerRound(factory),
            hostAtChallenge(factory),
            accessibleTable(factory),
            challengeNeverRuns(factory),
            challengeTooFewRounds(factory),
            challengeTooManyRounds(factory),
            unseated(factory),
            sitsOutAgain(factory),
            hostSitsOut(factory),
            accessNeedSitsOut(factory),
            wishedChallenge(factory),
            accessibleWish(factory),
            sharedThemes(factory),
            neededPerspective(factory),
            sectorBalance(factory),
            sameOrganisation(factory),
            meetNewPeople(factory),
            repeatedChallenge(factory),
            evenFill(factory),
            publishedTableChanged(factory),
            publishedChallengeChanged(factory)
        };
    }

    // ************************************************************************
    // Hard
    // ************************************************************************

    /** A table holds at most its capacity: one hard point per seat too many. */
    Constraint tableCapacity(ConstraintFactory factory) {
        return tableFill(factory)
                .filter((table, round, fill) -> fill.seated() > table.getCapacity())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD, (table, round, fill) -> fill.seated() - table.getCapacity())
                .justifyWith((table, round, fill, score) ->
                        SeatingJustification.table(table, round, null, null, fill.seated()))
                .asConstraint(TABLE_CAPACITY);
    }

    /** A challenge sits at at most one table in a round (a table hosting one challenge holds by the model). */
    Constraint challengeOncePerRound(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        TableRound.class, Joiners.equal(TableRound::getRound), Joiners.equal(TableRound::getChallenge))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> SeatingJustification.of(
                        List.of(), List.of(a.getTable(), b.getTable()), a.getRound(), a.getChallenge(), null, 2))
                .asConstraint(CHALLENGE_ONCE_PER_ROUND);
    }

    /**
     * A host sits at their challenge's table in every round it runs. Also makes a challenge run
     * only in rounds its host is available, since the host has no seat in other rounds.
     */
    Constraint hostAtChallenge(ConstraintFactory factory) {
        return factory.forEach(TableRound.class)
                .filter(tableRound -> tableRound.getChallenge().getHost() != null)
                .ifNotExists(
                        Seat.class,
                        Joiners.equal(tableRound -> tableRound.getChallenge().getHost(), Seat::getParticipant),
                        Joiners.equal(TableRound::getRound, Seat::getRound),
                        Joiners.equal(TableRound::getTable, Seat::getTable))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((tableRound, score) -> SeatingJustification.of(
                        List.of(tableRound.getChallenge().getHost()),
                        List.of(tableRound.getTable()),
                        tableRound.getRound(),
                        tableRound.getChallenge(),
                        null,
                        1))
                .asConstraint(HOST_AT_CHALLENGE);
    }

    /** Someone who needs an accessible table gets one. */
    Constraint accessibleTable(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getParticipant().isNeedsAccessible()
                        && !seat.getTable().isAccessible())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> SeatingJustification.seat(seat, null, null, 1))
                .asConstraint(ACCESSIBLE_TABLE);
    }

    /** Every challenge runs in at least minRounds rounds: a challenge that never runs misses all of them. */
    Constraint challengeNeverRuns(ConstraintFactory factory) {
        return factory.forEach(Challenge.class)
                .filter(challenge -> challenge.getMinRounds() > 0)
                .ifNotExists(TableRound.class, Joiners.equal(challenge -> challenge, TableRound::getChallenge))
                .penalize(HardMediumSoftLongScore.ONE_HARD, Challenge::getMinRounds)
                .justifyWith((challenge, score) -> SeatingJustification.challenge(challenge, 0))
                .asConstraint(CHALLENGE_NEVER_RUNS);
    }

    /** Every challenge that runs does so in at least minRounds rounds: one hard point per round missing. */
    Constraint challengeTooFewRounds(ConstraintFactory factory) {
        return factory.forEach(TableRound.class)
                .groupBy(TableRound::getChallenge, count())
                .filter((challenge, rounds) -> rounds < challenge.getMinRounds())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (challenge, rounds) -> challenge.getMinRounds() - rounds)
                .justifyWith((challenge, rounds, score) -> SeatingJustification.challenge(challenge, rounds))
                .asConstraint(CHALLENGE_TOO_FEW_ROUNDS);
    }

    /** No challenge runs in more than maxRounds rounds: one hard point per round too many. */
    Constraint challengeTooManyRounds(ConstraintFactory factory) {
        return factory.forEach(TableRound.class)
                .groupBy(TableRound::getChallenge, count())
                .filter((challenge, rounds) -> rounds > challenge.getMaxRounds())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (challenge, rounds) -> rounds - challenge.getMaxRounds())
                .justifyWith((challenge, rounds, score) -> SeatingJustification.challenge(challenge, rounds))
                .asConstraint(CHALLENGE_TOO_MANY_ROUNDS);
    }

    // ************************************************************************
    // Medium
    // ************************************************************************

    /**
     * Every available participant has a seat in every round they are available: one medium point per
     * missing seat, {@link #ARRIVAL_UNSEATED_POINTS} for someone who arrived unannounced while
     * re-planning, so that with more people than seats the one standing in the room is seated first,
     * and as much for someone who loses a seat they were told about in the published plan (a re-plan
     * takes no one's published seat to give it to another).
     */
    Constraint unseated(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getTable() == null)
                .penalize(
                        HardMediumSoftLongScore.ONE_MEDIUM,
                        seat -> seat.getParticipant().isArrived() || seat.getPublishedTable() != null
                                ? ARRIVAL_UNSEATED_POINTS
                                : 1)
                .justifyWith((seat, score) -> SeatingJustification.seat(seat, null, null, 1))
                .asConstraint(UNSEATED);
    }

    /**
     * When there are fewer seats than people, sitting out is shared: a participant who sits out u
     * rounds pays u(u - 1) on top of the u "unseated" points, u² in all. Two people sitting out once
     * each cost 2, one person sitting out twice 4: nobody sits out a second round while someone who
     * could sit out has not sat out once.
     */
    Constraint sitsOutAgain(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getTable() == null)
                .groupBy(Seat::getParticipant, count())
                .filter((participant, rounds) -> rounds > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (participant, rounds) -> (long) rounds * (rounds - 1))
                .justifyWith(
                        (participant, rounds, score) -> SeatingJustification.people(List.of(participant), null, rounds))
                .asConstraint(SITS_OUT_AGAIN);
    }

    /**
     * Medium points per unseated round of a host or of someone who needs an accessible table: more
     * than letting anyone else sit out one more round can cost ({@code 2(rounds - 1)} at most), so
     * these people are never the ones who sit out while someone else could.
     */
    public static final int PROTECTED_SIT_OUT_POINTS = 100;

    /** A challenge's host never sits out (also in rounds their challenge does not run). */
    Constraint hostSitsOut(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getTable() == null)
                .ifExists(Challenge.class, Joiners.equal(Seat::getParticipant, Challenge::getHost))
                .penalize(HardMediumSoftLongScore.ofMedium(PROTECTED_SIT_OUT_POINTS))
                .justifyWith((seat, score) -> SeatingJustification.seat(seat, null, null, 1))
                .asConstraint(HOST_SITS_OUT);
    }

    /** Someone who needs an accessible table never sits out. */
    Constraint accessNeedSitsOut(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getTable() == null && seat.getParticipant().isNeedsAccessible())
                .penalize(HardMediumSoftLongScore.ofMedium(PROTECTED_SIT_OUT_POINTS))
                .justifyWith((seat, score) -> SeatingJustification.seat(seat, null, null, 1))
                .asConstraint(ACCESS_NEED_SITS_OUT);
    }

    // ************************************************************************
    // Soft
    // ************************************************************************

    /** Seats joined with the table-round they are at (open tables included). */
    private static BiConstraintStream<Seat, TableRound> seatsAtTables(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .join(
                        factory.forEachIncludingNullVars(TableRound.class),
                        Joiners.equal(SEAT_TABLE, TABLE_ROUND_TABLE),
                        Joiners.equal(SEAT_ROUND, TABLE_ROUND_ROUND));
    }

    /** How many people sit at each table in each round, and how their sectors mix (tables with someone). */
    private static TriConstraintStream<EventTable, Round, SectorMix.Fill> tableFill(ConstraintFactory factory) {
        return factory.forEach(Seat.class).groupBy(SEAT_TABLE, SEAT_ROUND, FILL);
    }

    /** Every pair of people at the same table in the same round. */
    private static BiConstraintStream<Seat, Seat> tablemates(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, Joiners.equal(SEAT_ROUND), Joiners.equal(SEAT_TABLE));
    }

    /**
     * Participants sit at challenges they wished for: per seat of someone with wishes, the wish
     * rank (0 for the first wish), or {@link #WISH_MISSED_POINTS} at any other challenge or an open table.
     */
    Constraint wishedChallenge(ConstraintFactory factory) {
        return seatsAtTables(factory)
                .filter((seat, tableRound) -> !seat.getParticipant().getWishes().isEmpty()
                        && wishPoints(seat.getParticipant(), tableRound.getChallenge()) > 0)
                .penalizeConfigurable(
                        (seat, tableRound) -> wishPoints(seat.getParticipant(), tableRound.getChallenge()))
                .justifyWith((seat, tableRound, score) -> SeatingJustification.seat(
                        seat,
                        tableRound.getChallenge(),
                        null,
                        wishPoints(seat.getParticipant(), tableRound.getChallenge())))
                .asConstraint(WISHED_CHALLENGE);
    }

    static int wishPoints(Participant participant, Challenge challenge) {
        int rank = participant.wishRank(challenge);
        return rank < 0 ? WISH_MISSED_POINTS : Math.min(rank, WISH_MISSED_POINTS - 1);
    }

    /**
     * Soft points (times {@link #ACCESSIBLE_WISH_POINTS}) per wish of someone who needs an accessible
     * table whose challenge never runs at an accessible table in a round they come to: 5 for the
     * first wish, 4 for the second ... (at least 1). Counted only when the venue has an accessible table.
     */
    Constraint accessibleWish(ConstraintFactory factory) {
        return factory.forEach(Participant.class)
                .filter(participant -> participant.isNeedsAccessible()
                        && !participant.getWishes().isEmpty())
                .join(
                        Challenge.class,
                        Joiners.filtering((participant, challenge) -> participant.wishRank(challenge) >= 0))
                .ifExists(EventTable.class, Joiners.filtering((participant, challenge, table) -> table.isAccessible()))
                .ifNotExists(
                        TableRound.class,
                        Joiners.equal((participant, challenge) -> challenge, TableRound::getChallenge),
                        Joiners.filtering((participant, challenge, tableRound) ->
                                tableRound.getTable().isAccessible()
                                        && participant.getAvailableRounds().contains(tableRound.getRound())))
                .penalize(
                        HardMediumSoftLongScore.ofSoft(ACCESSIBLE_WISH_POINTS),
                        (participant, challenge) -> Math.max(1, WISH_MISSED_POINTS - participant.wishRank(challenge)))
                .justifyWith((participant, challenge, score) -> SeatingJustification.people(
                        List.of(participant), challenge, participant.wishRank(challenge) + 1))
                .asConstraint(ACCESSIBLE_WISH);
    }

    /**
     * Soft points per rank point of {@link #accessibleWish}: a first wish that cannot be met at an
     * accessible table costs 50, as much as a seat at a challenge not wished for under the default
     * wish weight, so the challenge moves to an accessible table unless that costs more elsewhere.
     */
    public static final int ACCESSIBLE_WISH_POINTS = 10;

    /** Participants sit at challenges whose themes they share: one point per seat at a challenge sharing none. */
    Constraint sharedThemes(ConstraintFactory factory) {
        return seatsAtTables(factory)
                .filter((seat, tableRound) -> tableRound.getChallenge() != null
                        && !seat.getParticipant().getThemes().isEmpty()
                        && !tableRound.getChallenge().getThemes().isEmpty()
                        && seat.getParticipant().sharedThemeCount(tableRound.getChallenge()) == 0)
                .penalizeConfigurable()
                .justifyWith((seat, tableRound, score) ->
                        SeatingJustification.seat(seat, tableRound.getChallenge(), null, 1))
                .asConstraint(SHARED_THEMES);
    }

    /** Every table has each perspective its challenge needs: one point per needed perspective no one brings. */
    Constraint neededPerspective(ConstraintFactory factory) {
        return factory.forEach(ChallengeNeed.class)
                .join(TableRound.class, Joiners.equal(ChallengeNeed::challenge, TableRound::getChallenge))
                .ifNotExists(
                        Seat.class,
                        Joiners.equal((need, tableRound) -> tableRound.getTable(), Seat::getTable),
                        Joiners.equal((need, tableRound) -> tableRound.getRound(), Seat::getRound),
                        Joiners.filtering((need, tableRound, seat) ->
                                seat.getParticipant().getPerspectives().contains(need.perspective())))
                .penalizeConfigurable()
                .justifyWith((need, tableRound, score) -> SeatingJustification.table(
                        tableRound.getTable(),
                        tableRound.getRound(),
                        tableRound.getChallenge(),
                        need.perspective().name(),
                        1))
                .asConstraint(NEEDED_PERSPECTIVE);
    }

    /**
     * No sector holds more than half of a table's seats (everyone sits as an equal): one point per
     * half seat beyond half, so 5 of 8 from one sector costs 2 and 6 of 8 costs 4.
     */
    Constraint sectorBalance(ConstraintFactory factory) {
        return tableFill(factory)
                .filter((table, round, fill) -> fill.dominance() > 0)
                .penalizeConfigurable((table, round, fill) -> fill.dominance())
                .justifyWith((table, round, fill, score) ->
                        SeatingJustification.table(table, round, null, null, fill.dominance()))
                .asConstraint(SECTOR_BALANCE);
    }

    /** Two people from the same organisation do not share a table: one point per such pair per round. */
    Constraint sameOrganisation(ConstraintFactory factory) {
        return tablemates(factory)
                .filter((a, b) -> a.getParticipant().sameOrganisationAs(b.getParticipant()))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> SeatingJustification.of(
                        List.of(a.getParticipant(), b.getParticipant()),
                        List.of(a.getTable()),
                        a.getRound(),
                        null,
                        a.getParticipant().getOrganisation(),
                        1))
                .asConstraint(SAME_ORGANISATION);
    }

    /**
     * Pairs of participants share a table in as few rounds as possible. A pair together in k rounds
     * costs (k - 1)²: 1 for two rounds, 4 for three, 9 for four. The cost grows with the count, so a
     * pair meeting three times costs more than two pairs meeting twice, and repeats that cannot be
     * avoided are spread over many pairs instead of one pair sitting together round after round.
     */
    Constraint meetNewPeople(ConstraintFactory factory) {
        return tablemates(factory)
                .groupBy(
                        (a, b) -> lower(a.getParticipant(), b.getParticipant()),
                        (a, b) -> higher(a.getParticipant(), b.getParticipant()),
                        countBi())
                .filter((p1, p2, rounds) -> rounds > 1)
                .penalizeConfigurable((p1, p2, rounds) -> repeatCost(rounds))
                .justifyWith((p1, p2, rounds, score) -> SeatingJustification.people(List.of(p1, p2), null, rounds))
                .asConstraint(MEET_NEW_PEOPLE);
    }

    /** The meet-new-people cost of a pair that shares a table in this many rounds: (rounds - 1)². */
    static int repeatCost(int rounds) {
        return rounds <= 1 ? 0 : (rounds - 1) * (rounds - 1);
    }

    private static Participant lower(Participant a, Participant b) {
        return a.getIndex() < b.getIndex() ? a : b;
    }

    private static Participant higher(Participant a, Participant b) {
        return a.getIndex() < b.getIndex() ? b : a;
    }

    /**
     * A participant moves on to another challenge after a round (meet new people, see more
     * challenges): one point per extra round at the same challenge. A host staying with their own
     * challenge is not counted.
     */
    Constraint repeatedChallenge(ConstraintFactory factory) {
        return seatsAtTables(factory)
                .filter((seat, tableRound) -> tableRound.getChallenge() != null
                        && tableRound.getChallenge().getHost() != seat.getParticipant())
                .groupBy(
                        (seat, tableRound) -> seat.getParticipant(),
                        (seat, tableRound) -> tableRound.getChallenge(),
                        countBi())
                .filter((participant, challenge, rounds) -> rounds > 1)
                .penalizeConfigurable((participant, challenge, rounds) -> rounds - 1)
                .justifyWith((participant, challenge, rounds, score) ->
                        SeatingJustification.people(List.of(participant), challenge, rounds))
                .asConstraint(REPEATED_CHALLENGE);
    }

    /**
     * Tables are evenly filled: a table with more people than its even share of the round
     * ({@link Round#getFairShare()}) pays the square of the excess, so one table far too full costs
     * more than several a little too full.
     */
    Constraint evenFill(ConstraintFactory factory) {
        return tableFill(factory)
                .filter((table, round, fill) -> fill.seated() > Math.min(table.getCapacity(), round.getFairShare()))
                .penalizeConfigurableLong((table, round, fill) -> {
                    long excess = fill.seated() - Math.min(table.getCapacity(), round.getFairShare());
                    return excess * excess;
                })
                .justifyWith((table, round, fill, score) ->
                        SeatingJustification.table(table, round, null, null, fill.seated()))
                .asConstraint(EVEN_FILL);
    }

    /**
     * Changes from the published plan are few: one point per participant-round that had a seat in
     * the published plan and now sits at another table or none. (Someone who had no seat and now
     * gets one is good news and costs nothing.)
     */
    Constraint publishedTableChanged(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.isPublished()
                        && seat.getPublishedTable() != null
                        && seat.getTable() != seat.getPublishedTable())
                .penalizeConfigurable()
                .justifyWith((seat, score) -> SeatingJustification.seat(
                        seat, null, seat.getPublishedTable().getId(), 1))
                .asConstraint(PUBLISHED_TABLE_CHANGED);
    }

    /** Changes from the published plan are few: one point per participant-round kept at its table whose challenge changed. */
    Constraint publishedChallengeChanged(ConstraintFactory factory) {
        return seatsAtTables(factory)
                .filter((seat, tableRound) -> seat.isPublished()
                        && seat.getPublishedTable() != null
                        && seat.getTable() == seat.getPublishedTable()
                        && tableRound.getChallenge() != seat.getPublishedChallenge())
                .penalizeConfigurable()
                .justifyWith((seat, tableRound, score) -> SeatingJustification.seat(
                        seat,
                        tableRound.getChallenge(),
                        seat.getPublishedChallenge() == null
                                ? null
                                : seat.getPublishedChallenge().getId(),
                        1))
                .asConstraint(PUBLISHED_CHALLENGE_CHANGED);
    }
}
