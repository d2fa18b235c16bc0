package no.fellesgrunn.web.invitation;

import java.util.Optional;

/**
 * The participant workspace's view of invitation links. Today backed by its own table
 * ({@link ParticipantInvitationTokens}); the organiser workspace's invitation table can replace it
 * by another implementation of these three methods (see docs/participant-workspace.md).
 */
public interface InvitationTokens {
    /** The invitation behind a token, if it exists, is unused and has not expired. */
    Optional<InvitationTarget> resolve(String token);

    /** Uses the invitation up; false if it was already used (so it works only once). */
    boolean markUsed(String token);

    /** Makes a new invitation and returns its token (for the link). */
    String create(InvitationTarget target);
}
