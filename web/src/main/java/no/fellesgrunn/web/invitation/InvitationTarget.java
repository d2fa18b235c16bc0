package no.fellesgrunn.web.invitation;

import java.util.UUID;

/**
 * What an invitation link leads to: an event to register for (or none), the person if already
 * known as an actor, and the e-mail address the invitation was sent to.
 */
public record InvitationTarget(UUID eventId, UUID actorId, String email) {}
