package no.fellesgrunn.infra.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

@PostgresTest
class RegistrationRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcRegistrationRepository repository;
    private RegionalEvent bodo;

    RegistrationRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcRegistrationRepository(dataSource);
    }

    @BeforeEach
    void demoData() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
    }

    @Test
    void changesAvailabilityWishesAndStatusAndRefusesAStaleEdit() {
        Registration r = repository.findByEvent(bodo.id()).get(0);
        Registration edited = repository.save(
                r.withDetailsOf(new Registration(
                                r.id(),
                                r.eventId(),
                                r.actorId(),
                                Set.of(bodo.rounds().get(2).id()),
                                List.of(
                                        bodo.challenges().get(3).challengeId(),
                                        bodo.challenges().get(1).challengeId()),
                                true,
                                "rullestol",
                                r.status(),
                                r.version()))
                        .moveTo(RegistrationStatus.CANCELLED),
                "kari@ks.example");
        assertThat(repository.findByEventAndActor(bodo.id(), r.actorId())).contains(edited);
        assertThat(repository.findByActor(r.actorId())).containsExactly(edited);

        assertThatThrownBy(() -> repository.save(r.moveTo(RegistrationStatus.ATTENDED), "ola@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("the registration of "
                        + new no.fellesgrunn.infra.actor.JdbcActorRepository(dataSource)
                                .findById(r.actorId())
                                .orElseThrow()
                                .name()
                        + " for Regional møteplass Bodø was changed by kari@ks.example");
    }

    @Test
    void anActorRegistersOnlyOncePerEvent() {
        Registration r = repository.findByEvent(bodo.id()).get(1);
        Registration again = Registration.register(bodo, r.actorId(), Set.of(), List.of(), false, null);
        assertThatThrownBy(() -> repository.save(again, "test")).isInstanceOf(DataIntegrityViolationException.class);
    }
}
