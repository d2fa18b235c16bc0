package no.fellesgrunn.web.participant;

import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Me" in the participant workspace: always the signed-in account's own actor, never an id the
 * browser sent. Every participant service starts here.
 */
@Component
public class Me {
    private final CurrentUser currentUser;
    private final ActorRepository actors;

    public Me(CurrentUser currentUser, ActorRepository actors) {
        this.currentUser = currentUser;
        this.actors = actors;
    }

    public UserAccount account() {
        return currentUser.account().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The signed-in person's actor profile. */
    public Actor actor() {
        return actors.findByUserAccount(account().id())
                .orElseThrow(() -> new AccessDeniedException("this account has no participant profile"));
    }

    /** False for an account that has no actor profile yet (for example one made by hand). */
    public boolean hasProfile() {
        return currentUser
                .account()
                .flatMap(a -> actors.findByUserAccount(a.id()))
                .isPresent();
    }

    /** Who is written in updated_by: the account's username. */
    public String editedBy() {
        return account().username();
    }
}
