package no.fellesgrunn.web.admin;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.web.security.SignInThrottle;
import org.springframework.stereotype.Service;

/** The administrator sees which account names are locked after failed sign-ins, and can open them. */
@Service
public class SignInLocks {
    private final SignInThrottle throttle;

    public SignInLocks(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @RolesAllowed("ADMIN")
    public List<SignInThrottle.Lock> lockedAccounts() {
        return throttle.lockedAccounts();
    }

    @RolesAllowed("ADMIN")
    public void unlock(String username) {
        throttle.unlock(username);
    }
}
