package no.fellesgrunn.domain.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where the links between OpenID Connect identities and our accounts are kept. */
public interface ExternalLoginRepository {

    /** The account linked to this issuer's subject, if any. */
    Optional<UUID> accountFor(String issuer, String subject);

    /** Keeps a new link; an existing link for the same issuer and subject is left as it was. */
    void link(ExternalLogin login);

    List<ExternalLogin> forAccount(UUID accountId);
}
