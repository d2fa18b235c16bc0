package no.fellesgrunn.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Who is signed in, as a domain account, for views and services that act on their behalf. */
@Component
public class CurrentUser {
    private final AuthenticationContext authentication;
    private final UserAccountRepository accounts;

    public CurrentUser(AuthenticationContext authentication, UserAccountRepository accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<UserAccount> account() {
        return authentication
                .getAuthenticatedUser(UserDetails.class)
                .flatMap(user -> accounts.findByUsername(user.getUsername()));
    }

    public boolean hasRole(Role role) {
        return authentication.hasRole(role.name());
    }

    public void logout() {
        authentication.logout();
    }
}
