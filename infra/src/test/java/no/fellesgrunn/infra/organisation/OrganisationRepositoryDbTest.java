package no.fellesgrunn.infra.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

@PostgresTest
class OrganisationRepositoryDbTest {
    private final JdbcOrganisationRepository repository;

    OrganisationRepositoryDbTest(DataSource dataSource) {
        this.repository = new JdbcOrganisationRepository(dataSource);
    }

    @Test
    void storesAndFindsByIdNumberAndName() {
        Organisation frivillig =
                repository.save(Organisation.create("Bodø Frivilligsentral", null, Sector.VOLUNTARY, "1804"), "test");
        Organisation numbered = repository.save(
                Organisation.create(
                        "Brønnøysundregistrene", OrganisationNumber.parse("974760673"), Sector.STATE, "1813"),
                "test");
        assertThat(frivillig.version()).isEqualTo(1);
        assertThat(repository.findById(frivillig.id())).contains(frivillig);
        assertThat(repository.findByNumber(new OrganisationNumber("974760673"))).contains(numbered);
        assertThat(repository.findByName("  bodø frivilligsentral ")).containsExactly(frivillig);
        assertThat(repository.findByIds(List.of(frivillig.id(), numbered.id(), java.util.UUID.randomUUID())))
                .containsExactlyInAnyOrder(frivillig, numbered);
        assertThat(repository.findByIds(List.of())).isEmpty();
    }

    @Test
    void anUpdateRaisesTheVersionAndAStaleUpdateIsRefusedNamingWhatAndWho() {
        Organisation org =
                repository.save(Organisation.create("Nordlaks Testsenter", null, Sector.BUSINESS, "1866"), "test");
        Organisation kariEdit =
                repository.save(org.withDetails("Nordlaks Havbruk", null, Sector.BUSINESS, "1866"), "kari@ks.example");
        assertThat(kariEdit.version()).isEqualTo(2);

        assertThatThrownBy(() -> repository.save(
                        org.withDetails("Nordlaks AS", null, Sector.BUSINESS, "1866"), "ola@ks.example"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("organisation 'Nordlaks AS' was changed by kari@ks.example")
                .hasMessageContaining("your version 1, current version 2")
                .hasMessageContaining("not saved");
        assertThat(repository.findById(org.id()).orElseThrow().name()).isEqualTo("Nordlaks Havbruk");
    }

    @Test
    void theDatabaseRefusesADuplicateOrganisationNumberAndAnUnknownMunicipality() {
        repository.save(
                Organisation.create("Org A", OrganisationNumber.parse("915 240 216"), Sector.BUSINESS, "1804"), "test");
        assertThatThrownBy(() -> repository.save(
                        Organisation.create("Org B", new OrganisationNumber("915240216"), Sector.BUSINESS, "1804"),
                        "test"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.saveAll(
                        List.of(Organisation.create("Org C", null, Sector.BUSINESS, "9999")), "test"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.findByName("Org C")).isEmpty();
    }
}
