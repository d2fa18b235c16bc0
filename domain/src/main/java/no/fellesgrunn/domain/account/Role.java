package no.fellesgrunn.domain.account;

/** What a signed-in person may do. A person may hold more than one role. */
public enum Role {
    /** Manages organisers and the installation. */
    ADMIN,
    /** Plans regional events: challenges, actors, matching, seating, publishing. */
    ORGANISER,
    /** Takes part: sees their own matches, schedule, coffee chats and next steps. */
    PARTICIPANT
}
