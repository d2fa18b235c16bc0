package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.fellesgrunn.web.admin.OrganiserAccounts;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Forbidden actions are refused by the services themselves, whatever the UI shows. */
class ServiceSecurityTest extends WebIntegrationTest {
    @Autowired
    OrganiserAccounts organiserAccounts;

    @Test
    void nobodyCanAddOrganisersWithoutSigningIn() {
        assertThatThrownBy(() -> organiserAccounts.addOrganiser("x@y.example", "X", "1804"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ORGANISER")
    void anOrganiserCannotAddOrganisers() {
        assertThatThrownBy(() -> organiserAccounts.addOrganiser("x@y.example", "X", "1804"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organiserAccounts.organisers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void aParticipantCannotListOrganisers() {
        assertThatThrownBy(() -> organiserAccounts.organisers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theAdminCan() {
        organiserAccounts.addOrganiser("ny@arrangor.example", "Ny Arrangør", "1804");
        assertThat(organiserAccounts.organisers()).extracting(a -> a.username()).contains("ny@arrangor.example");
    }
}
