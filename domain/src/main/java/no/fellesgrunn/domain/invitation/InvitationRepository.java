package no.fellesgrunn.domain.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: invitation links, stored by the hash of their token. */
public interface InvitationRepository {
    void add(Invitation invitation);

    /** The invitation whose token hashes to {@code tokenHash}, used or not. */
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByEvent(UUID eventId);

    /** Marks it used; false if it was used already (so a link works once). */
    boolean markUsed(UUID invitationId, Instant at);
}
