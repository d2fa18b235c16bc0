package no.fellesgrunn.web.organiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo has two organisers: one runs only Bodø, the other Bodø and Agder. */
class OrganiserEventsTest extends WebIntegrationTest {
    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    UserDetailsService users;

    private RegionalEvent bodo;
    private RegionalEvent agder;
    private String bodoOnly;
    private String both;

    @BeforeEach
    void demo() {
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        for (UserAccount organiser : accounts.findByRole(Role.ORGANISER)) {
            List<RegionalEvent> mine = SignedIn.as(users, organiser.username(), organiserEvents::mine);
            if (mine.size() == 1) {
                bodoOnly = organiser.username();
            } else {
                both = organiser.username();
            }
        }
    }

    @Test
    void eachOrganiserSeesExactlyTheEventsTheyOrganise() {
        assertThat(SignedIn.as(users, bodoOnly, organiserEvents::mine))
                .extracting(RegionalEvent::id)
                .containsExactly(bodo.id());
        assertThat(SignedIn.as(users, both, organiserEvents::mine))
                .extracting(RegionalEvent::id)
                .containsExactlyInAnyOrder(bodo.id(), agder.id());
    }

    @Test
    void anOrganiserCannotOpenSomeoneElsesEventByItsId() {
        assertThat(SignedIn.as(users, bodoOnly, () -> organiserEvents.open(bodo.id()))
                        .id())
                .isEqualTo(bodo.id());
        assertThatThrownBy(() -> SignedIn.as(users, bodoOnly, () -> organiserEvents.open(agder.id())))
                .isInstanceOf(AccessDeniedException.class);
        // A made-up id is refused the same way: no way to probe which ids exist.
        assertThatThrownBy(() -> SignedIn.as(users, bodoOnly, () -> organiserEvents.open(UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You do not organise this event.");
    }

    @Test
    void participantsAndAdminsCannotUseTheOrganiserServices() {
        String participant = accounts.findByRole(Role.PARTICIPANT).get(0).username();
        String admin = accounts.findByRole(Role.ADMIN).get(0).username();
        assertThatThrownBy(() -> SignedIn.as(users, participant, organiserEvents::mine))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, participant, () -> organiserEvents.open(bodo.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, admin, () -> organiserEvents.open(bodo.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
