// Over 300 lines: one Spring context for all sign-in cases against one OIDC server keeps the test run
// short (a second context would cost most of a minute); the helpers at the bottom are shared by all.
package no.fellesgrunn.web.security.oidc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.fellesgrunn.domain.account.ExternalLogin;
import no.fellesgrunn.domain.account.ExternalLoginRepository;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.invitation.InvitationTarget;
import no.fellesgrunn.web.invitation.InvitationTokens;
import no.fellesgrunn.web.login.LoginView;
import no.fellesgrunn.web.testsupport.KaribuTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect sign-in against a real OIDC server in-process (NAV's mock-oauth2-server, issuer
 * "idporten"): the browser's part is played by MockMvc (our side, through the real filter chain)
 * and an HTTP client (the provider's authorization endpoint); the code exchange, discovery and key
 * set are real HTTP between the application and the server.
 */
@AutoConfigureMockMvc
class OidcLoginTest extends KaribuTest {
    private static final String CLIENT_ID = "fellesgrunn-test";
    private static final ForgedTokens FORGED = new ForgedTokens();
    private static final MockOAuth2Server SERVER = new MockOAuth2Server(FORGED);
    private static final HttpClient BROWSER =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ActorRepository actors;

    @Autowired
    InvitationTokens invitations;

    @Autowired
    ExternalLoginRepository externalLogins;

    @Autowired
    ReferenceDataRepository reference;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        SERVER.start();
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.idporten.client-id", () -> CLIENT_ID);
        registry.add(prefix + "registration.idporten.client-secret", () -> "test-secret");
        registry.add(prefix + "registration.idporten.client-name", () -> "ID-porten");
        registry.add(prefix + "registration.idporten.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.idporten.issuer-uri", () -> SERVER.issuerUrl("idporten")
                .toString());
        registry.add("fellesgrunn.oidc.acr-values.idporten", () -> "idporten-loa-substantial");
    }

    @AfterAll
    static void stopServer() {
        SERVER.shutdown();
    }

    @Test
    void theLoginPageOffersIdPortenWhenItIsConfigured() {
        UI.getCurrent().navigate(LoginView.class);
        Anchor button = _find(Anchor.class).stream()
                .filter(a -> "oidc-idporten".equals(a.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(button.getText()).isEqualTo("Logg inn med ID-porten");
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/idporten");
    }

    @Test
    void firstSignInIsLinkedByAVerifiedEmailAndTheRolesComeFromTheAccount() throws Exception {
        UserAccount kari = account("kari.oidc@example.no", Role.ORGANISER);
        SERVER.enqueueCallback(callback(
                "kari-subject",
                Map.of(
                        "email",
                        "Kari.OIDC@example.no",
                        "email_verified",
                        true,
                        "acr",
                        "idporten-loa-substantial",
                        "roles",
                        List.of("ADMIN"))));

        MockHttpSession session = new MockHttpSession();
        String authorize = startSignIn(session, null, "nn");
        Map<String, String> query = UriComponentsBuilder.fromUriString(authorize)
                .build()
                .getQueryParams()
                .toSingleValueMap();
        assertThat(query)
                .containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge")
                .containsKey("nonce")
                .containsEntry("acr_values", "idporten-loa-substantial")
                .containsEntry("ui_locales", "nn")
                .containsEntry("response_type", "code");
        MockHttpServletResponse answer = finishSignIn(session, authorize);

        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
        Authentication signedIn = authentication(session);
        assertThat(signedIn.getName()).isEqualTo("kari.oidc@example.no");
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ORGANISER");
        assertThat(externalLogins.forAccount(kari.id()))
                .singleElement()
                .satisfies(link -> assertThat(link.linkedBy()).isEqualTo(ExternalLogin.LinkedBy.VERIFIED_EMAIL))
                .satisfies(link -> assertThat(link.subject()).isEqualTo("kari-subject"));
    }

    @Test
    void anInvitationLinkLinksASignInWithoutAnyEmailAndLaterSignInsFindTheSameAccount() throws Exception {
        String municipality = reference.municipalities().get(0).number();
        Actor ola = actors.save(Actor.create("Ola Innbygger", Email.of("ola.oidc@example.no"), municipality), "test");
        String token = invitations.create(new InvitationTarget(null, ola.id(), "ola.oidc@example.no"));

        // The invitation page offers the provider and keeps the invitation in the session (not in the address).
        UI.getCurrent().navigate("invitation/" + token);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("invitation-oidc-idporten")));
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent()
                        .getSession()
                        .getAttribute(OidcAuthorizationRequests.INVITATION_ATTRIBUTE))
                .isEqualTo(token);

        // ID-porten gives no e-mail address: only the invitation link can say who this is.
        SERVER.enqueueCallback(callback("ola-pid-subject", Map.of("acr", "idporten-loa-high")));
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse answer = finishSignIn(session, startSignIn(session, token, "en"));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
        assertThat(authentication(session).getName()).isEqualTo("ola.oidc@example.no");
        assertThat(authentication(session).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_PARTICIPANT");
        UserAccount account = accounts.findByUsername("ola.oidc@example.no").orElseThrow();
        assertThat(actors.findById(ola.id()).orElseThrow().userAccountId()).isEqualTo(account.id());
        assertThat(invitations.resolve(token)).as("the invitation is used up").isEmpty();

        SERVER.enqueueCallback(callback("ola-pid-subject", Map.of("acr", "idporten-loa-substantial")));
        MockHttpSession later = new MockHttpSession();
        finishSignIn(later, startSignIn(later, null, "nb"));
        assertThat(authentication(later).getName()).isEqualTo("ola.oidc@example.no");
    }

    @Test
    void someoneWhollyNewGivesNameAndMunicipalityOnTheInvitationPageAndThenSignsInThroughTheProvider()
            throws Exception {
        var municipality = reference.municipalities().get(0);
        String token = invitations.create(new InvitationTarget(null, null, "nora.ny@example.no"));
        SERVER.enqueueCallback(callback("nora-subject", Map.of("acr", "idporten-loa-substantial")));
        MockHttpSession session = new MockHttpSession();
        // Without name and municipality there is nobody to link to: the page says what to do, the invitation stays
        // open.
        assertThat(finishSignIn(session, startSignIn(session, token, "nb")).getRedirectedUrl())
                .isEqualTo("/login?oidc=invitation-needs-profile");
        assertThat(invitations.resolve(token)).isPresent();

        UI.getCurrent().navigate("invitation/" + token);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("invitation-name")),
                "Nora Ny");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.combobox.ComboBox.class,
                        spec -> spec.withId("invitation-municipality")),
                municipality);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("invitation-oidc-idporten")));
        Object kept = com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .getAttribute(NewPerson.SESSION_ATTRIBUTE);
        assertThat(kept).isEqualTo(new NewPerson(token, "Nora Ny", municipality.number()));

        // The browser's session holds it (Vaadin and Spring share the HTTP session); the provider sends her back.
        SERVER.enqueueCallback(callback("nora-subject", Map.of("acr", "idporten-loa-substantial")));
        MockHttpSession browser = new MockHttpSession();
        browser.setAttribute(NewPerson.SESSION_ATTRIBUTE, kept);
        assertThat(finishSignIn(browser, startSignIn(browser, token, "nb")).getRedirectedUrl())
                .isEqualTo("/");

        assertThat(authentication(browser).getName()).isEqualTo("nora.ny@example.no");
        assertThat(authentication(browser).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_PARTICIPANT");
        Actor nora = actors.findByEmail(Email.of("nora.ny@example.no")).orElseThrow();
        assertThat(nora.name()).isEqualTo("Nora Ny");
        assertThat(nora.homeMunicipality()).isEqualTo(municipality.number());
        assertThat(nora.userAccountId())
                .isEqualTo(accounts.findByUsername("nora.ny@example.no")
                        .orElseThrow()
                        .id());
        assertThat(invitations.resolve(token)).isEmpty();
    }

    @Test
    void anUnverifiedEmailIsNeverUsedToLink() throws Exception {
        account("per.oidc@example.no", Role.ORGANISER);
        SERVER.enqueueCallback(callback(
                "per-subject",
                Map.of("email", "per.oidc@example.no", "email_verified", false, "acr", "idporten-loa-substantial")));
        MockHttpSession session = new MockHttpSession();

        MockHttpServletResponse answer = finishSignIn(session, startSignIn(session, null, "nb"));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?oidc=unverified-email");
        assertThat(authentication(session)).isNull();
        assertThat(externalLogins.accountFor(SERVER.issuerUrl("idporten").toString(), "per-subject"))
                .isEmpty();
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("oidc", "unverified-email"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                        .map(p -> p.getText()))
                .anySatisfy(text -> assertThat(text).startsWith("E-postadressen din er ikke bekreftet"));
    }

    @Test
    void tooLowAnAssuranceLevelIsRefused() throws Exception {
        account("lav.oidc@example.no", Role.PARTICIPANT);
        SERVER.enqueueCallback(callback(
                "lav-subject",
                Map.of("email", "lav.oidc@example.no", "email_verified", true, "acr", "idporten-loa-low")));
        MockHttpSession session = new MockHttpSession();

        assertThat(finishSignIn(session, startSignIn(session, null, "nb")).getRedirectedUrl())
                .isEqualTo("/login?oidc=assurance");
        assertThat(authentication(session)).isNull();
    }

    @Test
    void signingOutEndsTheSessionAndTheProvidersSession() throws Exception {
        account("ut.oidc@example.no", Role.PARTICIPANT);
        SERVER.enqueueCallback(callback(
                "ut-subject",
                Map.of("email", "ut.oidc@example.no", "email_verified", true, "acr", "idporten-loa-substantial")));
        MockHttpSession session = new MockHttpSession();
        finishSignIn(session, startSignIn(session, null, "nb"));
        assertThat(authentication(session)).isNotNull();

        MockHttpServletResponse answer = mvc.perform(
                        post("/logout").session(session).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(session.isInvalid()).isTrue();
        String endSession = answer.getRedirectedUrl();
        assertThat(endSession)
                .startsWith(SERVER.endSessionEndpointUrl("idporten").toString());
        Map<String, String> query = UriComponentsBuilder.fromUriString(endSession)
                .build()
                .getQueryParams()
                .toSingleValueMap();
        assertThat(query)
                .containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost/login");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        account("eve.oidc@example.no", Role.ADMIN);
        MockHttpSession session = new MockHttpSession();
        String authorize = startSignIn(session, null, "nb");
        String nonce = UriComponentsBuilder.fromUriString(authorize)
                .build()
                .getQueryParams()
                .getFirst("nonce");
        String honest = idToken(SERVER.issuerUrl("idporten").toString(), "mallory", "mallory@example.no", nonce);
        // Same signature, other content: claims to be the administrator.
        String[] parts = honest.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("mallory@example.no", "eve.oidc@example.no")
                .replace("\"mallory\"", "\"eve\"");
        assertThat(payload).contains("eve.oidc@example.no");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        MockHttpServletResponse answer = finishSignIn(session, authorize, tampered);

        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?oidc=failed");
        assertThat(authentication(session)).isNull();

        // The untouched token passes the signature check and gets as far as linking (mallory has no account).
        MockHttpSession control = new MockHttpSession();
        String again = startSignIn(control, null, "nb");
        String controlNonce = UriComponentsBuilder.fromUriString(again)
                .build()
                .getQueryParams()
                .getFirst("nonce");
        String untouched =
                idToken(SERVER.issuerUrl("idporten").toString(), "mallory", "mallory@example.no", controlNonce);
        assertThat(finishSignIn(control, again, untouched).getRedirectedUrl()).isEqualTo("/login?oidc=not-linked");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWhenSignedWithTheRightKey() throws Exception {
        account("iss.oidc@example.no", Role.ORGANISER);
        MockHttpSession session = new MockHttpSession();
        String authorize = startSignIn(session, null, "nb");
        String nonce = UriComponentsBuilder.fromUriString(authorize)
                .build()
                .getQueryParams()
                .getFirst("nonce");
        String foreign = idToken("https://evil.example/idporten", "iss-subject", "iss.oidc@example.no", nonce);

        MockHttpServletResponse answer = finishSignIn(session, authorize, foreign);

        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?oidc=failed");
        assertThat(authentication(session)).isNull();

        // The same token made the same way, but from the right issuer, is accepted: only the issuer was wrong.
        MockHttpSession control = new MockHttpSession();
        String again = startSignIn(control, null, "nb");
        String controlNonce = UriComponentsBuilder.fromUriString(again)
                .build()
                .getQueryParams()
                .getFirst("nonce");
        String right =
                idToken(SERVER.issuerUrl("idporten").toString(), "iss-subject", "iss.oidc@example.no", controlNonce);
        assertThat(finishSignIn(control, again, right).getRedirectedUrl()).isEqualTo("/");
        assertThat(authentication(control).getName()).isEqualTo("iss.oidc@example.no");
    }

    private UserAccount account(String username, Role role) {
        UserAccount account =
                UserAccount.create(username, username, passwordEncoder.encode("not-used-here-123"), Set.of(role));
        accounts.add(account);
        return account;
    }

    private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("idporten", subject, "JWT", List.of(CLIENT_ID), claims, 3600);
    }

    @Test
    void anInvitationInALinkFromSomeoneElseOrLeftOverFromAnEarlierVisitLinksNothing() throws Exception {
        String municipality = reference.municipalities().get(0).number();
        Actor mallory =
                actors.save(Actor.create("Mallory Lure", Email.of("mallory.lure@example.no"), municipality), "test");
        String token = invitations.create(new InvitationTarget(null, mallory.id(), "mallory.lure@example.no"));

        // A crafted link carrying someone else's invitation: the visitor's identity is not tied to it.
        SERVER.enqueueCallback(callback("visitor-subject", Map.of("acr", "idporten-loa-substantial")));
        MockHttpSession visitor = new MockHttpSession();
        String crafted = mvc.perform(get("/oauth2/authorization/idporten")
                        .param("invitation", token)
                        .param("from", "invitation")
                        .session(visitor))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(finishSignIn(visitor, crafted).getRedirectedUrl()).isEqualTo("/login?oidc=not-linked");

        // An invitation put in the session earlier is forgotten when the sign-in starts from the sign-in page.
        SERVER.enqueueCallback(callback("visitor-subject", Map.of("acr", "idporten-loa-substantial")));
        MockHttpSession earlier = new MockHttpSession();
        earlier.setAttribute(OidcAuthorizationRequests.INVITATION_ATTRIBUTE, token);
        assertThat(finishSignIn(earlier, startSignIn(earlier, null, "nb")).getRedirectedUrl())
                .isEqualTo("/login?oidc=not-linked");

        assertThat(invitations.resolve(token)).isPresent();
        assertThat(accounts.findByUsername("mallory.lure@example.no")).isEmpty();
    }

    /** Our side sends the browser to the provider: returns the authorization endpoint's address. */
    private String startSignIn(MockHttpSession session, String invitation, String language) throws Exception {
        var request =
                get("/oauth2/authorization/idporten").session(session).cookie(new Cookie("fellesgrunn-lang", language));
        if (invitation != null) {
            // What the invitation page's button does (Vaadin and Spring share the HTTP session).
            session.setAttribute(OidcAuthorizationRequests.INVITATION_ATTRIBUTE, invitation);
            request = request.param("from", "invitation");
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location)
                .startsWith(SERVER.authorizationEndpointUrl("idporten").toString());
        return location;
    }

    /** The provider signs the person in and sends the browser back to us with a code; we exchange it. */
    private MockHttpServletResponse finishSignIn(MockHttpSession session, String authorize) throws Exception {
        HttpResponse<Void> provider = BROWSER.send(
                HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/idporten");
        return mvc.perform(get(callback).session(session)).andReturn().getResponse();
    }

    /** As above, but the provider's token endpoint answers with the given ID token. */
    private MockHttpServletResponse finishSignIn(MockHttpSession session, String authorize, String idToken)
            throws Exception {
        HttpResponse<Void> provider = BROWSER.send(
                HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        String subject =
                com.nimbusds.jwt.SignedJWT.parse(idToken).getJWTClaimsSet().getSubject();
        // A real access token for the same person, so that the user-info request succeeds.
        FORGED.next(
                idToken,
                SERVER.issueToken("idporten", CLIENT_ID, callback(subject, Map.of()))
                        .serialize());
        return mvc.perform(get(callback).session(session)).andReturn().getResponse();
    }

    /** An ID token signed with the key of the server's "idporten" issuer, whatever it claims. */
    private static String idToken(String issuer, String subject, String email, String nonce) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", CLIENT_ID);
        claims.put("nonce", nonce);
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("acr", "idporten-loa-substantial");
        return SERVER.getConfig()
                .getTokenProvider()
                .jwt(claims, java.time.Duration.ofMinutes(5), "idporten")
                .serialize();
    }

    /** An extra route on the server: the next token request gets the given ID token instead of the server's own. */
    static final class ForgedTokens implements Route {
        private volatile String idToken;
        private volatile String accessToken;

        void next(String id, String access) {
            accessToken = access;
            idToken = id;
        }

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return idToken != null
                    && "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = "{\"access_token\":\"" + accessToken
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}";
            idToken = null;
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    private static Authentication authentication(MockHttpSession session) {
        Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context instanceof SecurityContext security ? security.getAuthentication() : null;
    }
}
