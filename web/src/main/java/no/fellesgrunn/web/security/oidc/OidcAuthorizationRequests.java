package no.fellesgrunn.web.security.oidc;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 * the person chose here. {@code /oauth2/authorization/<id>?invitation=<token>} also keeps the
 * invitation token in the session, so the link can be made when the provider sends the person back.
 */
public class OidcAuthorizationRequests implements OAuth2AuthorizationRequestResolver {
    static final String INVITATION_PARAMETER = "invitation";
    private static final String INVITATION_ATTRIBUTE = OidcAuthorizationRequests.class.getName() + ".invitation";
    private final DefaultOAuth2AuthorizationRequestResolver resolver;
    private final OidcSettings settings;

    public OidcAuthorizationRequests(ClientRegistrationRepository registrations, OidcSettings settings) {
        this.settings = settings;
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return remember(request, customise(request, resolver.resolve(request)));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return remember(request, customise(request, resolver.resolve(request, registrationId)));
    }

    private OAuth2AuthorizationRequest customise(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        String registrationId = authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
        OAuth2AuthorizationRequest.Builder builder = OAuth2AuthorizationRequest.from(authorization);
        if (authorization.getAttribute(org.springframework.security.oauth2.core.endpoint.PkceParameterNames.CODE_VERIFIER) == null) {
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

    private static OAuth2AuthorizationRequest remember(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization != null) {
            String invitation = request.getParameter(INVITATION_PARAMETER);
            HttpSession session = request.getSession();
            if (invitation != null && !invitation.isBlank() && invitation.length() <= 200) {
                session.setAttribute(INVITATION_ATTRIBUTE, invitation);
            } else {
                session.removeAttribute(INVITATION_ATTRIBUTE);
            }
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
