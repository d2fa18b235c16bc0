package no.fellesgrunn.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in: {@code ?error} for every kind of wrong e-mail or
 * password (the same for unknown accounts), {@code ?locked=<epoch second>} when sign-in is locked
 * for a while, so the page can say when to try again.
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {
    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    public SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof SignInLockedException locked
                ? loginPath + "?error&locked=" + locked.until().getEpochSecond()
                : loginPath + "?error";
        redirects.sendRedirect(request, response, target);
    }
}
