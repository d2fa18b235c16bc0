package no.fellesgrunn.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class TableOutcomeTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 14);
    private static final Instant NOW = Instant.parse("2027-05-14T10:00:00Z");
    private final UUID host = UUID.randomUUID();
    private final UUID guest = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID secretary = UUID.randomUUID();
    private final UUID organiser = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final TableCircle circle = new TableCircle(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            host,
            null,
            Set.of(host, guest, other),
            Set.of(organiser));
    private final Findings found =
            new Findings("Ensomhet blant eldre", "Eldre som bor alene", "Transport", "Besøksvenn");

    private TableOutcome recorded() {
        return TableOutcome.record(
                circle,
                host,
                found,
                List.of(
                        TableStep.of(
                                "Kartlegge tilbud", StepOwner.person(guest), TODAY.plusDays(30), "Frivilligsentralen"),
                        TableStep.of("Søke midler", StepOwner.organisation("Bodø kommune"), TODAY.plusDays(60), null)),
                TODAY);
    }

    @Test
    void theHostRecordsAndConfirmsAndThenOnlyCommentsAndProgressChangeIt() {
        TableOutcome outcome = recorded();
        assertThat(outcome.confirmed()).isFalse();
        assertThat(outcome.steps()).extracting(TableStep::status).containsOnly(StepStatus.NOT_STARTED);

        TableOutcome confirmed = outcome.confirm(circle, host, NOW);
        assertThat(confirmed.confirmedBy()).isEqualTo(host);
        assertThat(confirmed.confirmedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> confirmed.rewrite(circle, host, found, List.of(), TODAY))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_CONFIRMED);
        assertThatThrownBy(() -> confirmed.confirm(circle, host, NOW)).isInstanceOf(OutcomeRefused.class);

        TableOutcome commented = confirmed.comment(circle, other, "Jeg kan være med", NOW);
        assertThat(commented.comments()).singleElement().satisfies(c -> {
            assertThat(c.authorId()).isEqualTo(other);
            assertThat(c.text()).isEqualTo("Jeg kan være med");
        });
        UUID stepId = commented.steps().get(0).id();
        TableOutcome started = commented.moveStep(circle, guest, stepId, StepStatus.UNDER_WAY);
        assertThat(started.steps().get(0).status()).isEqualTo(StepStatus.UNDER_WAY);
        assertThat(started.confirmed()).isTrue();
    }

    @Test
    void onlyTheHostOrTheSecretaryRecordsAndOnlyTheHostConfirms() {
        assertThatThrownBy(() -> TableOutcome.record(circle, guest, found, List.of(), TODAY))
                .isInstanceOf(OutcomeRefused.class)
                .hasMessageContaining("host or the table secretary");
        TableCircle withSecretary = new TableCircle(
                circle.eventId(),
                circle.roundId(),
                circle.tableId(),
                circle.challengeId(),
                host,
                secretary,
                circle.seated(),
                circle.organisers());
        TableOutcome bySecretary = TableOutcome.record(withSecretary, secretary, found, List.of(), TODAY);
        assertThat(bySecretary.recordedBy()).isEqualTo(secretary);
        assertThatThrownBy(() -> bySecretary.confirm(withSecretary, secretary, NOW))
                .isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> bySecretary.confirm(withSecretary, organiser, NOW))
                .isInstanceOf(OutcomeRefused.class);
        assertThat(bySecretary.confirm(withSecretary, host, NOW).confirmed()).isTrue();

        // At an open table (no host) the secretary confirms.
        TableCircle open = new TableCircle(
                circle.eventId(),
                circle.roundId(),
                circle.tableId(),
                null,
                null,
                secretary,
                Set.of(guest),
                Set.of(organiser));
        assertThat(TableOutcome.record(open, secretary, found, List.of(), TODAY)
                        .confirm(open, secretary, NOW)
                        .confirmed())
                .isTrue();
    }

    @Test
    void aConfirmationNeedsTheCommonThird() {
        TableOutcome blank =
                TableOutcome.record(circle, host, new Findings(null, "Eldre", null, null), List.of(), TODAY);
        assertThatThrownBy(() -> blank.confirm(circle, host, NOW))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_NO_COMMON_THIRD);
    }

    @Test
    void stepsNeedAnOwnerAtTheTableAndADueDateNotPassed() {
        assertThatThrownBy(() -> TableStep.of("Ringe", StepOwner.person(guest), null, null))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_DUE);
        assertThatThrownBy(() -> TableStep.of("Ringe", null, TODAY, null)).isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> new StepOwner(guest, "Bodø kommune")).isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> TableOutcome.record(
                        circle,
                        host,
                        found,
                        List.of(TableStep.of("Ringe", StepOwner.person(stranger), TODAY, null)),
                        TODAY))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_OWNER_NOT_AT_TABLE);
        assertThatThrownBy(() -> TableOutcome.record(
                        circle,
                        host,
                        found,
                        List.of(TableStep.of("Ringe", StepOwner.person(guest), TODAY.minusDays(1), null)),
                        TODAY))
                .isInstanceOf(OutcomeRefused.class)
                .extracting(e -> ((OutcomeRefused) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.OUTCOME_DUE_PASSED);

        // A step kept as it was may be overdue by now; rewriting the outcome keeps it.
        TableOutcome outcome = recorded();
        TableOutcome later = outcome.rewrite(circle, host, found, outcome.steps(), TODAY.plusDays(100));
        assertThat(later.steps()).isEqualTo(outcome.steps());
        assertThat(later.steps().get(0).overdue(TODAY.plusDays(100))).isTrue();
        assertThat(later.steps().get(0).overdue(TODAY)).isFalse();
    }

    @Test
    void onlyTheTablesPeopleCommentAndOrganisersOnlyRead() {
        TableOutcome outcome = recorded();
        assertThatThrownBy(() -> outcome.comment(circle, stranger, "Hei", NOW)).isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> outcome.comment(circle, organiser, "Hei", NOW)).isInstanceOf(OutcomeRefused.class);
        assertThat(circle.mayRead(organiser)).isTrue();
        assertThat(circle.mayRead(guest)).isTrue();
        assertThat(circle.mayRead(stranger)).isFalse();
        assertThat(outcome.comment(circle, guest, "Hei", NOW).comments()).hasSize(1);
    }

    @Test
    void statusChangesFollowTheLifeCycleAndBelongToTheOwner() {
        TableOutcome outcome = recorded();
        UUID personal = outcome.steps().get(0).id();
        UUID organisational = outcome.steps().get(1).id();
        assertThatThrownBy(() -> outcome.moveStep(circle, other, personal, StepStatus.DONE))
                .isInstanceOf(OutcomeRefused.class);
        assertThatThrownBy(() -> outcome.moveStep(circle, organiser, personal, StepStatus.DONE))
                .isInstanceOf(OutcomeRefused.class);
        TableOutcome done = outcome.moveStep(circle, guest, personal, StepStatus.DONE);
        assertThat(done.steps().get(0).status()).isEqualTo(StepStatus.DONE);
        assertThatThrownBy(() -> done.moveStep(circle, guest, personal, StepStatus.DROPPED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(done.moveStep(circle, guest, personal, StepStatus.UNDER_WAY)
                        .steps()
                        .get(0)
                        .status())
                .isEqualTo(StepStatus.UNDER_WAY);
        // An organisation's step is moved by an organiser or the host; not by others at the table.
        assertThat(outcome.moveStep(circle, organiser, organisational, StepStatus.DROPPED)
                        .steps()
                        .get(1)
                        .status())
                .isEqualTo(StepStatus.DROPPED);
        assertThat(outcome.moveStep(circle, host, organisational, StepStatus.UNDER_WAY)
                        .steps()
                        .get(1)
                        .status())
                .isEqualTo(StepStatus.UNDER_WAY);
        assertThatThrownBy(() -> outcome.moveStep(circle, guest, organisational, StepStatus.DONE))
                .isInstanceOf(OutcomeRefused.class);
        assertThat(done.steps().get(0).overdue(TODAY.plusYears(1))).isFalse();
    }
}
