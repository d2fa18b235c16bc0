package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
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
    ActorRepository actors;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordGenerator passwordGenerator;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1) // before the other tests empty the table
    void theFirstStartCreatedTheDemoEventsAndAccountsForRealPeopleInThem() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        RegionalEvent agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        assertThat(accounts.findByRole(Role.ADMIN)).hasSize(1);

        List<UserAccount> organisers = accounts.findByRole(Role.ORGANISER);
        assertThat(organisers).hasSize(2);
        List<Actor> organiserActors = organisers.stream()
                .map(a -> actors.findByUserAccount(a.id()).orElseThrow())
                .toList();
        assertThat(organiserActors)
                .allSatisfy(actor -> assertThat(bodo.organisers()).contains(actor.id()));
        // Exactly one of the two also organises Agder: the demo shows organisers see only their own events.
        assertThat(organiserActors)
                .filteredOn(actor -> agder.organisers().contains(actor.id()))
                .hasSize(1);

        List<UserAccount> participants = accounts.findByRole(Role.PARTICIPANT);
        assertThat(participants).hasSize(FirstStart.DEMO_PARTICIPANTS);
        for (UserAccount participant : participants) {
            Actor actor = actors.findByUserAccount(participant.id()).orElseThrow();
            assertThat(actor.email().value()).isEqualTo(participant.username());
            assertThat(registrations.findByEventAndActor(bodo.id(), actor.id())).isPresent();
        }
    }

    @Test
    void generatedPasswordsWorkAreDifferentAreStoredOnlyAsHashesAndPrintedOnce(CapturedOutput output) {
        jdbc.sql("update actor set user_account_id = null").update();
        jdbc.sql("delete from user_account").update();
        int bannersBefore = count(output.getAll(), "accounts created on first start");
        FirstStartAccounts firstStart = new FirstStartAccounts(accounts, passwordEncoder, passwordGenerator);
        List<FirstStartAccounts.Person> people = List.of(
                FirstStartAccounts.ADMIN,
                new FirstStartAccounts.Person("org@x.example", "Org", Set.of(Role.ORGANISER)),
                new FirstStartAccounts.Person("p@x.example", "P", Set.of(Role.PARTICIPANT)));

        List<FirstStartAccounts.Created> created = firstStart.createIfEmpty(people);

        assertThat(created).hasSize(3);
        assertThat(created).extracting(FirstStartAccounts.Created::password).doesNotHaveDuplicates();
        for (FirstStartAccounts.Created c : created) {
            String hash = accounts.findByUsername(c.account().username())
                    .orElseThrow()
                    .passwordHash();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(c.password());
            assertThat(passwordEncoder.matches(c.password(), hash)).isTrue();
            assertThat(output.getAll()).containsOnlyOnce(c.password());
        }
        // A second start finds accounts and creates (and prints) nothing.
        assertThat(firstStart.createIfEmpty(people)).isEmpty();
        assertThat(count(output.getAll(), "accounts created on first start")).isEqualTo(bannersBefore + 1);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
