package no.fellesgrunn.domain.actor;

/**
 * The part of society an actor speaks from. Mixing sectors is the point of co-creation, so the
 * solvers and the seating warnings read {@link #isPublic()} to tell the public side from the rest.
 */
public enum Sector {
    MUNICIPALITY(true),
    COUNTY(true),
    STATE(true),
    BUSINESS(false),
    VOLUNTARY(false),
    SOCIAL_ENTREPRENEUR(false),
    RESEARCH(false),
    /** A citizen speaking for themselves, without an organisation. */
    CITIZEN(false);

    private final boolean publicSector;

    Sector(boolean publicSector) {
        this.publicSector = publicSector;
    }

    public boolean isPublic() {
        return publicSector;
    }
}
