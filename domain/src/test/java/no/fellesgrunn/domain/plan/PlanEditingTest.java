package no.fellesgrunn.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** The organiser's hand on a plan: moving and pinning seats, and numbering versions, as rules of the plan. */
class PlanEditingTest {
    static final LocalDate DAY = LocalDate.of(2027, 5, 14);
    final Instant now = Instant.parse("2027-05-01T12:00:00Z");
    final Round round1 = Round.of(1, DAY.atTime(9, 0), DAY.atTime(10, 0));
    final Round round2 = Round.of(2, DAY.atTime(10, 15), DAY.atTime(11, 15));
    final RoundTable a1 = RoundTable.of("A1", 6, true);
    final RoundTable a2 = RoundTable.of("A2", 6, false);
    final RegionalEvent event = RegionalEvent.plan(
                    "Regional møteplass Bodø",
                    DAY,
                    new Venue("Stormen", "Storgata 1", "1804"),
                    Set.of("18"),
                    new RegistrationWindow(DAY.minusMonths(2), DAY.minusDays(7)))
            .withRounds(List.of(round1, round2))
            .withRooms(List.of(Room.of("Sal A", List.of(a1, a2))));
    final UUID kari = UUID.randomUUID();
    final UUID ola = UUID.randomUUID();
    final UUID challenge = UUID.randomUUID();

    Registration registration(UUID actor, Set<UUID> rounds, RegistrationStatus status) {
        return new Registration(UUID.randomUUID(), event.id(), actor, rounds, List.of(), false, null, status, 0);
    }

    PlanVersion draft() {
        return PlanVersion.draft(
                event.id(),
                1,
                "org",
                now,
                "0hard/0medium/-5soft",
                List.of(
                        new Seat(kari, round1.id(), a1.id(), null, false),
                        new Seat(ola, round1.id(), a2.id(), challenge, false)));
    }

    @Test
    void aMovedSeatIsPinnedAndTakesTheChallengeOfItsNewTable() {
        Registration kariIn = registration(kari, Set.of(round1.id(), round2.id()), RegistrationStatus.REGISTERED);
        PlanVersion draft = draft();
        PlanVersion moved = draft.move(event, kariIn, round1.id(), a2.id());
        assertThat(moved.seats())
                .containsExactlyInAnyOrder(
                        new Seat(ola, round1.id(), a2.id(), challenge, false),
                        new Seat(kari, round1.id(), a2.id(), challenge, true));
        assertThat(moved.id()).isEqualTo(draft.id());
        assertThat(moved.number()).isEqualTo(1);
        // Someone without a seat in a round is seated there; the old score stays until evaluated.
        PlanVersion seated = moved.move(event, kariIn, round2.id(), a1.id());
        assertThat(seated.seats())
                .contains(new Seat(kari, round2.id(), a1.id(), null, true))
                .hasSize(3);
        assertThat(seated.score()).isEqualTo("0hard/0medium/-5soft");
        assertThat(seated.withScore("-1hard/0medium/0soft").score()).isEqualTo("-1hard/0medium/0soft");
    }

    @Test
    void aMoveIsRefusedOutsideThePersonsRoundsTheEventOrTheirTakingPart() {
        Registration onlyRound1 = registration(kari, Set.of(round1.id()), RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> draft().move(event, onlyRound1, round2.id(), a1.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("is not available in round 2")
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.PLAN_PERSON_NOT_AVAILABLE_IN_ROUND);
        assertThatThrownBy(() -> draft().move(event, onlyRound1, UUID.randomUUID(), a1.id()))
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.ROUND_NOT_OF_EVENT);
        assertThatThrownBy(() -> draft().move(event, onlyRound1, round1.id(), UUID.randomUUID()))
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.PLAN_TABLE_NOT_OF_EVENT);
        assertThatThrownBy(() -> draft().move(
                                event,
                                registration(kari, Set.of(round1.id()), RegistrationStatus.CANCELLED),
                                round1.id(),
                                a1.id()))
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.PLAN_PERSON_NOT_TAKING_PART);
        assertThatThrownBy(() -> draft().move(event, null, round1.id(), a1.id()))
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.PLAN_PERSON_NOT_TAKING_PART);
    }

    @Test
    void pinningKeepsTheTableAndNeedsASeatToPin() {
        PlanVersion pinned = draft().pin(event, ola, round1.id(), true);
        assertThat(pinned.seats())
                .contains(
                        new Seat(ola, round1.id(), a2.id(), challenge, true),
                        new Seat(kari, round1.id(), a1.id(), null, false));
        assertThat(pinned.pin(event, ola, round1.id(), false).seats()).isEqualTo(draft().seats());
        assertThatThrownBy(() -> draft().pin(event, ola, round2.id(), true))
                .hasMessageContaining("no seat in round 2")
                .extracting(e -> ((DomainException) e).error())
                .isEqualTo(DomainError.PLAN_NO_SEAT_TO_PIN);
    }

    @Test
    void aPublishedPlanIsNeverEditedButCopiedIntoTheNextNumberedDraft() {
        PlanVersion draft = draft();
        assertThat(draft.draftForEdit("other", now.plusSeconds(5))).isSameAs(draft);
        PlanVersion published = draft.publish("org", now.plusSeconds(60));
        assertThatThrownBy(() -> published.pin(event, ola, round1.id(), true)).hasMessageContaining("make a new draft");
        PlanVersion next = published.draftForEdit("kari@ks.example", now.plusSeconds(120));
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.id()).isNotEqualTo(published.id());
        assertThat(next.createdBy()).isEqualTo("kari@ks.example");
        assertThat(next.seats()).isEqualTo(published.seats());
        assertThat(next.pin(event, ola, round1.id(), true).seats())
                .contains(new Seat(ola, round1.id(), a2.id(), challenge, true));
    }

    @Test
    void versionsAreNumberedOnePastTheHighest() {
        assertThat(PlanVersion.nextNumber(List.of())).isEqualTo(1);
        PlanVersion first = draft();
        PlanVersion third = PlanVersion.draft(event.id(), 3, "org", now, null, List.of());
        assertThat(PlanVersion.nextNumber(List.of(third, first))).isEqualTo(4);
    }
}
