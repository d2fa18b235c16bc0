package no.fellesgrunn.web.invitation;

/**
 * What the invitation page shows before anyone signs in.
 *
 * @param eventName     the event the person is invited to, or null
 * @param accountExists the invited address already has a login: sign in instead
 * @param personKnown   the invited person is already in the directory (so a sign-in through an
 *                      OpenID Connect provider can make their login without asking more)
 */
public record InvitationDetails(String email, String eventName, boolean accountExists, boolean personKnown) {}
