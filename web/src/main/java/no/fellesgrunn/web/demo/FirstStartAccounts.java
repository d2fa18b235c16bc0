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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty database, creates the accounts a new installation needs
 * and prints their passwords once in the log. Passwords are generated for this installation and
 * stored only as hashes; none is written in the code. With demo data switched off
 * ({@code fellesgrunn.demo-data=false}), only the administrator is created.
 */
@Component
public class FirstStartAccounts {
    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

    /** The demo people: an admin, two organisers (Nordland and Agder), and participants. */
    static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("admin@fellesgrunn.example", "Administrator", Set.of(Role.ADMIN)),
            new DemoPerson("ingrid.solberg@ks.example", "Ingrid Solberg", Set.of(Role.ORGANISER)),
            new DemoPerson("lars.haugen@agderfk.example", "Lars Haugen", Set.of(Role.ORGANISER)),
            new DemoPerson("nora.berg@bodo.example", "Nora Berg", Set.of(Role.PARTICIPANT)),
            new DemoPerson("amir.hassan@kaffebrenneri.example", "Amir Hassan", Set.of(Role.PARTICIPANT)),
            new DemoPerson("sigrid.lie@frivilligsentral.example", "Sigrid Lie", Set.of(Role.PARTICIPANT)),
            new DemoPerson("jonas.eriksen@nord.example", "Jonas Eriksen", Set.of(Role.PARTICIPANT)));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordGenerator passwords;
    private final boolean demoData;

    public FirstStartAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordGenerator passwords,
                              @Value("${fellesgrunn.demo-data:true}") boolean demoData) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.demoData = demoData;
    }

    /** Creates the accounts if there are none; returns each created account with its password. */
    public List<Created> createIfEmpty() {
        if (accounts.count() > 0) {
            return List.of();
        }
        List<Created> created = new ArrayList<>();
        for (DemoPerson person : demoData ? DEMO_PEOPLE : DEMO_PEOPLE.subList(0, 1)) {
            String password = passwords.generate();
            UserAccount account = UserAccount.create(person.email(), person.name(), passwordEncoder.encode(password), person.roles());
            accounts.add(account);
            created.add(new Created(account, password));
        }
        StringBuilder message = new StringBuilder("\n\n=== Fellesgrunn: accounts created on first start (shown only this once) ===\n");
        for (Created c : created) {
            message.append(String.format("  %-12s %-40s %s%n", c.account().roles().iterator().next(), c.account().username(), c.password()));
        }
        message.append("=== Sign in at /login. Keep these passwords; they are stored only as hashes. ===\n");
        log.warn(message.toString());
        return created;
    }

    public record DemoPerson(String email, String name, Set<Role> roles) {
    }

    public record Created(UserAccount account, String password) {
    }
}
