package no.fellesgrunn.domain.actor;

/**
 * What an actor lets other participants see about them. Name and table are always shown to the
 * people at the same table; everything else is opt-in.
 */
public record Consent(boolean showEmail, boolean showPhone, boolean showOrganisation) {
    /** Nothing beyond the name is shared until the actor says so. */
    public static final Consent NOTHING = new Consent(false, false, false);
}
