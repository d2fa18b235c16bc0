package no.fellesgrunn.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.fellesgrunn.web.login.LoginView;
import no.fellesgrunn.web.security.oidc.OidcLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything is denied unless a rule below or an access annotation on a view allows it: Vaadin
 * views without {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed} cannot be
 * opened, and every other request needs a signed-in person.
 *
 * <p>Also: sign-in is throttled ({@link SignInThrottle}); the sign-in form needs a CSRF token (its
 * page carries it in meta tags that Vaadin's login form sends along) while Vaadin's own requests
 * keep Vaadin's security key; OpenID Connect sign-in is added when a provider is configured
 * ({@link OidcLogin}); and every answer carries protective headers ({@link #CONTENT_SECURITY_POLICY}).
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {
    static final String LOGIN_PATH = "/login";

    /**
     * Scripts, styles, fonts, images and connections only from this server; never framed; forms
     * post only here; no plugins; no {@code <base>} from elsewhere. Two relaxations remain, both
     * for scripts and styles from this server only, and both required by Vaadin Flow 24:
     * <ul>
     * <li>{@code 'unsafe-eval'} in {@code script-src}: Flow's client turns the JavaScript that the
     * server sends ({@code executeJs}, used by Flow itself and by every Vaadin component) into
     * functions with {@code new Function(...)}. Without it the browser stops the first server
     * message with an EvalError and no page renders (seen with Chromium in the browser tests);
     * Vaadin has no switch to avoid it (vaadin/flow issues 10759 and 10810).</li>
     * <li>{@code 'unsafe-inline'} in {@code script-src} for the bootstrap page's inline script,
     * and in {@code style-src} for the inline styles of Vaadin components and Lumo.</li>
     * </ul>
     * What guards against injected script is then Flow itself: text is always set as text, never
     * as HTML, and the application builds no JavaScript from user input.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            OidcLogin oidc,
            ObjectProvider<ClientRegistrationRepository> oidcProviders)
            throws Exception {
        ClientRegistrationRepository registrations = oidcProviders.getIfAvailable();
        http.authorizeHttpRequests(requests -> requests
                // Load balancers and monitoring ask whether the service is up; nothing else is public.
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole("ADMIN"));
        // Vaadin would exempt the sign-in form from CSRF; we exempt only Vaadin's internal requests,
        // which carry Vaadin's own CSRF key.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                // Written only on secure requests (https, or https at a trusted proxy; see TrustedProxyConfiguration).
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (registrations != null) {
                vaadin.logoutSuccessHandler(oidc.logoutSuccessHandler(registrations, LOGIN_PATH));
            }
        });
        // After Vaadin's configurer, and naming the page too: a form login configured without its page
        // would switch on Spring's generated sign-in page.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(new SignInFailureHandler(LOGIN_PATH)));
        // An expired sign-in form gets the sign-in page again with a sentence, not a bare 403.
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler(LOGIN_PATH)));
        // OpenID Connect (ID-porten, Entra ID, ...) only when a provider is configured; see OidcLogin.
        if (registrations != null) {
            oidc.configure(http, registrations, LOGIN_PATH);
        }
        return http.build();
    }

    /** The only authentication provider: password sign-in, throttled. */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * Adaptive hashing (bcrypt today) behind a delegating encoder: the algorithm id is stored with
     * each hash, so a stronger one can be introduced later without invalidating old passwords. At
     * most {@code fellesgrunn.sign-in.concurrent-hashes} hashes run at once (default: the number of
     * cores), so a burst of sign-ins cannot take every core from page views ({@link HashingLimit}).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${fellesgrunn.sign-in.concurrent-hashes:0}")
                    int concurrentHashes) {
        return new HashingLimit(
                new LongPasswordAwareEncoder(),
                concurrentHashes > 0 ? concurrentHashes : HashingLimit.defaultPermits());
    }
}
