package no.fellesgrunn.web.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or from this address: try again after {@link #until()}. */
public class SignInLockedException extends AuthenticationException {
    private final transient Instant until;

    public SignInLockedException(Instant until) {
        super("Too many failed sign-ins; try again after " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
