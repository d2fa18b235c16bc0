package no.fellesgrunn.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.participants.IssuedInvitation;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A link an organiser makes in the organiser workspace opens in the participant workspace, once. */
class InvitationLinksAcrossWorkspacesTest extends WebIntegrationTest {
    @Autowired
    no.fellesgrunn.web.organiser.participants.Invitations eventInvitations;

    @Autowired
    Invitations invitations;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ActorRepository actors;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    UserDetailsService users;

    @Test
    void anOrganisersLinkLetsThePersonCreateTheirLoginOnce() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser = accounts.findByRole(Role.ORGANISER).get(0).username();
        List<IssuedInvitation> issued =
                SignedIn.as(users, organiser, () -> eventInvitations.inviteAllWithoutAccount(bodo.id()));
        assertThat(issued).isNotEmpty();
        IssuedInvitation first = issued.get(0);

        InvitationDetails details = invitations.open(first.token()).orElseThrow();
        assertThat(details.email()).isEqualTo(first.email());

        UserAccount account =
                invitations.createAccount(first.token(), "ignored for a known person", "et-langt-passord-1", "1804");
        assertThat(account.username()).isEqualTo(first.email());
        assertThat(account.roles()).containsExactly(Role.PARTICIPANT);
        assertThat(actors.findByUserAccount(account.id()).orElseThrow().id()).isEqualTo(first.actorId());

        // The link works once.
        assertThat(invitations.open(first.token())).isEmpty();
        assertThatThrownBy(() -> invitations.createAccount(first.token(), "X", "et-langt-passord-2", "1804"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aMadeUpTokenOpensNothing() {
        assertThat(invitations.open("not-a-real-token-at-all-000000000000000000"))
                .isEmpty();
    }
}
