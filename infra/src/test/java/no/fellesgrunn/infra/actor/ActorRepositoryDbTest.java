package no.fellesgrunn.infra.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

@PostgresTest
class ActorRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcActorRepository repository;

    ActorRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcActorRepository(dataSource);
    }

    private Actor kari(String email, UUID organisation) {
        return new Actor(
                UUID.randomUUID(),
                "Kari Nordmann",
                Email.of(email),
                "+47 915 00 000",
                organisation,
                "folkehelsekoordinator",
                "1804",
                List.of(new ThemeInterest("ensomhet", 1), new ThemeInterest("eldre", 2)),
                Set.of(Perspective.DRIVER, Perspective.DECISION_MAKER),
                Set.of("nb", "se"),
                "trenger hørselsslynge",
                new Consent(true, false, true),
                null,
                0);
    }

    @Test
    void storesEverythingAboutAnActorAndFindsItByEmail() {
        Organisation bodo = new JdbcOrganisationRepository(dataSource)
                .save(Organisation.create("Bodø kommune", null, Sector.MUNICIPALITY, "1804"), "test");
        Actor saved = repository.save(kari("kari@bodo.example", bodo.id()), "test");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.findById(saved.id())).contains(saved);
        assertThat(repository.findByEmail(Email.of("KARI@bodo.example"))).contains(saved);
        assertThat(repository.findByIds(List.of(saved.id(), UUID.randomUUID()))).containsExactly(saved);
    }

    @Test
    void anActorCanBeLinkedToAUserAccountAndFoundByIt() {
        UUID account = UUID.randomUUID();
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("insert into user_account (id, username, display_name, password_hash) values (?, ?, ?, ?)")
                .params(account, "kari.konto@bodo.example", "Kari", "{noop}x")
                .update();
        Actor saved = repository.save(kari("kari.konto@bodo.example", null), "test");
        Actor linked = repository.save(saved.withUserAccount(account), "web");
        assertThat(repository.findByUserAccount(account)).contains(linked);
        assertThat(repository.findByUserAccount(UUID.randomUUID())).isEmpty();
    }

    @Test
    void emailIsUnique() {
        repository.save(kari("dup@bodo.example", null), "test");
        assertThatThrownBy(() -> repository.save(kari("dup@bodo.example", null), "test"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anUpdateReplacesThemesAndPerspectivesAndAStaleOneIsRefused() {
        Actor saved = repository.save(kari("update@bodo.example", null), "test");
        Actor edited = new Actor(
                saved.id(),
                saved.name(),
                saved.email(),
                null,
                null,
                null,
                "1833",
                List.of(new ThemeInterest("rus", 1)),
                Set.of(Perspective.CREATIVE),
                Set.of("en"),
                null,
                Consent.NOTHING,
                null,
                saved.version());
        Actor stored = repository.save(edited, "kari@ks.example");
        assertThat(repository.findById(saved.id())).contains(stored);
        assertThat(stored.version()).isEqualTo(2);

        assertThatThrownBy(() -> repository.save(saved, "ola@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("actor Kari Nordmann <update@bodo.example> was changed by kari@ks.example");
        assertThat(repository.findById(saved.id())).contains(stored);
    }

    @Test
    void anUnknownThemeIsRefusedByTheDatabaseAndNothingIsStored() {
        Actor bad = new Actor(
                UUID.randomUUID(),
                "Ola",
                Email.of("ola@bad.example"),
                null,
                null,
                null,
                "1804",
                List.of(new ThemeInterest("no-such-theme", 1)),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                0);
        assertThatThrownBy(() -> repository.save(bad, "test")).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.findByEmail(Email.of("ola@bad.example"))).isEmpty();
    }
}
