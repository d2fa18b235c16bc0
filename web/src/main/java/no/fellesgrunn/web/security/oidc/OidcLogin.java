package no.fellesgrunn.web.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Switches on OpenID Connect sign-in when at least one client registration is configured
 * ({@code spring.security.oauth2.client.registration.<id>.*}); without one nothing here is used
 * and password sign-in is the only way in.
 */
@Configuration
@EnableConfigurationProperties(OidcSettings.class)
public class OidcLogin {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OidcLogin.class);
    private final OidcAccountLinks links;
    private final OidcSettings settings;

    public OidcLogin(OidcAccountLinks links, OidcSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    /** Adds the sign-in through the providers to the filter chain; the sign-in page stays ours. */
    public void configure(HttpSecurity http, ClientRegistrationRepository registrations, String loginPath)
            throws Exception {
        http.oauth2Login(oauth -> oauth.loginPage(loginPath)
                .authorizationEndpoint(endpoint ->
                        endpoint.authorizationRequestResolver(new OidcAuthorizationRequests(registrations, settings)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountUserService(links, settings)))
                .failureHandler(failureHandler(loginPath))
                .defaultSuccessUrl("/", false));
    }

    /**
     * Sign-out ends our session and, for a person who came through a provider that offers it
     * ({@code end_session_endpoint}), the provider's session too, coming back to the sign-in page.
     * Others go straight to {@code afterLogout}.
     */
    public LogoutSuccessHandler logoutSuccessHandler(ClientRegistrationRepository registrations, String afterLogout) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}" + afterLogout);
        handler.setDefaultTargetUrl(afterLogout);
        return handler;
    }

    /** Back to the sign-in page with a reason it can explain: {@code ?oidc=<code>}. */
    static AuthenticationFailureHandler failureHandler(String loginPath) {
        DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String code = exception instanceof OidcLinkException link ? link.code() : OidcLinkException.FAILED;
            // The reason stays in the log for the operator (a wrong issuer, a bad signature); the page only says it
            // failed.
            LOG.info("OpenID Connect sign-in refused ({}): {}", code, exception.getMessage());
            redirects.sendRedirect(request, response, loginPath + "?oidc=" + code);
        };
    }
}
