package no.fellesgrunn.web.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Vaadin views in a faked browser (Karibu-Testing) inside the real application context. Karibu
 * runs no servlet filters, so {@link #login} puts the person into the security context and the
 * fake request the way Spring Security's filters would after a real sign-in.
 */
public abstract class KaribuTest extends WebIntegrationTest {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("no.fellesgrunn.web");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserAccountRepository accounts;

    @Autowired
    protected PasswordEncoder passwordEncoder;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Creates an account with the given roles (if missing) and signs it in. */
    protected UserAccount loginAs(String username, String displayName, Role... roles) {
        UserAccount account = accounts.findByUsername(username).orElseGet(() -> {
            UserAccount created =
                    UserAccount.create(username, displayName, passwordEncoder.encode("test-password"), Set.of(roles));
            accounts.add(created);
            return created;
        });
        UserDetails user = userDetailsService.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) ->
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return account;
    }
}
