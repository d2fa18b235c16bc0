package no.fellesgrunn.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanVersionTest {
    final UUID event = UUID.randomUUID();
    final UUID kari = UUID.randomUUID();
    final UUID ola = UUID.randomUUID();
    final UUID round = UUID.randomUUID();
    final UUID table = UUID.randomUUID();
    final Instant now = Instant.parse("2027-05-01T12:00:00Z");

    @Test
    void aParticipantHasOneSeatPerRound() {
        assertThatThrownBy(() -> PlanVersion.draft(
                        event,
                        1,
                        "org",
                        now,
                        null,
                        List.of(
                                new Seat(kari, round, table, null, false),
                                new Seat(kari, round, UUID.randomUUID(), null, false))))
                .hasMessageContaining("two seats in round");
    }

    @Test
    void aTableHostsOneChallengePerRound() {
        assertThatThrownBy(() -> PlanVersion.draft(
                        event,
                        1,
                        "org",
                        now,
                        null,
                        List.of(
                                new Seat(kari, round, table, UUID.randomUUID(), false),
                                new Seat(ola, round, table, UUID.randomUUID(), false))))
                .hasMessageContaining("two challenges");
    }

    @Test
    void publishingRecordsWhoAndWhenAndFreezesThePlan() {
        PlanVersion published = PlanVersion.draft(
                        event, 1, "org", now, "0hard/0medium/-3soft", List.of(new Seat(kari, round, table, null, true)))
                .publish("kari@ks.example", now.plusSeconds(60));
        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("kari@ks.example");
        assertThatThrownBy(() -> published.publish("x", now)).hasMessageContaining("already published");
        assertThatThrownBy(() -> published.withSeats(List.of(), null)).hasMessageContaining("make a new draft");
    }

    @Test
    void aMatchNeedsTwoPeopleAndASimilarityBetweenZeroAndOne() {
        assertThatThrownBy(() -> Match.of(event, kari, kari, 0.5, List.of(), List.of(), now))
                .hasMessageContaining("themselves");
        assertThatThrownBy(() -> Match.of(event, kari, ola, 1.5, List.of(), List.of(), now))
                .hasMessageContaining("between 0 and 1");
        assertThat(Match.of(event, kari, ola, 0.5, List.of("ensomhet"), List.of(), now)
                        .involves(ola))
                .isTrue();
    }

    @Test
    void aPlanThatBreaksHardRulesIsPublishedOnlyWithAReasonKeptWithIt() {
        PlanVersion draft = PlanVersion.draft(
                event, 2, "org", now, "-2hard/0medium/-3soft", List.of(new Seat(kari, round, table, null, false)));
        assertThatThrownBy(() -> draft.publish("kari@ks.example", now, java.util.Set.of("Accessible table"), " "))
                .hasMessageContaining("Accessible table")
                .hasMessageContaining("needs a reason");
        PlanVersion published = draft.publish(
                "kari@ks.example",
                now,
                java.util.Set.of("Accessible table"),
                "Rullestolbrukeren har meldt at bordet passer");
        assertThat(published.overrideReason()).isEqualTo("Rullestolbrukeren har meldt at bordet passer");
        assertThat(draft.publish("kari@ks.example", now, java.util.Set.of(), "ikke nødvendig")
                        .overrideReason())
                .isNull();
    }
}
