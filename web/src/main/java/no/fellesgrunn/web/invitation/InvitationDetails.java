package no.fellesgrunn.web.invitation;

/**
 * What the invitation page shows before anyone signs in.
 *
 * @param eventName     the event the person is invited to, or null
 * @param accountExists the invited address already has a login: sign in instead
 */
public record InvitationDetails(String email, String eventName, boolean accountExists) {
}
