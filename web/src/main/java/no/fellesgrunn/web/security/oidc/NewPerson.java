package no.fellesgrunn.web.security.oidc;

import java.io.Serializable;

/**
 * What someone wholly new gives on the invitation page before going on to sign in through a
 * provider: their name and home municipality, kept in the session (never in an address) with the
 * invitation it belongs to, so their profile can be made when the provider sends them back.
 */
public record NewPerson(String invitationToken, String name, String homeMunicipality) implements Serializable {
    /** The session attribute it is kept under. */
    public static final String SESSION_ATTRIBUTE = NewPerson.class.getName();
}
