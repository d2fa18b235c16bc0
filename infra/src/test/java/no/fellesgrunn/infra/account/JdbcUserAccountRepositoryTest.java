package no.fellesgrunn.infra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

@PostgresTest
class JdbcUserAccountRepositoryTest {
    private final JdbcUserAccountRepository repository;

    JdbcUserAccountRepositoryTest(DataSource dataSource) {
        this.repository = new JdbcUserAccountRepository(dataSource);
    }

    @Test
    void anAddedAccountIsFoundByItsUsernameInAnyCaseWithItsRoles() {
        UserAccount kari = UserAccount.create(
                "kari@bodo.kommune.no", "Kari Nordmann", "{bcrypt}hash", Set.of(Role.ORGANISER, Role.PARTICIPANT));
        repository.add(kari);

        UserAccount found = repository.findByUsername("KARI@Bodo.kommune.no").orElseThrow();
        assertThat(found).isEqualTo(kari);
        assertThat(repository.findById(kari.id())).contains(kari);
    }

    @Test
    void aUsernameCanBeTakenOnlyOnce() {
        repository.add(UserAccount.create("ola@frivillig.no", "Ola", "{bcrypt}a", Set.of(Role.PARTICIPANT)));
        UserAccount twin = UserAccount.create("OLA@frivillig.no", "Ola igjen", "{bcrypt}b", Set.of(Role.PARTICIPANT));

        assertThatThrownBy(() -> repository.add(twin)).isInstanceOf(DuplicateKeyException.class);
        // The failed add left no half-saved account or role behind.
        assertThat(repository.findById(twin.id())).isEmpty();
    }

    @Test
    void theChosenLanguageIsKeptOnTheAccount() {
        repository.add(UserAccount.create("nina@vik.kommune.no", "Nina", "{bcrypt}a", Set.of(Role.PARTICIPANT)));
        assertThat(repository.preferredLanguage("nina@vik.kommune.no")).isEmpty();

        repository.choosePreferredLanguage("Nina@Vik.kommune.no", "nn");
        assertThat(repository.preferredLanguage("nina@vik.kommune.no")).contains("nn");
        repository.choosePreferredLanguage("nina@vik.kommune.no", "en");
        assertThat(repository.preferredLanguage("NINA@vik.kommune.no")).contains("en");

        assertThat(repository.preferredLanguage("nobody@vik.kommune.no")).isEmpty();
        repository.choosePreferredLanguage("nobody@vik.kommune.no", "nn");
        assertThatThrownBy(() -> repository.choosePreferredLanguage("nina@vik.kommune.no", "se"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.preferredLanguage("nina@vik.kommune.no")).contains("en");
    }

    @Test
    void accountsAreListedByRole() {
        repository.add(UserAccount.create("admin@fellesgrunn.no", "Admin", "{bcrypt}a", Set.of(Role.ADMIN)));
        repository.add(UserAccount.create("org@ks.no", "Organiser", "{bcrypt}a", Set.of(Role.ORGANISER)));

        assertThat(repository.findByRole(Role.ADMIN))
                .extracting(UserAccount::username)
                .containsExactly("admin@fellesgrunn.no");
        assertThat(repository.findByRole(Role.ORGANISER))
                .extracting(UserAccount::username)
                .contains("org@ks.no")
                .doesNotContain("admin@fellesgrunn.no");
    }

    @Test
    void theSchemaRefusesAnUnknownRole(DataSource dataSource) {
        UserAccount account = UserAccount.create("x@y.no", "X", "{bcrypt}a", Set.of(Role.PARTICIPANT));
        repository.add(account);
        assertThatThrownBy(() -> org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                        .sql("insert into user_account_role (account_id, role) values (?, 'KING')")
                        .param(account.id())
                        .update())
                .hasMessageContaining("user_account_role_role_check");
    }
}
