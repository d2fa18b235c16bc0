package no.fellesgrunn.web.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.web.security.PasswordGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts of a new installation and prints their passwords once in the log.
 * Passwords are generated for this installation and stored only as hashes; none is written in
 * the code.
 */
@Component
public class FirstStartAccounts {
    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

    /** The administrator every installation gets. */
    static final Person ADMIN = new Person("admin@fellesgrunn.example", "Administrator", Set.of(Role.ADMIN));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordGenerator passwords;

    public FirstStartAccounts(
            UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordGenerator passwords) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
    }

    /** Creates the accounts if there are none yet; returns each created account with its password. */
    public List<Created> createIfEmpty(List<Person> people) {
        if (accounts.count() > 0) {
            return List.of();
        }
        List<Created> created = new ArrayList<>();
        for (Person person : people) {
            String password = passwords.generate();
            UserAccount account =
                    UserAccount.create(person.email(), person.name(), passwordEncoder.encode(password), person.roles());
            accounts.add(account);
            created.add(new Created(account, password));
        }
        StringBuilder message =
                new StringBuilder("\n\n=== Fellesgrunn: accounts created on first start (shown only this once) ===\n");
        for (Created c : created) {
            message.append(String.format(
                    "  %-12s %-45s %-24s %s%n",
                    c.account().roles().iterator().next(),
                    c.account().username(),
                    c.password(),
                    c.account().displayName()));
        }
        message.append("=== Sign in at /login. Keep these passwords; they are stored only as hashes. ===\n");
        log.warn(message.toString());
        return created;
    }

    public record Person(String email, String name, Set<Role> roles) {}

    public record Created(UserAccount account, String password) {}
}
