package no.fellesgrunn.infra.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableCircle;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class TableOutcomeRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcTableOutcomeRepository repository;

    TableOutcomeRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcTableOutcomeRepository(dataSource);
        new DemoDataLoader(dataSource).loadIfEmpty();
    }

    @Test
    void storesAnOutcomeWithStepsAndCommentsThroughConfirmationAndRefusesStaleEdits() {
        RegionalEvent event =
                new JdbcRegionalEventRepository(dataSource).findAll().get(0);
        List<Actor> actors = new JdbcActorRepository(dataSource).findAll();
        Actor host = actors.get(0);
        Actor guest = actors.get(1);
        var round = event.rounds().get(0);
        var table = event.tables().findFirst().orElseThrow();
        var challenge = event.challenges().get(0).challengeId();
        TableCircle circle = new TableCircle(
                event.id(),
                round.id(),
                table.id(),
                challenge,
                host.id(),
                null,
                Set.of(host.id(), guest.id()),
                event.organisers());
        LocalDate today = LocalDate.of(2027, 5, 14);
        Instant now = Instant.parse("2027-05-14T10:00:00Z");

        TableOutcome draft = TableOutcome.record(
                circle,
                host.id(),
                new Findings("Ensomhet", "Eldre", "Transport", "Besøksvenn"),
                List.of(
                        TableStep.of(
                                "Kartlegge", StepOwner.person(guest.id()), today.plusDays(10), "Frivilligsentralen"),
                        TableStep.of("Søke midler", StepOwner.organisation("Bodø kommune"), today.plusDays(20), null)),
                today);
        TableOutcome saved = repository.save(draft, "host");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.find(event.id(), round.id(), table.id())).contains(saved);

        TableOutcome confirmed = repository.save(
                saved.confirm(circle, host.id(), now)
                        .comment(circle, guest.id(), "Jeg tar med meg skolen", now.plusSeconds(5)),
                "host");
        TableOutcome moved = repository.save(
                confirmed.moveStep(circle, guest.id(), saved.steps().get(0).id(), StepStatus.UNDER_WAY), "guest");
        TableOutcome loaded = repository.findById(saved.id()).orElseThrow();
        assertThat(loaded).isEqualTo(moved);
        assertThat(loaded.confirmedAt()).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
        assertThat(loaded.comments()).singleElement().extracting(c -> c.text()).isEqualTo("Jeg tar med meg skolen");
        assertThat(loaded.steps())
                .extracting(TableStep::status)
                .containsExactly(StepStatus.UNDER_WAY, StepStatus.NOT_STARTED);
        assertThat(loaded.steps().get(1).owner().organisation()).isEqualTo("Bodø kommune");

        assertThat(repository.findByStepOwner(guest.id())).containsExactly(loaded);
        assertThat(repository.findByStepOwner(host.id())).isEmpty();
        assertThat(repository.findByEvents(Set.of(event.id()))).containsExactly(loaded);
        assertThat(repository.findByEvents(Set.of())).isEmpty();
        assertThat(repository.findWithOpenPersonalSteps()).containsExactly(loaded);
        assertThat(repository.findInvolving(guest.id())).containsExactly(loaded);
        assertThat(repository.findInvolving(host.id())).containsExactly(loaded);
        assertThat(repository.findInvolving(actors.get(5).id())).isEmpty();
        TableOutcome allDone = repository.save(
                loaded.moveStep(circle, guest.id(), saved.steps().get(0).id(), StepStatus.DONE), "guest");
        // Only the organisation's step is open now: no one to remind.
        assertThat(repository.findWithOpenPersonalSteps()).isEmpty();
        assertThat(repository.findByStepOwner(guest.id())).containsExactly(allDone);

        assertThatThrownBy(() -> repository.save(confirmed.comment(circle, host.id(), "for sent", now), "host"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("the outcome of table " + table.label() + " in round 1");
    }

    @Test
    void aReminderIsClaimedOncePerStepAndKind() {
        JdbcReminderLog log = new JdbcReminderLog(dataSource);
        java.util.UUID step = java.util.UUID.randomUUID();
        Instant at = Instant.parse("2027-06-01T05:00:00Z");
        assertThat(log.claim(step, no.fellesgrunn.domain.outcome.Reminder.WEEK_BEFORE, at))
                .isTrue();
        assertThat(log.claim(step, no.fellesgrunn.domain.outcome.Reminder.WEEK_BEFORE, at))
                .isFalse();
        assertThat(log.claim(step, no.fellesgrunn.domain.outcome.Reminder.OVERDUE, at))
                .isTrue();
        assertThat(log.claim(java.util.UUID.randomUUID(), no.fellesgrunn.domain.outcome.Reminder.WEEK_BEFORE, at))
                .isTrue();
    }

    @Test
    void aSecretaryIsNamedChangedAndRemoved() {
        RegionalEvent event =
                new JdbcRegionalEventRepository(dataSource).findAll().get(0);
        List<Actor> actors = new JdbcActorRepository(dataSource).findAll();
        var round = event.rounds().get(1);
        var table = event.tables().skip(1).findFirst().orElseThrow();
        assertThat(repository.secretary(event.id(), round.id(), table.id())).isEmpty();
        repository.nameSecretary(
                event.id(), round.id(), table.id(), actors.get(2).id());
        repository.nameSecretary(
                event.id(), round.id(), table.id(), actors.get(3).id());
        assertThat(repository.secretary(event.id(), round.id(), table.id()))
                .contains(actors.get(3).id());
        repository.nameSecretary(event.id(), round.id(), table.id(), null);
        assertThat(repository.secretary(event.id(), round.id(), table.id())).isEmpty();
    }
}
