package no.fellesgrunn.infra.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class ChallengeRepositoryDbTest {
    private final JdbcChallengeRepository repository;

    ChallengeRepositoryDbTest(DataSource dataSource) {
        this.repository = new JdbcChallengeRepository(dataSource);
    }

    @Test
    void storesAChallengeWithItsThemesPerspectivesAndHistory() {
        Instant t = Instant.parse("2027-01-10T08:00:00Z");
        Challenge c = Challenge.draft(
                        "Ensomhet blant eldre i Bodø",
                        "Mange bor alene",
                        "1804",
                        null,
                        Set.of("ensomhet", "eldre"),
                        Set.of(Perspective.LIVED_EXPERIENCE, Perspective.DECISION_MAKER))
                .moveTo(ChallengeStatus.SUBMITTED, t, "kari@bodo.example");
        Challenge saved = repository.save(c, "test");
        assertThat(repository.findById(c.id())).contains(saved);

        Challenge selected = repository.save(
                saved.moveTo(ChallengeStatus.SELECTED, t.plusSeconds(60), "org@ks.example"), "org@ks.example");
        assertThat(repository.findById(c.id()).orElseThrow().history()).hasSize(2);
        assertThat(repository.findByTitleAndOwner("ENSOMHET BLANT ELDRE I BODØ", "1804"))
                .contains(selected);
        assertThat(repository.findByTitleAndOwner("Ensomhet blant eldre i Bodø", "1833"))
                .isEmpty();
    }

    @Test
    void aStaleStatusChangeIsRefused() {
        Challenge saved = repository.save(
                Challenge.draft("Frafall i skolen i Rana", null, "1833", null, Set.of(), Set.of()), "test");
        repository.save(saved.moveTo(ChallengeStatus.SUBMITTED, Instant.now(), "kari"), "kari@rana.example");
        assertThatThrownBy(() -> repository.save(
                        saved.moveTo(ChallengeStatus.WITHDRAWN, Instant.now(), "ola"), "ola@rana.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("challenge 'Frafall i skolen i Rana' was changed by kari@rana.example");
        assertThat(repository.findById(saved.id()).orElseThrow().status()).isEqualTo(ChallengeStatus.SUBMITTED);
    }
}
