package no.fellesgrunn.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class DemoDataLoaderDbTest {
    private final DataSource dataSource;

    DemoDataLoaderDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void loadsTheDemoDataOnceIntoAnEmptyDatabaseAndReadsItBackUnchanged() {
        DemoDataLoader loader = new DemoDataLoader(dataSource);
        DemoData data = DemoDataGenerator.standard();

        assertThat(loader.loadIfEmpty()).isTrue();
        assertThat(loader.loadIfEmpty()).as("second start").isFalse();

        var events = new JdbcRegionalEventRepository(dataSource);
        assertThat(events.count()).isEqualTo(2);
        var bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        assertThat(bodo).isEqualTo(data.events().get(0).withVersion(1));
        assertThat(new JdbcActorRepository(dataSource).findAll())
                .hasSize(data.actors().size())
                .containsAll(data.actors().stream().map(a -> a.withVersion(1)).toList());
        assertThat(new JdbcOrganisationRepository(dataSource).findAll())
                .containsExactlyInAnyOrderElementsOf(
                        data.organisations().stream().map(o -> o.withVersion(1)).toList());
        assertThat(new JdbcChallengeRepository(dataSource).findAll())
                .containsExactlyInAnyOrderElementsOf(
                        data.challenges().stream().map(c -> c.withVersion(1)).toList());
        assertThat(new JdbcRegistrationRepository(dataSource).findByEvent(bodo.id()))
                .containsExactlyInAnyOrderElementsOf(data.registrationsFor(bodo).stream()
                        .map(r -> r.withVersion(1))
                        .toList());
    }
}
