package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A production installation (demo data off) starts with its administrator and nothing else. */
@TestPropertySource(properties = "fellesgrunn.demo-data=false")
class ProductionFirstStartTest extends WebIntegrationTest {
    @Autowired
    UserAccountRepository accounts;

    @Autowired
    RegionalEventRepository events;

    @Test
    void onlyTheAdministratorIsCreatedAndNoDemoEvents() {
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.findByRole(Role.ADMIN)).hasSize(1);
        assertThat(events.count()).isZero();
    }
}
