package no.fellesgrunn.web.admin;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.security.PasswordGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's work: who may organise events. Only ADMIN may call it. */
@Service
public class OrganiserAccounts {
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordGenerator passwords;
    private final ActorRepository actors;
    private final ReferenceDataRepository references;

    public OrganiserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordGenerator passwords,
            ActorRepository actors,
            ReferenceDataRepository references) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.actors = actors;
        this.references = references;
    }

    @RolesAllowed("ADMIN")
    public List<UserAccount> organisers() {
        return accounts.findByRole(Role.ORGANISER);
    }

    /**
     * Creates an organiser account and returns its first password, which is shown to the admin
     * once and never stored in the clear. Events are organised by actors, so the organiser also
     * gets an actor profile (or is linked to the one with their e-mail address, if it exists).
     * All in one transaction: a failure leaves neither account nor profile behind.
     *
     * @throws IllegalArgumentException if the e-mail ("email") or home municipality ("municipality") is invalid
     * @throws IllegalStateException    if the e-mail already has a login
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public NewOrganiser addOrganiser(String email, String displayName, String homeMunicipality) {
        String username = UserAccount.normaliseUsername(email);
        if (!username.matches("[^@]+@[^@]+\\.[^@]+")) {
            throw new IllegalArgumentException("email");
        }
        if (homeMunicipality == null
                || references.municipality(homeMunicipality).isEmpty()) {
            throw new IllegalArgumentException("municipality");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException("taken");
        }
        Email address = Email.of(username);
        Optional<Actor> existing = actors.findByEmail(address);
        if (existing.isPresent() && existing.get().userAccountId() != null) {
            throw new IllegalStateException("taken");
        }
        String password = passwords.generate();
        UserAccount account =
                UserAccount.create(username, displayName, passwordEncoder.encode(password), Set.of(Role.ORGANISER));
        accounts.add(account);
        Actor actor = existing.orElseGet(() -> Actor.create(displayName, address, homeMunicipality));
        actors.save(actor.withUserAccount(account.id()), "admin");
        return new NewOrganiser(account, password);
    }

    public record NewOrganiser(UserAccount account, String firstPassword) {}
}
