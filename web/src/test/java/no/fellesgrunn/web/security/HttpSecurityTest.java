package no.fellesgrunn.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.fellesgrunn.infra.db.EmbeddedPostgresServer;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Requests through the real security filter chain. */
@AutoConfigureMockMvc
class HttpSecurityTest extends WebIntegrationTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/actuator/metrics").with(user("o").roles("ORGANISER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anUnknownAddressNeedsSigningIn() throws Exception {
        mvc.perform(get("/no-such-thing/secret.json")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void withADatabaseUrlConfiguredNoEmbeddedServerIsStarted() {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
    }
}
