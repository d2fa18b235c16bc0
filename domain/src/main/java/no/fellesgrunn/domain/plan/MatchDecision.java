package no.fellesgrunn.domain.plan;

/**
 * What the organiser decided about a match the solver suggested, before publishing. Only matches
 * not rejected are published to the participants; a rejected pair is not suggested again for the
 * same event.
 */
public enum MatchDecision {
    PROPOSED,
    ACCEPTED,
    REJECTED;

    /** Whether participants see the match once the organiser publishes the matches. */
    public boolean isPublishable() {
        return this != REJECTED;
    }
}
