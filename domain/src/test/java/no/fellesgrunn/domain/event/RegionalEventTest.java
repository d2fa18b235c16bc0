package no.fellesgrunn.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class RegionalEventTest {
    static final LocalDate DAY = LocalDate.of(2027, 5, 14);
    static final Venue STORMEN = new Venue("Stormen", "Storgata 1", "1804");

    static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    static RegionalEvent event() {
        return RegionalEvent.plan(
                "Regional møteplass Bodø",
                DAY,
                STORMEN,
                Set.of("18"),
                new RegistrationWindow(DAY.minusMonths(2), DAY.minusDays(7)));
    }

    @Test
    void eachTableKnowsItsRoom() {
        RoundTable a1 = RoundTable.of("A1", 8, true);
        RoundTable a2 = RoundTable.of("A2", 8, false);
        RoundTable b1 = RoundTable.of("B1", 6, true);
        Room salA = Room.of("Sal A", List.of(a1, a2));
        Room salB = Room.of("Sal B", List.of(b1));
        RegionalEvent e = event().withRooms(List.of(salA, salB));
        assertThat(e.roomOfTable())
                .hasSize(3)
                .containsEntry(a1.id(), salA)
                .containsEntry(a2.id(), salA)
                .containsEntry(b1.id(), salB);
    }

    @Test
    void acceptsRoundsInOrderThatTouchButDoNotOverlap() {
        RegionalEvent e =
                event().withRounds(List.of(Round.of(1, at(9, 0), at(10, 0)), Round.of(2, at(10, 0), at(11, 0))));
        assertThat(e.rounds()).hasSize(2);
    }

    @Test
    void refusesOverlappingRounds() {
        assertThatThrownBy(() -> event().withRounds(
                                List.of(Round.of(1, at(9, 0), at(10, 0)), Round.of(2, at(9, 30), at(10, 30)))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("round 2 (09:30-10:30) overlaps");
    }

    @Test
    void refusesRoundsOutOfOrderOrWronglyNumbered() {
        assertThatThrownBy(() -> event().withRounds(
                                List.of(Round.of(1, at(11, 0), at(12, 0)), Round.of(2, at(9, 0), at(10, 0)))))
                .hasMessageContaining("overlaps or comes before");
        assertThatThrownBy(() -> event().withRounds(List.of(Round.of(2, at(9, 0), at(10, 0)))))
                .hasMessageContaining("numbered 1, 2, 3");
    }

    @Test
    void aRoundEndsAfterItStartsOnTheEventDay() {
        assertThatThrownBy(() -> Round.of(1, at(10, 0), at(10, 0))).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> event().withRounds(List.of(
                        Round.of(1, at(9, 0).plusDays(1), at(10, 0).plusDays(1)))))
                .hasMessageContaining("on the event day");
    }

    @Test
    void tableCapacityMustBePositive() {
        assertThatThrownBy(() -> RoundTable.of("A1", 0, true)).hasMessageContaining("capacity was 0");
        assertThatThrownBy(() -> RoundTable.of("A1", -3, true)).hasMessageContaining("at least one");
    }

    @Test
    void tableLabelsAndRoomNamesAreUnique() {
        assertThatThrownBy(() -> event().withRooms(List.of(
                        Room.of("Sal A", List.of(RoundTable.of("1", 8, true))),
                        Room.of("Sal B", List.of(RoundTable.of("1", 8, true))))))
                .hasMessageContaining("two tables are labelled 1");
        assertThatThrownBy(() -> event().withRooms(List.of(Room.of("Sal A", List.of()), Room.of("sal a", List.of()))))
                .hasMessageContaining("two rooms");
    }

    @Test
    void theVenueMustBeInACoveredCounty() {
        assertThatThrownBy(() -> RegionalEvent.plan(
                        "X",
                        DAY,
                        new Venue("Kilden", null, "4204"),
                        Set.of("18"),
                        new RegistrationWindow(DAY.minusDays(9), DAY)))
                .hasMessageContaining("not in a county the event covers");
    }

    @Test
    void registrationClosesOnOrBeforeTheDayAndAfterItOpens() {
        assertThatThrownBy(() -> new RegistrationWindow(DAY, DAY.minusDays(1))).hasMessageContaining("before it opens");
        assertThatThrownBy(() -> RegionalEvent.plan(
                        "X", DAY, STORMEN, Set.of("18"), new RegistrationWindow(DAY, DAY.plusDays(1))))
                .hasMessageContaining("on or before the event day");
    }

    @Test
    void selectedChallengesRunBetweenOneAndTheNumberOfRounds() {
        RegionalEvent twoRounds =
                event().withRounds(List.of(Round.of(1, at(9, 0), at(10, 0)), Round.of(2, at(10, 0), at(11, 0))));
        UUID c = UUID.randomUUID();
        assertThat(twoRounds
                        .withChallenges(List.of(new SelectedChallenge(c, 1, 2)))
                        .selected(c))
                .isPresent();
        assertThatThrownBy(() -> twoRounds.withChallenges(List.of(new SelectedChallenge(c, 1, 3))))
                .hasMessageContaining("has 2");
        assertThatThrownBy(() -> new SelectedChallenge(c, 2, 1)).hasMessageContaining("min rounds <= max rounds");
        assertThatThrownBy(() -> new SelectedChallenge(c, 0, 1)).hasMessageContaining("1 <= min");
        assertThatThrownBy(() -> twoRounds.withChallenges(
                        List.of(new SelectedChallenge(c, 1, 1), new SelectedChallenge(c, 1, 2))))
                .hasMessageContaining("selected twice");
    }

    @Test
    void statusMovesOnlyAlongItsLifeCycle() {
        RegionalEvent e = event().moveTo(EventStatus.REGISTRATION_OPEN)
                .moveTo(EventStatus.SCHEDULED)
                .moveTo(EventStatus.PUBLISHED)
                .moveTo(EventStatus.HELD)
                .moveTo(EventStatus.CLOSED);
        assertThat(e.status()).isEqualTo(EventStatus.CLOSED);
        assertThatThrownBy(() -> event().moveTo(EventStatus.PUBLISHED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("PLANNING to PUBLISHED");
        assertThatThrownBy(() -> e.moveTo(EventStatus.PLANNING)).hasMessageContaining("final");
    }
}
