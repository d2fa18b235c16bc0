package no.fellesgrunn.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void usernameIsNormalisedSoOnePersonHasOneAccount() {
        UserAccount account =
                UserAccount.create("  Kari.Nordmann@Bodo.Kommune.no ", "Kari", "{bcrypt}x", Set.of(Role.ORGANISER));
        assertThat(account.username()).isEqualTo("kari.nordmann@bodo.kommune.no");
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> UserAccount.create("a@b.no", "A", "{bcrypt}x", Set.of()))
                .hasMessageContaining("at least one role");
    }

    @Test
    void anAccountNeverHoldsAnEmptyPasswordHash() {
        assertThatThrownBy(() -> UserAccount.create("a@b.no", "A", " ", Set.of(Role.ADMIN)))
                .hasMessageContaining("password hash");
    }

    @Test
    void aUsernameWithSpacesInsideIsRefused() {
        assertThatThrownBy(() -> UserAccount.create("kari nordmann@b.no", "A", "{bcrypt}x", Set.of(Role.ADMIN)))
                .hasMessageContaining("not valid");
    }

    @Test
    void rolesAreAnswered() {
        UserAccount account = UserAccount.create("a@b.no", "A", "{bcrypt}x", Set.of(Role.ADMIN, Role.ORGANISER));
        assertThat(account.hasRole(Role.ADMIN)).isTrue();
        assertThat(account.hasRole(Role.PARTICIPANT)).isFalse();
    }
}
