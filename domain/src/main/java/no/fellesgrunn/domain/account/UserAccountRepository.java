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
}
