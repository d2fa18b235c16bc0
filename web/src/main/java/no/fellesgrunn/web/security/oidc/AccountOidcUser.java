package no.fellesgrunn.web.security.oidc;

import java.util.Collection;
import java.util.Set;
import no.fellesgrunn.domain.account.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through OpenID Connect, as one of our accounts: the name is the account's
 * username and the authorities are the account's roles (never anything from the token). Also a
 * {@link UserDetails}, so everything that asks who is signed in ({@code CurrentUser}) works the
 * same for both ways of signing in. The ID token is kept for RP-initiated logout.
 */
public class AccountOidcUser extends DefaultOidcUser implements UserDetails {
    private static final long serialVersionUID = 1L;
    private final String username;
    private final Set<GrantedAuthority> roles;

    public AccountOidcUser(UserAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(roles(account), idToken, userInfo);
        this.username = account.username();
        this.roles = roles(account);
    }

    private static Set<GrantedAuthority> roles(UserAccount account) {
        return Set.copyOf(account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList());
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** There is no password in an OpenID Connect sign-in. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
