package no.fellesgrunn.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in through an OpenID Connect provider, linked to one of our accounts: the provider's
 * issuer and its stable subject identifier for the person. How the link was first made is kept,
 * so that it can be explained: by an e-mail address the provider had verified, or by the
 * invitation link the person came from. Never by a guess.
 */
public record ExternalLogin(String issuer, String subject, UUID accountId, Instant linkedAt, LinkedBy linkedBy) {
    public enum LinkedBy {
        VERIFIED_EMAIL,
        INVITATION
    }

    public ExternalLogin {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An external login needs an issuer and a subject.");
        }
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(linkedAt, "linkedAt");
        Objects.requireNonNull(linkedBy, "linkedBy");
    }
}
