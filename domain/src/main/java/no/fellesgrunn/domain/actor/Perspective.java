package no.fellesgrunn.domain.actor;

/**
 * "De rette menneskene": the kinds of people every round table needs.
 */
public enum Perspective {
    /** Burns for new solutions. */
    DRIVER,
    /** Brings a creative perspective. */
    CREATIVE,
    /** Knows the problem from their own life. */
    LIVED_EXPERIENCE,
    /** Has the means and the position to act. */
    DECISION_MAKER
}
