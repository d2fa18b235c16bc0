package no.fellesgrunn.web.organiser.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * A newly made invitation link. The token is shown to the organiser this once; only its hash is
 * stored. {@link #path()} is relative to the application's address.
 */
public record IssuedInvitation(UUID actorId, String name, String email, String token, Instant expiresAt) {
    public String path() {
        return "invitation/" + token;
    }
}
