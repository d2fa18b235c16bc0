package no.fellesgrunn.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in form posted with a missing or stale CSRF token (the page was left open until its
 * session ended, or the browser restored an old copy) is answered with the sign-in page again and a
 * sentence saying the page had expired, not with a bare 403. Nothing is signed in; every other
 * refusal is handled as before.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {
    private final String loginPath;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    ExpiredFormHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean signInForm = "POST".equals(request.getMethod())
                && (request.getContextPath() + loginPath).equals(request.getRequestURI());
        if (denied instanceof CsrfException && signInForm && !response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + loginPath + "?expired");
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
