package no.fellesgrunn.web.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind {@link SignInThrottle}: a locked account name or client address is
 * refused before its password is looked at; every failure is counted, success clears the account.
 * The wrapped provider (Spring's {@code DaoAuthenticationProvider}) runs a dummy password check for
 * unknown accounts, so they take as long to refuse as wrong passwords for known ones.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException failure) {
            Optional<Instant> nowLocked = throttle.failed(username, address);
            if (nowLocked.isPresent()) {
                throw new SignInLockedException(nowLocked.get());
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
