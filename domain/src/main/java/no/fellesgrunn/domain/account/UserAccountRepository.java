package no.fellesgrunn.domain.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where user accounts are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(UUID id);

    List<UserAccount> findByRole(Role role);

    /** Adds a new account; fails if the username is taken. */
    void add(UserAccount account);

    long count();

    /**
     * The written language the person chose ("nb", "nn" or "en"), empty until they choose one.
     * Kept beside the account rather than in it: it changes with a click, not with an edit.
     */
    Optional<String> preferredLanguage(String username);

    /** Remembers the person's chosen language ("nb", "nn" or "en"); no account, no change. */
    void choosePreferredLanguage(String username, String language);
}
