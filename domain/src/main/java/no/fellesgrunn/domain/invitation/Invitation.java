package no.fellesgrunn.domain.invitation;

import java.time.Instant;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * A personal link to an event, sent to an actor who has no account. Only the hash of the link's
 * token is stored: whoever reads the database cannot open anyone's link.
 *
 * @param tokenHash hex SHA-256 of the token in the link
 * @param usedAt    when the link was opened and used, or null
 */
public record Invitation(
        UUID id, UUID eventId, UUID actorId, String tokenHash, Instant createdAt, Instant expiresAt, Instant usedAt) {
    public Invitation {
        Check.notNull(id, "invitation id");
        Check.notNull(eventId, "event");
        Check.notNull(actorId, "actor");
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new DomainException(
                    DomainError.INVITATION_HASH_INVALID,
                    "an invitation stores the SHA-256 hash of its token as 64 hex digits");
        }
        Check.notNull(createdAt, "created at");
        Check.notNull(expiresAt, "expires at");
        if (!expiresAt.isAfter(createdAt)) {
            throw new DomainException(
                    DomainError.INVITATION_EXPIRY_INVALID, "an invitation must expire after it is created");
        }
    }

    /** Open: not used and not expired at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
