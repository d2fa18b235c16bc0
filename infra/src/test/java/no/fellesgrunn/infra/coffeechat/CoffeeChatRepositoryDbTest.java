package no.fellesgrunn.infra.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.NextStep;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class CoffeeChatRepositoryDbTest {
    private final DataSource dataSource;
    private final JdbcCoffeeChatRepository repository;

    CoffeeChatRepositoryDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.repository = new JdbcCoffeeChatRepository(dataSource);
        new DemoDataLoader(dataSource).loadIfEmpty();
    }

    @Test
    void storesAChatThroughItsLifeWithNextStepsAndRefusesStaleEdits() {
        List<Actor> actors = new JdbcActorRepository(dataSource).findAll();
        Actor kari = actors.get(0);
        Actor ola = actors.get(1);
        CoffeeChat proposed = repository.save(
                CoffeeChat.propose(null, kari.id(), ola.id(), "ensomhet", "Du kjenner eldresenteret"), "kari");
        CoffeeChat agreed =
                repository.save(proposed.agree("Stormen bibliotek", LocalDateTime.of(2027, 2, 3, 10, 0)), "kari");
        NextStep step = NextStep.of("Invitere pensjonistforeningen", ola.id(), LocalDate.of(2027, 3, 1));
        CoffeeChat held = repository.save(
                agreed.held("Felles tredje: ensomhet blant eldre", List.of(step), LocalDateTime.of(2027, 2, 3, 11, 0)),
                "kari");

        assertThat(repository.findById(held.id())).contains(held);
        assertThat(repository.findByActor(ola.id())).containsExactly(held);
        CoffeeChat done = repository.save(held.withNextStepDone(step.id()), "ola");
        assertThat(repository
                        .findById(held.id())
                        .orElseThrow()
                        .nextSteps()
                        .get(0)
                        .done())
                .isTrue();
        assertThat(done.version()).isEqualTo(4);

        assertThatThrownBy(() -> repository.save(agreed.cancel(), "ola"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining(
                        "the coffee chat between " + kari.name() + " and " + ola.name() + " was changed by ola");
    }
}
