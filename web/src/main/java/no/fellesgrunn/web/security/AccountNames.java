package no.fellesgrunn.web.security;

import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import org.springframework.stereotype.Component;

/**
 * The name of the person behind a stored username ("published by", "created by", "last edited by"
 * hold usernames, which are e-mail addresses): pages show people by name, never by address.
 */
@Component
public class AccountNames {
    private final UserAccountRepository accounts;

    public AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The person's display name, or {@code otherwise} (a translated "someone else") when no account has this username. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    public String nameOf(String username, String otherwise) {
        return username == null
                ? otherwise
                : accounts.findByUsername(username)
                        .map(UserAccount::displayName)
                        .orElse(otherwise);
    }
}
