package no.fellesgrunn.web.testsupport;

import no.fellesgrunn.infra.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on real PostgreSQL ({@link TestDatabase}). Each test class gets a clean
 * database and its own application context, started against it.
 */
@ExtendWith(CleanDatabaseBeforeContext.class)
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class WebIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Server server = TestDatabase.server();
        registry.add("spring.datasource.url", server::url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        registry.add("vaadin.launch-browser", () -> "false");
        // Tests build their own plans and outcomes; the demo's Bodø plan would be in the way.
        registry.add("fellesgrunn.demo-follow-up", () -> "false");
        // Tests send reminders themselves, not at 07:00 Oslo time.
        registry.add("fellesgrunn.reminders.enabled", () -> "false");
    }
}
