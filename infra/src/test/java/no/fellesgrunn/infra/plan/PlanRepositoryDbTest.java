package no.fellesgrunn.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class PlanRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcPlanRepository repository;

    PlanRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcPlanRepository(dataSource);
        new DemoDataLoader(dataSource).loadIfEmpty();
    }

    @Test
    void storesDraftsPublishesAndRefusesStaleEdits() {
        RegionalEvent bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        List<Registration> people = new JdbcRegistrationRepository(dataSource).findByEvent(bodo.id());
        RoundTable a1 = bodo.tables().findFirst().orElseThrow();
        var challenge = bodo.challenges().get(0).challengeId();
        List<Seat> seats = List.of(
                new Seat(people.get(0).actorId(), bodo.rounds().get(0).id(), a1.id(), challenge, true),
                new Seat(people.get(1).actorId(), bodo.rounds().get(0).id(), a1.id(), challenge, false));
        Instant now = Instant.parse("2027-05-01T10:00:00Z");
        PlanVersion draft = repository.save(
                PlanVersion.draft(bodo.id(), 1, "solver", now, "0hard/0medium/-5soft", seats), "solver");
        assertThat(repository.findById(draft.id())).contains(draft);
        assertThat(repository.findPublished(bodo.id())).isEmpty();
        assertThat(repository.latestPublishedIds(bodo.id(), 2)).isEmpty();
        assertThat(repository.latestStatus(bodo.id())).contains(no.fellesgrunn.domain.plan.PlanStatus.DRAFT);
        assertThat(repository.latestStatus(java.util.UUID.randomUUID())).isEmpty();

        PlanVersion published =
                repository.save(draft.publish("kari@ks.example", now.plusSeconds(600)), "kari@ks.example");
        assertThat(repository.findPublished(bodo.id())).contains(published);
        assertThat(repository.findByEvent(bodo.id())).containsExactly(published);
        assertThat(repository.findLatest(bodo.id())).contains(published);
        assertThat(repository.latestStatus(bodo.id())).contains(no.fellesgrunn.domain.plan.PlanStatus.PUBLISHED);
        // A later draft is not among the published ids; a later publication comes first.
        PlanVersion second = repository.save(PlanVersion.draft(bodo.id(), 2, "solver", now, null, seats), "solver");
        assertThat(repository.latestPublishedIds(bodo.id(), 2)).containsExactly(published.id());
        assertThat(repository.findLatest(bodo.id())).contains(second);
        assertThat(repository.findPublished(bodo.id())).contains(published);
        repository.save(second.publish("kari@ks.example", now.plusSeconds(900)), "kari@ks.example");
        PlanVersion third = repository.save(
                PlanVersion.draft(bodo.id(), 3, "solver", now, null, seats)
                        .publish("kari@ks.example", now.plusSeconds(1200)),
                "kari@ks.example");
        assertThat(repository.latestPublishedIds(bodo.id(), 2)).containsExactly(third.id(), second.id());
        assertThat(repository.latestPublishedIds(bodo.id(), 5))
                .containsExactly(third.id(), second.id(), published.id());
        assertThat(repository.findLatest(bodo.id())).contains(third);
        assertThat(repository.findPublished(bodo.id())).contains(third);
        assertThat(repository.findLatest(java.util.UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> repository.save(draft.withSeats(List.of(), null), "ola@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("plan version 1 was changed by kari@ks.example");
    }

    @Test
    void replacesTheMatchesOfAnEvent() {
        RegionalEvent bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        List<Registration> people = new JdbcRegistrationRepository(dataSource).findByEvent(bodo.id());
        Instant now = Instant.parse("2027-04-01T10:00:00Z");
        Match first = Match.of(
                bodo.id(),
                people.get(0).actorId(),
                people.get(1).actorId(),
                0.5,
                List.of("ensomhet"),
                List.of("Both work on ensomhet"),
                now);
        repository.replaceMatches(bodo.id(), List.of(first));
        Match second =
                Match.of(bodo.id(), people.get(2).actorId(), people.get(3).actorId(), 0.25, List.of(), List.of(), now);
        repository.replaceMatches(bodo.id(), List.of(second));
        assertThat(repository.findMatches(bodo.id())).containsExactly(second);
        assertThat(repository.findMatches(null)).isEmpty();
    }
}
