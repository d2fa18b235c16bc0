package no.fellesgrunn.web.testsupport;

import no.fellesgrunn.infra.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the test database before a Spring test class builds its context, so the application
 * starts as on a new installation and migrates the schema itself, exactly as in production.
 */
public class CleanDatabaseBeforeContext implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.clean();
    }
}
