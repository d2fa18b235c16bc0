package no.fellesgrunn.infra.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class ReferenceDataRepositoryDbTest {
    private final JdbcReferenceDataRepository repository;
    private final DataSource dataSource;

    ReferenceDataRepositoryDbTest(DataSource dataSource) {
        this.repository = new JdbcReferenceDataRepository(dataSource);
        this.dataSource = dataSource;
    }

    @Test
    void aThemeSavedByAnotherNodeIsSeenOnceTheCachedThemesAreNoLongerFresh() {
        JdbcReferenceDataRepository longLived =
                new JdbcReferenceDataRepository(dataSource, java.time.Duration.ofHours(1));
        JdbcReferenceDataRepository expiring = new JdbcReferenceDataRepository(dataSource, java.time.Duration.ZERO);
        assertThat(longLived.theme("fra-en-annen-node")).isEmpty();
        assertThat(expiring.theme("fra-en-annen-node")).isEmpty();
        // Another node (another repository) saves a theme; this one has its themes cached.
        new JdbcReferenceDataRepository(dataSource)
                .saveTheme(Theme.added("Fra en annen node", "From another node", Set.of()), "test");
        assertThat(longLived.theme("fra-en-annen-node"))
                .as("still within its freshness")
                .isEmpty();
        assertThat(expiring.theme("fra-en-annen-node"))
                .as("read again once no longer fresh")
                .isPresent();
    }

    @Test
    void theMigrationLoadedCountiesMunicipalitiesAndGoals() {
        assertThat(repository.counties()).hasSize(15);
        assertThat(repository.municipalities()).hasSize(357);
        assertThat(repository.municipality("1804").orElseThrow().name()).isEqualTo("Bodø");
        assertThat(repository.municipality("9999")).isEmpty();
        assertThat(repository.sdgGoals()).hasSize(17);
    }

    @Test
    void theCuratedThemesAreStoredWithTheirGoals() {
        assertThat(repository.themes())
                .filteredOn(Theme::curated)
                .containsExactlyInAnyOrderElementsOf(ThemeVocabulary.curatedThemes().stream()
                        .map(t -> t.withVersion(1))
                        .toList());
        assertThat(repository.theme("klima-og-miljo").orElseThrow().sdgGoals()).containsExactlyInAnyOrder(7, 13, 15);
        assertThat(repository.theme("ensomhet").orElseThrow().nameNn()).isEqualTo("Einsemd");
    }

    @Test
    void anOrganiserCanAddAThemeAndAStaleEditIsRefused() {
        Theme added = repository.saveTheme(
                Theme.added("Sjømat og kystkultur", "Seafood and coastal culture", Set.of(14, 8)), "kari@ks.example");
        assertThat(added.version()).isEqualTo(1);
        assertThat(repository.theme("sjomat-og-kystkultur")).contains(added);
        assertThat(added.nameNn()).isEqualTo("Sjømat og kystkultur");

        Theme renamed = repository.saveTheme(
                new Theme(
                        added.key(), "Sjømat og kystkultur i nord", added.nameEn(), Set.of(14), false, added.version()),
                "ola@ks.example");
        assertThat(repository.theme(added.key()).orElseThrow().sdgGoals()).containsExactly(14);

        assertThatThrownBy(() -> repository.saveTheme(added, "kari@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("theme 'Sjømat og kystkultur' was changed by ola@ks.example")
                .hasMessageContaining("your version 1, current version 2");
        assertThat(repository.theme(added.key())).contains(renamed);
    }
}
