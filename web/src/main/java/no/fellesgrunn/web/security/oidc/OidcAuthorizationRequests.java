package no.fellesgrunn.web.security.oidc;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Locale;
import no.fellesgrunn.web.i18n.LanguageChoice;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * The request that sends the person to the provider: authorization code flow with PKCE (S256, for
 * confidential clients too, as ID-porten requires), a nonce (Spring's default for OpenID Connect),
 * {@code acr_values} when an assurance level is configured, and {@code ui_locales} with the language
 * the person chose here.
 *
 * <p>The invitation a person comes from is put in the session by the invitation page itself
 * ({@link #INVITATION_ATTRIBUTE}, set in a Vaadin request, which another site cannot forge), never
 * taken from an address: a link made by someone else ({@code ?invitation=<their token>}) must not
 * tie the visitor's identity to another person's invitation. It is kept across the provider's
 * redirect only when the sign-in starts from that page ({@code ?from=invitation}); any other start
 * forgets it.
 */
public class OidcAuthorizationRequests implements OAuth2AuthorizationRequestResolver {
    /** Session attribute: the invitation token whose page the sign-in starts from. */
    public static final String INVITATION_ATTRIBUTE = OidcAuthorizationRequests.class.getName() + ".invitation";

    static final String FROM_INVITATION = "from=invitation";
    private final DefaultOAuth2AuthorizationRequestResolver resolver;
    private final OidcSettings settings;

    public OidcAuthorizationRequests(ClientRegistrationRepository registrations, OidcSettings settings) {
        this.settings = settings;
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return forgetInvitationUnlessFromItsPage(request, customise(request, resolver.resolve(request)));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return forgetInvitationUnlessFromItsPage(
                request, customise(request, resolver.resolve(request, registrationId)));
    }

    private OAuth2AuthorizationRequest customise(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        String registrationId = authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
        OAuth2AuthorizationRequest.Builder builder = OAuth2AuthorizationRequest.from(authorization);
        if (authorization.getAttribute(
                        org.springframework.security.oauth2.core.endpoint.PkceParameterNames.CODE_VERIFIER)
                == null) {
            OAuth2AuthorizationRequestCustomizers.withPkce().accept(builder);
        }
        String acr = settings.acrValues(registrationId);
        builder.additionalParameters(parameters -> {
            if (acr != null) {
                parameters.put("acr_values", acr);
            }
            if (settings.uiLocales()) {
                parameters.put("ui_locales", language(request));
            }
        });
        return builder.build();
    }

    private static OAuth2AuthorizationRequest forgetInvitationUnlessFromItsPage(
            HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        HttpSession session = request.getSession(false);
        if (authorization != null && session != null && !"invitation".equals(request.getParameter("from"))) {
            session.removeAttribute(INVITATION_ATTRIBUTE);
            session.removeAttribute(NewPerson.SESSION_ATTRIBUTE);
        }
        return authorization;
    }

    /** The invitation token the person came with (once: it is removed), or null. */
    static String takeInvitation(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object token = session.getAttribute(INVITATION_ATTRIBUTE);
        session.removeAttribute(INVITATION_ATTRIBUTE);
        return token instanceof String value ? value : null;
    }

    /** What a new person gave on the invitation page for this invitation (once: it is removed), or null. */
    static NewPerson takeNewPerson(HttpSession session, String invitationToken) {
        if (session == null) {
            return null;
        }
        Object kept = session.getAttribute(NewPerson.SESSION_ATTRIBUTE);
        session.removeAttribute(NewPerson.SESSION_ATTRIBUTE);
        return kept instanceof NewPerson person && person.invitationToken().equals(invitationToken) ? person : null;
    }

    /** nb, nn or en: the language chosen on our pages (its cookie), bokmål without a choice. */
    static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        Locale locale = LanguageChoice.fromCookies(cookies == null ? null : Arrays.asList(cookies));
        return locale.getLanguage();
    }
}
