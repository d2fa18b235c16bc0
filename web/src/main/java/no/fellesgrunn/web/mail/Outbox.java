package no.fellesgrunn.web.mail;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The demo outbox as a signed-in person may see it: a participant the mails to their own address,
 * the administrator every mail (whose text the page then hides unless it is theirs).
 */
@Service
public class Outbox {
    private final JdbcMailOutbox outbox;
    private final CurrentUser currentUser;

    public Outbox(JdbcMailOutbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @RolesAllowed({"PARTICIPANT", "ADMIN"})
    public List<JdbcMailOutbox.StoredMail> visible() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return outbox.findAll();
        }
        return outbox.findByRecipient(
                currentUser.account().map(a -> a.username()).orElse(""));
    }
}
