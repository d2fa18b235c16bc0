package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.infra.db.EmbeddedPostgresServer;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Requests through the real security filter chain. */
@AutoConfigureMockMvc
class HttpSecurityTest extends WebIntegrationTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/actuator/metrics").with(user("o").roles("ORGANISER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anUnknownAddressNeedsSigningIn() throws Exception {
        mvc.perform(get("/no-such-thing/secret.json"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void withADatabaseUrlConfiguredNoEmbeddedServerIsStarted() {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
    }

    @Test
    void everyAnswerCarriesProtectiveHeaders() throws Exception {
        // (The Vaadin pages themselves, such as /login, are checked over real HTTP in ForwardedHeadersTest.)
        for (String path : new String[] {"/actuator/health", "/organiser", "/no-such-thing"}) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp)
                    .as(path)
                    .isNotNull()
                    .contains(
                            "frame-ancestors 'none'",
                            "default-src 'self'",
                            "object-src 'none'",
                            "form-action 'self'",
                            "base-uri 'self'");
            // Vaadin Flow's client needs 'unsafe-eval' for scripts (see SecurityConfiguration); nowhere else.
            for (String directive : csp.split(";")) {
                if (!directive.strip().startsWith("script-src")) {
                    assertThat(directive).as(path).doesNotContain("unsafe-eval").doesNotContain("*");
                }
            }
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Permissions-Policy"))
                    .as(path)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void theSignInFormNeedsACsrfToken() throws Exception {
        accounts.add(UserAccount.create(
                "csrf.person@example.no",
                "Csrf",
                passwordEncoder.encode("riktig hest batteri stift"),
                Set.of(Role.PARTICIPANT)));
        // Without a valid token nobody is signed in; the form is shown again with "the page had expired".
        mvc.perform(post("/login")
                        .param("username", "csrf.person@example.no")
                        .param("password", "riktig hest batteri stift"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login")
                        .param("username", "csrf.person@example.no")
                        .param("password", "riktig hest batteri stift")
                        .with(csrf().useInvalidToken()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(unauthenticated());
        // Any other state-changing request without a token is still refused outright.
        for (String path : java.util.List.of("/logout", "/me", "/organiser")) {
            mvc.perform(post(path)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/login")
                        .param("username", "csrf.person@example.no")
                        .param("password", "riktig hest batteri stift")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername("csrf.person@example.no"));
    }
}
