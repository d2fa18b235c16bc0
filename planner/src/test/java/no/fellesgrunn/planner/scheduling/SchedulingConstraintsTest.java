package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint: what it penalises, and by how much (the match weight, before the configured weight). */
class SchedulingConstraintsTest {
    private final ConstraintVerifier<SchedulingConstraints, EventSchedule> verifier =
            ConstraintVerifier.build(new SchedulingConstraints(), EventSchedule.class, TableRound.class, Seat.class);

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 5, 14, 9, 0);
    private final Round r1 = round("r1", 0);
    private final Round r2 = round("r2", 1);
    private final Round r3 = round("r3", 2);
    private final EventTable t1 = new EventTable("t1", 0, "Sal A", 3, false);
    private final EventTable t2 = new EventTable("t2", 1, "Sal A", 5, true);
    private int nextIndex;

    private static Round round(String id, int index) {
        Round round = new Round(
                id, index, NINE.plusHours(index), NINE.plusHours(index).plusMinutes(50));
        round.setFairShare(10);
        return round;
    }

    private Participant person(String id) {
        return person(id, null, null, Set.of(), Set.of());
    }

    private Participant person(
            String id, String organisation, Sector sector, Set<String> themes, Set<Perspective> perspectives) {
        Participant participant = new Participant(id, nextIndex++, organisation, sector, themes, perspectives, false);
        participant.getAvailableRounds().addAll(List.of(r1, r2, r3));
        return participant;
    }

    private static Challenge challenge(String id, Participant host, int minRounds, int maxRounds) {
        return new Challenge(id, 0, host, Set.of(), Set.of(), minRounds, maxRounds);
    }

    @Test
    void tableCapacity() {
        // Four people at a table for three: one hard point, for the one seat too many.
        verifier.verifyThat(SchedulingConstraints::tableCapacity)
                .given(
                        new Seat(person("a"), r1, t1),
                        new Seat(person("b"), r1, t1),
                        new Seat(person("c"), r1, t1),
                        new Seat(person("d"), r1, t1),
                        new Seat(person("e"), r2, t1))
                .penalizesBy(1);
        // Three at the table for three: nothing.
        verifier.verifyThat(SchedulingConstraints::tableCapacity)
                .given(new Seat(person("a"), r1, t1), new Seat(person("b"), r1, t1), new Seat(person("c"), r1, t1))
                .penalizesBy(0);
    }

    @Test
    void challengeOncePerRound() {
        Challenge c1 = challenge("c1", null, 1, 3);
        // c1 at two tables in round 1: one hard point; at t1 again in round 2 is fine.
        verifier.verifyThat(SchedulingConstraints::challengeOncePerRound)
                .given(new TableRound(t1, r1, c1), new TableRound(t2, r1, c1), new TableRound(t1, r2, c1))
                .penalizesBy(1);
    }

    @Test
    void hostAtChallenge() {
        Participant host = person("h");
        Challenge c1 = challenge("c1", host, 1, 3);
        // c1 runs at t1 in rounds 1 and 2; the host sits at t2 in round 1 and at t1 in round 2: one hard point.
        verifier.verifyThat(SchedulingConstraints::hostAtChallenge)
                .given(
                        host,
                        c1,
                        new TableRound(t1, r1, c1),
                        new TableRound(t1, r2, c1),
                        new Seat(host, r1, t2),
                        new Seat(host, r2, t1))
                .penalizesBy(1);
    }

    @Test
    void accessibleTable() {
        Participant wheelchair = new Participant("w", 99, null, null, Set.of(), Set.of(), true);
        // Needs an accessible table: at t1 (not accessible) one hard point, at t2 (accessible) none.
        verifier.verifyThat(SchedulingConstraints::accessibleTable)
                .given(new Seat(wheelchair, r1, t1), new Seat(wheelchair, r2, t2), new Seat(person("x"), r1, t1))
                .penalizesBy(1);
    }

    @Test
    void challengeNeverRuns() {
        // c2 must run twice and never runs: two hard points; c1 runs; c3 may be left out (minRounds 0).
        Challenge c1 = challenge("c1", null, 1, 3);
        Challenge c2 = challenge("c2", null, 2, 3);
        Challenge c3 = challenge("c3", null, 0, 3);
        verifier.verifyThat(SchedulingConstraints::challengeNeverRuns)
                .given(c1, c2, c3, new TableRound(t1, r1, c1))
                .penalizesBy(2);
    }

    @Test
    void challengeTooFewRounds() {
        // c1 must run in 3 rounds and runs in 1: two hard points.
        Challenge c1 = challenge("c1", null, 3, 3);
        verifier.verifyThat(SchedulingConstraints::challengeTooFewRounds)
                .given(c1, new TableRound(t1, r1, c1), new TableRound(t1, r2, null))
                .penalizesBy(2);
    }

    @Test
    void challengeTooManyRounds() {
        // c1 may run in 1 round and runs in 3: two hard points.
        Challenge c1 = challenge("c1", null, 1, 1);
        verifier.verifyThat(SchedulingConstraints::challengeTooManyRounds)
                .given(c1, new TableRound(t1, r1, c1), new TableRound(t1, r2, c1), new TableRound(t2, r3, c1))
                .penalizesBy(2);
    }

    @Test
    void unseated() {
        // One available participant-round without a table: one medium point.
        verifier.verifyThat(SchedulingConstraints::unseated)
                .given(new Seat(person("a"), r1), new Seat(person("b"), r1, t1))
                .penalizesBy(1);
    }

    @Test
    void sitsOutAgain() {
        Participant twice = person("twice");
        Participant thrice = person("thrice");
        Participant once = person("once");
        // Out in 2 rounds: 2 × 1 = 2; out in 3 rounds: 3 × 2 = 6; out once: nothing (the unseated
        // rule's one point is enough): 8. With "Unseated participant" that makes u² per person.
        verifier.verifyThat(SchedulingConstraints::sitsOutAgain)
                .given(
                        new Seat(twice, r1),
                        new Seat(twice, r2),
                        new Seat(twice, r3, t1),
                        new Seat(thrice, r1),
                        new Seat(thrice, r2),
                        new Seat(thrice, r3),
                        new Seat(once, r1),
                        new Seat(once, r2, t1),
                        new Seat(once, r3, t1))
                .penalizesBy(8);
        // Two people sitting out once each cost less, together with "Unseated participant", than one twice.
        verifier.verifyThat(SchedulingConstraints::sitsOutAgain)
                .given(new Seat(person("a"), r1), new Seat(person("b"), r2))
                .penalizesBy(0);
    }

    @Test
    void hostSitsOut() {
        Participant host = person("h");
        Challenge c1 = challenge("c1", host, 1, 3);
        // The host is unseated in round 2 (even if c1 does not run then): one match; a guest
        // sitting out is not matched.
        verifier.verifyThat(SchedulingConstraints::hostSitsOut)
                .given(c1, new Seat(host, r1, t1), new Seat(host, r2), new Seat(person("guest"), r2))
                .penalizesBy(1);
    }

    @Test
    void accessNeedSitsOut() {
        Participant wheelchair = new Participant("w", 99, null, null, Set.of(), Set.of(), true);
        // Unseated in rounds 1 and 2: two matches; seated in round 3 and another person unseated: nothing more.
        verifier.verifyThat(SchedulingConstraints::accessNeedSitsOut)
                .given(
                        new Seat(wheelchair, r1),
                        new Seat(wheelchair, r2),
                        new Seat(wheelchair, r3, t2),
                        new Seat(person("x"), r1))
                .penalizesBy(2);
    }

    @Test
    void anUnannouncedArrivalWithoutASeatCountsTwice() {
        Participant arrived = person("arrived");
        arrived.setArrived(true);
        // So with more people than seats, the solver does not give their seat to someone else.
        verifier.verifyThat(SchedulingConstraints::unseated)
                .given(new Seat(arrived, r1), new Seat(person("a"), r2), new Seat(arrived, r3, t1))
                .penalizesBy(SchedulingConstraints.ARRIVAL_UNSEATED_POINTS + 1);
    }

    @Test
    void losingAPublishedSeatCountsTwice() {
        Seat lost = new Seat(person("lost"), r1);
        lost.setPublished(t1, null);
        Seat neverSeated = new Seat(person("never"), r1);
        neverSeated.setPublished(null, null);
        verifier.verifyThat(SchedulingConstraints::unseated)
                .given(lost, neverSeated, new Seat(person("kept"), r1, t1))
                .penalizesBy(SchedulingConstraints.ARRIVAL_UNSEATED_POINTS + 1);
    }

    @Test
    void wishedChallenge() {
        Challenge c1 = challenge("c1", null, 1, 3);
        Challenge c2 = challenge("c2", null, 1, 3);
        Challenge c3 = challenge("c3", null, 1, 3);
        Participant first = person("first");
        Participant second = person("second");
        Participant other = person("other");
        Participant open = person("open");
        Participant noWishes = person("none");
        for (Participant p : List.of(first, second, other, open)) {
            p.setWishes(List.of(c1, c2));
        }
        // At the first wish 0, at the second wish 1, at an unwished challenge 5, at an open table 5;
        // someone without wishes costs nothing: 0 + 1 + 5 + 5 = 11.
        verifier.verifyThat(SchedulingConstraints::wishedChallenge)
                .given(
                        new TableRound(t1, r1, c1),
                        new TableRound(t2, r1, c2),
                        new TableRound(t1, r2, c3),
                        new TableRound(t2, r2, null),
                        new Seat(first, r1, t1),
                        new Seat(second, r1, t2),
                        new Seat(other, r2, t1),
                        new Seat(open, r2, t2),
                        new Seat(noWishes, r2, t1))
                .penalizesBy(11);
    }

    @Test
    void accessibleWish() {
        Challenge c1 = challenge("c1", null, 1, 3);
        Challenge c2 = challenge("c2", null, 1, 3);
        Challenge c3 = challenge("c3", null, 1, 3);
        Participant wheelchair = new Participant("w", 99, null, null, Set.of(), Set.of(), true);
        wheelchair.getAvailableRounds().addAll(List.of(r1, r2));
        wheelchair.setWishes(List.of(c1, c2, c3));
        Participant walks = person("x");
        walks.setWishes(List.of(c1));
        // c1 (first wish) runs only at t1, not accessible: 5. c2 (second wish) runs at the accessible
        // t2 in round 1: fine. c3 (third wish) runs at t2 only in round 3, which w does not come to: 3.
        // Someone who walks is not counted: 5 + 3 = 8.
        verifier.verifyThat(SchedulingConstraints::accessibleWish)
                .given(
                        wheelchair,
                        walks,
                        c1,
                        c2,
                        c3,
                        t1,
                        t2,
                        new TableRound(t1, r1, c1),
                        new TableRound(t2, r1, c2),
                        new TableRound(t1, r2, c1),
                        new TableRound(t2, r3, c3))
                .penalizesBy(8);
        // A venue without an accessible table: nothing to ask for.
        verifier.verifyThat(SchedulingConstraints::accessibleWish)
                .given(wheelchair, c1, c2, c3, t1, new TableRound(t1, r1, c1))
                .penalizesBy(0);
    }

    @Test
    void sharedThemes() {
        Challenge loneliness = new Challenge("c1", 0, null, Set.of("ensomhet", "eldre"), Set.of(), 1, 3);
        Participant shares = person("s", null, null, Set.of("eldre"), Set.of());
        Participant sharesNone = person("n", null, null, Set.of("klima"), Set.of());
        Participant noThemes = person("x");
        // Only the participant with themes, none of them the challenge's, costs one point.
        verifier.verifyThat(SchedulingConstraints::sharedThemes)
                .given(
                        new TableRound(t2, r1, loneliness),
                        new Seat(shares, r1, t2),
                        new Seat(sharesNone, r1, t2),
                        new Seat(noThemes, r1, t2))
                .penalizesBy(1);
    }

    @Test
    void neededPerspective() {
        Challenge c1 = new Challenge(
                "c1",
                0,
                null,
                Set.of(),
                EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.DECISION_MAKER, Perspective.DRIVER),
                1,
                3);
        Participant boss = person("boss", null, null, Set.of(), Set.of(Perspective.DECISION_MAKER));
        Participant driver = person("driver", null, null, Set.of(), Set.of(Perspective.DRIVER));
        // The table has a decision maker and a driver but no one with lived experience: one point.
        verifier.verifyThat(SchedulingConstraints::neededPerspective)
                .given(
                        new ChallengeNeed(c1, Perspective.LIVED_EXPERIENCE),
                        new ChallengeNeed(c1, Perspective.DECISION_MAKER),
                        new ChallengeNeed(c1, Perspective.DRIVER),
                        new TableRound(t2, r1, c1),
                        new Seat(boss, r1, t2),
                        new Seat(driver, r1, t2),
                        new Seat(
                                person("elsewhere", null, null, Set.of(), Set.of(Perspective.LIVED_EXPERIENCE)),
                                r1,
                                t1))
                .penalizesBy(1);
    }

    @Test
    void sectorBalance() {
        // Three of four from municipalities in round 1: 2 * 3 - 4 = 2 half seats beyond half.
        // Two of four in round 2 is exactly half: nothing.
        Participant m1 = person("m1", "k1", Sector.MUNICIPALITY, Set.of(), Set.of());
        Participant m2 = person("m2", "k2", Sector.MUNICIPALITY, Set.of(), Set.of());
        Participant m3 = person("m3", "k3", Sector.MUNICIPALITY, Set.of(), Set.of());
        Participant b1 = person("b1", "b", Sector.BUSINESS, Set.of(), Set.of());
        Participant v1 = person("v1", "v", Sector.VOLUNTARY, Set.of(), Set.of());
        verifier.verifyThat(SchedulingConstraints::sectorBalance)
                .given(
                        new Seat(m1, r1, t2),
                        new Seat(m2, r1, t2),
                        new Seat(m3, r1, t2),
                        new Seat(b1, r1, t2),
                        new Seat(m1, r2, t2),
                        new Seat(m2, r2, t2),
                        new Seat(b1, r2, t2),
                        new Seat(v1, r2, t2))
                .penalizesBy(2);
    }

    @Test
    void sameOrganisation() {
        // Three colleagues at one table: three pairs, three points. Two people without organisation do not count.
        verifier.verifyThat(SchedulingConstraints::sameOrganisation)
                .given(
                        new Seat(person("a", "org-7", null, Set.of(), Set.of()), r1, t2),
                        new Seat(person("b", "org-7", null, Set.of(), Set.of()), r1, t2),
                        new Seat(person("c", "org-7", null, Set.of(), Set.of()), r1, t2),
                        new Seat(person("d", "org-8", null, Set.of(), Set.of()), r1, t2),
                        new Seat(person("x"), r1, t2),
                        new Seat(person("y"), r1, t2))
                .penalizesBy(3);
    }

    @Test
    void meetNewPeople() {
        Participant a = person("a");
        Participant b = person("b");
        Participant c = person("c");
        // a and b share a table in all three rounds: (3 - 1)² = 4 points; a and c only in round 1,
        // b and c only in round 1: nothing.
        verifier.verifyThat(SchedulingConstraints::meetNewPeople)
                .given(
                        new Seat(a, r1, t1),
                        new Seat(b, r1, t1),
                        new Seat(c, r1, t1),
                        new Seat(a, r2, t2),
                        new Seat(b, r2, t2),
                        new Seat(c, r2, t1),
                        new Seat(a, r3, t1),
                        new Seat(b, r3, t1),
                        new Seat(c, r3, t2))
                .penalizesBy(4);
    }

    @Test
    void meetNewPeopleCostGrowsWithTheCount() {
        Participant a = person("a");
        Participant b = person("b");
        Participant c = person("c");
        Participant d = person("d");
        // One pair three times together (a-b in all rounds) costs 4 ...
        verifier.verifyThat(SchedulingConstraints::meetNewPeople)
                .given(
                        new Seat(a, r1, t1),
                        new Seat(b, r1, t1),
                        new Seat(a, r2, t1),
                        new Seat(b, r2, t1),
                        new Seat(a, r3, t2),
                        new Seat(b, r3, t2),
                        new Seat(c, r1, t2),
                        new Seat(d, r2, t2))
                .penalizesBy(4);
        // ... more than two pairs twice together each: a-b in r1 and r2, c-d in r1 and r2; in r3
        // a sits with c and b with d, each for the first time: 1 + 1 = 2.
        verifier.verifyThat(SchedulingConstraints::meetNewPeople)
                .given(
                        new Seat(a, r1, t1),
                        new Seat(b, r1, t1),
                        new Seat(c, r1, t2),
                        new Seat(d, r1, t2),
                        new Seat(a, r2, t1),
                        new Seat(b, r2, t1),
                        new Seat(c, r2, t2),
                        new Seat(d, r2, t2),
                        new Seat(a, r3, t1),
                        new Seat(c, r3, t1),
                        new Seat(b, r3, t2),
                        new Seat(d, r3, t2))
                .penalizesBy(2);
    }

    @Test
    void repeatedChallenge() {
        Participant host = person("h");
        Participant guest = person("g");
        Challenge c1 = challenge("c1", host, 1, 3);
        // The guest sits at c1 in all three rounds: two points; the host staying with c1 is not counted.
        verifier.verifyThat(SchedulingConstraints::repeatedChallenge)
                .given(
                        new TableRound(t1, r1, c1),
                        new TableRound(t1, r2, c1),
                        new TableRound(t2, r3, c1),
                        new Seat(host, r1, t1),
                        new Seat(host, r2, t1),
                        new Seat(host, r3, t2),
                        new Seat(guest, r1, t1),
                        new Seat(guest, r2, t1),
                        new Seat(guest, r3, t2))
                .penalizesBy(2);
    }

    @Test
    void evenFill() {
        r1.setFairShare(2);
        // Even share 2 at t2 (capacity 5); four sit there: 2 too many, squared: 4 points. One at t1: nothing.
        verifier.verifyThat(SchedulingConstraints::evenFill)
                .given(
                        new Seat(person("a"), r1, t2),
                        new Seat(person("b"), r1, t2),
                        new Seat(person("c"), r1, t2),
                        new Seat(person("d"), r1, t2),
                        new Seat(person("e"), r1, t1))
                .penalizesBy(4);
    }

    @Test
    void publishedTableChanged() {
        Seat moved = new Seat(person("moved"), r1, t2);
        moved.setPublished(t1, null);
        Seat kept = new Seat(person("kept"), r1, t1);
        kept.setPublished(t1, null);
        Seat lost = new Seat(person("lost"), r1);
        lost.setPublished(t1, null);
        Seat gained = new Seat(person("gained"), r1, t1);
        gained.setPublished(null, null);
        Seat fresh = new Seat(person("new"), r1, t2);
        // Moved to another table and lost the seat: one point each; kept, newly seated and new people cost nothing.
        verifier.verifyThat(SchedulingConstraints::publishedTableChanged)
                .given(moved, kept, lost, gained, fresh)
                .penalizesBy(2);
    }

    @Test
    void publishedChallengeChanged() {
        Challenge c1 = challenge("c1", null, 1, 3);
        Challenge c2 = challenge("c2", null, 1, 3);
        Seat stays = new Seat(person("a"), r1, t1);
        stays.setPublished(t1, c1);
        Seat also = new Seat(person("b"), r1, t1);
        also.setPublished(t1, c1);
        Seat same = new Seat(person("c"), r1, t2);
        same.setPublished(t2, c2);
        // t1 now hosts c2 instead of the published c1: both people kept at t1 must be told, one point each.
        verifier.verifyThat(SchedulingConstraints::publishedChallengeChanged)
                .given(new TableRound(t1, r1, c2), new TableRound(t2, r1, c2), stays, also, same)
                .penalizesBy(2);
    }
}
