package no.fellesgrunn.web.admin;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.web.security.PasswordGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The admin's work: who may organise events. Only ADMIN may call it. */
@Service
public class OrganiserAccounts {
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordGenerator passwords;

    public OrganiserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordGenerator passwords) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
    }

    @RolesAllowed("ADMIN")
    public List<UserAccount> organisers() {
        return accounts.findByRole(Role.ORGANISER);
    }

    /**
     * Creates an organiser account and returns its first password, which is shown to the admin
     * once and never stored in the clear.
     *
     * @throws IllegalArgumentException if the name or e-mail is missing or the e-mail is taken
     */
    @RolesAllowed("ADMIN")
    public NewOrganiser addOrganiser(String email, String displayName) {
        String username = UserAccount.normaliseUsername(email);
        if (!username.matches("[^@]+@[^@]+\\.[^@]+")) {
            throw new IllegalArgumentException("email");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException("taken");
        }
        String password = passwords.generate();
        UserAccount account = UserAccount.create(username, displayName, passwordEncoder.encode(password), Set.of(Role.ORGANISER));
        accounts.add(account);
        return new NewOrganiser(account, password);
    }

    public record NewOrganiser(UserAccount account, String firstPassword) {
    }
}
