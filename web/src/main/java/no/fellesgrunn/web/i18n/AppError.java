package no.fellesgrunn.web.i18n;

import java.util.Locale;

/**
 * Rules the application services (not the domain model) refuse, as message codes:
 * {@code app.error.<name>} in lower case is a key of the messages bundle in every language. The
 * comment on each constant lists its arguments in order. Thrown as {@link AppRefusal}.
 */
public enum AppError {
    COMMON_THIRD_REQUIRED,
    CONTACT_NEEDS_LOGIN,
    PITCH_REQUIRED,
    CHAT_NO_AGREED_TIME,
    CHAT_NO_PROPOSED_TIMES,
    PROPOSED_TIME_EMPTY,
    /** {0} the time (LocalDateTime). */
    PROPOSED_TIME_PASSED,
    /** {0} the organisation. */
    ORGANISATION_SECTOR_REQUIRED,
    /** {0} the event. */
    REGISTRATION_CLOSED,
    ROUND_REQUIRED,
    ORGANISER_WITHOUT_PROFILE,
    EVENT_DATE_AND_MUNICIPALITY_REQUIRED,
    EVENT_NOT_THE_ONE_OPENED,
    CANNOT_REMOVE_SELF,
    ORGANISER_UNKNOWN,
    /** {0} the status, {1} the status asked for. */
    EVENT_STATUS_CANNOT_MOVE,
    /** {0} the event. */
    MATCHES_PUBLISHED,
    /** {0} the event. */
    MATCH_NOT_OF_EVENT,
    /** {0} the event. */
    NO_MATCHES_TO_PUBLISH,
    REGISTRATION_NOT_OF_EVENT,
    /** {0} the status, {1} the status asked for. */
    REGISTRATION_STATUS_CANNOT_MOVE,
    PERSON_NOT_REGISTERED,
    ACCOUNT_DELETED,
    EVENT_OVER,
    /** {0} the event. */
    PERSON_NOT_TAKING_PART,
    NO_DRAFT_TO_PUBLISH,
    NO_PLAN_TO_PUBLISH,
    NO_SEATING_PLAN,
    /** {0} the organisation. */
    WALK_IN_SECTOR_REQUIRED,
    OWNER_OUTSIDE_EVENT_COUNTIES,
    CHALLENGE_OUTSIDE_REGION,
    CHALLENGE_ALREADY_SELECTED,
    /** {0} the status. */
    CHALLENGE_NOT_SUBMITTED,
    CHALLENGE_NOT_SELECTED,
    /** {0} how many wish for it. */
    CHALLENGE_WISHED_FOR,
    CHALLENGE_TITLE_TAKEN,
    /** {0} the number asked for. */
    MATCHES_PER_PERSON_RANGE,
    /** {0} the event. */
    MATCHES_PUBLISHED_NOT_REPLACED,
    /** {0} the event, {1} how many take part. */
    MATCHING_NEEDS_TWO,
    /** {0} the event. */
    NOBODY_TO_SEAT,
    /** {0} the event. */
    EVENT_NEEDS_ROUNDS_AND_TABLES,
    /** {0} the event. */
    PERSON_ALREADY_TAKING_PART,
    SOLVER_ALREADY_RUNNING,
    SOLVER_EVENT_GONE,
    /** {0} the e-mail address. */
    LOGIN_EXISTS_FOR,
    LOGIN_EXISTS;

    /** The message code, a bundle key. */
    public String code() {
        return "app.error." + name().toLowerCase(Locale.ROOT);
    }
}
