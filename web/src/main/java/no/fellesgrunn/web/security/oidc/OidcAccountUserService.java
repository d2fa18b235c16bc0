package no.fellesgrunn.web.security.oidc;

import jakarta.servlet.http.HttpSession;
import no.fellesgrunn.domain.account.UserAccount;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After Spring has verified the ID token (signature against the provider's keys, issuer, audience,
 * expiry, nonce) and read the user info: checks the assurance level, then finds the linked account
 * ({@link OidcAccountLinks}) and signs the person in as that account.
 */
public class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService standard = new OidcUserService();
    private final OidcAccountLinks links;
    private final OidcSettings settings;

    public OidcAccountUserService(OidcAccountLinks links, OidcSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = standard.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        var accepted = settings.acceptedAcr(registrationId);
        if (!accepted.isEmpty() && !accepted.contains(user.getIdToken().getClaimAsString("acr"))) {
            throw new OidcLinkException(OidcLinkException.ASSURANCE);
        }
        String issuer = user.getIdToken().getIssuer().toString();
        HttpSession session = session();
        String invitation = OidcAuthorizationRequests.takeInvitation(session);
        UserAccount account = links.account(new OidcAccountLinks.SignIn(
                issuer,
                user.getSubject(),
                user.getEmail(),
                user.getEmailVerified(),
                invitation,
                invitation == null ? null : OidcAuthorizationRequests.takeNewPerson(session, invitation)));
        return new AccountOidcUser(account, user.getIdToken(), user.getUserInfo());
    }

    private static HttpSession session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false)
                : null;
    }
}
