package no.fellesgrunn.infra.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class RegionalEventRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcRegionalEventRepository repository;

    RegionalEventRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcRegionalEventRepository(dataSource);
    }

    @BeforeEach
    void demoData() {
        new DemoDataLoader(dataSource).loadIfEmpty();
    }

    private RegionalEvent agder() {
        return repository.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
    }

    @Test
    void editingRoomsAndRoundsKeepsWhatRegistrationsPointAt() {
        RegionalEvent agder = agder();
        var registrations = new JdbcRegistrationRepository(dataSource);
        Round first = agder.rounds().get(0);
        long availableInFirst = registrations.findByEvent(agder.id()).stream()
                .filter(r -> r.availableRounds().contains(first.id()))
                .count();

        List<Room> rooms = new ArrayList<>(agder.rooms());
        Room extra = Room.of("Lesesalen", List.of(RoundTable.of("L1", 6, true)));
        rooms.add(extra);
        Round later = new Round(
                agder.rounds().get(1).id(),
                2,
                agder.rounds().get(1).start().plusMinutes(15),
                agder.rounds().get(1).end().plusMinutes(15));
        RegionalEvent edited = repository.save(
                agder.withRooms(rooms).withRounds(List.of(first, later)).moveTo(EventStatus.REGISTRATION_OPEN),
                "kari@ks.example");

        assertThat(repository.findById(agder.id())).contains(edited);
        assertThat(edited.version()).isEqualTo(agder.version() + 1);
        assertThat(registrations.findByEvent(agder.id()).stream()
                        .filter(r -> r.availableRounds().contains(first.id()))
                        .count())
                .isEqualTo(availableInFirst);
    }

    @Test
    void aStaleEditOfAnEventIsRefused() {
        RegionalEvent agder = agder();
        repository.save(agder.withOrganisers(java.util.Set.of()), "kari@ks.example");
        assertThatThrownBy(() -> repository.save(agder.moveTo(EventStatus.REGISTRATION_OPEN), "ola@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("event Regional møteplass Agder was changed by kari@ks.example");
    }
}
