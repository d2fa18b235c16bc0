package no.fellesgrunn.domain.plan;

/** A plan is a draft until an organiser publishes it to the participants. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED
}
