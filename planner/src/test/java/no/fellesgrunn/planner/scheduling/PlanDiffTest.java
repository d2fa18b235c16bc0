package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who must be told after re-planning. */
class PlanDiffTest {
    private static EventPlan.TableSeating at(String round, String table, String challenge, String... people) {
        return new EventPlan.TableSeating(round, table, null, challenge, List.of(people), null, null);
    }

    private static EventPlan plan(List<EventPlan.TableSeating> seating, List<EventPlan.Unseated> unseated) {
        return new EventPlan("0hard/0medium/0soft", seating, unseated, null, null, null);
    }

    @Test
    void listsEveryoneWhoseTableOrChallengeChangedAndTheNewcomers() {
        EventPlan before = plan(
                List.of(
                        at("r1", "t1", "c1", "stays", "moves", "cancels"),
                        at("r1", "t2", "c2", "sameTableNewChallenge"),
                        at("r2", "t1", "c1", "stays", "moves")),
                List.of(new EventPlan.Unseated("getsSeat", "r1", Text.of("planner.seating.unseated_hard_rule"))));
        EventPlan after = plan(
                List.of(
                        at("r1", "t1", "c1", "stays", "getsSeat"),
                        at("r1", "t2", "c3", "sameTableNewChallenge", "moves"),
                        at("r2", "t1", "c1", "stays", "moves", "newcomer")),
                List.of());

        PlanChanges changes = PlanDiff.between(before, after);

        assertThat(changes.changed())
                .containsExactlyInAnyOrder(
                        new PlanChanges.PersonChange("moves", List.of("r1")),
                        new PlanChanges.PersonChange("sameTableNewChallenge", List.of("r1")),
                        new PlanChanges.PersonChange("getsSeat", List.of("r1")));
        assertThat(changes.added()).containsExactly("newcomer");
        assertThat(changes.removed()).containsExactly("cancels");
        assertThat(changes.peopleToTell()).isEqualTo(4);
    }

    @Test
    void aRoomNamedOnlyInTheNewPlanIsNoChange() {
        EventPlan before = plan(List.of(at("r1", "t1", "c1", "a")), List.of());
        EventPlan after = plan(
                List.of(new EventPlan.TableSeating("r1", "t1", "Sal A", "c1", List.of("a"), null, null)), List.of());
        assertThat(PlanDiff.between(before, after).peopleToTell()).isZero();
    }
}
