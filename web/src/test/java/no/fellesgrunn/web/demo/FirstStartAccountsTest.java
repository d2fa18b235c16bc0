package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.web.security.PasswordGenerator;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartAccountsTest extends WebIntegrationTest {
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PasswordGenerator passwordGenerator;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1) // before the other tests empty the table
    void theFirstStartCreatedTheDemoAccounts() {
        // The context started against an empty database, so the application created them.
        assertThat(accounts.findByRole(Role.ADMIN)).hasSize(1);
        assertThat(accounts.findByRole(Role.ORGANISER)).hasSize(2);
        assertThat(accounts.findByRole(Role.PARTICIPANT)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void generatedPasswordsWorkAreDifferentAreStoredOnlyAsHashesAndPrintedOnce(CapturedOutput output) {
        jdbc.sql("delete from user_account").update();
        int bannersBefore = count(output.getAll(), "accounts created on first start");
        FirstStartAccounts firstStart = new FirstStartAccounts(accounts, passwordEncoder, passwordGenerator, true);

        List<FirstStartAccounts.Created> created = firstStart.createIfEmpty();

        assertThat(created).hasSize(FirstStartAccounts.DEMO_PEOPLE.size());
        assertThat(created).extracting(FirstStartAccounts.Created::password).doesNotHaveDuplicates();
        for (FirstStartAccounts.Created c : created) {
            String hash = accounts.findByUsername(c.account().username()).orElseThrow().passwordHash();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(c.password());
            assertThat(passwordEncoder.matches(c.password(), hash)).isTrue();
            assertThat(output.getAll()).containsOnlyOnce(c.password());
        }
        // A second start finds accounts and creates (and prints) nothing.
        assertThat(firstStart.createIfEmpty()).isEmpty();
        assertThat(count(output.getAll(), "accounts created on first start")).isEqualTo(bannersBefore + 1);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void withoutDemoDataOnlyTheAdministratorIsCreated() {
        jdbc.sql("delete from user_account").update();
        List<FirstStartAccounts.Created> created =
                new FirstStartAccounts(accounts, passwordEncoder, passwordGenerator, false).createIfEmpty();

        assertThat(created).singleElement().satisfies(c -> assertThat(c.account().roles()).containsExactly(Role.ADMIN));
        assertThat(accounts.count()).isEqualTo(1);
    }
}
