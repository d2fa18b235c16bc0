package no.fellesgrunn.domain.common;

import java.util.Locale;

/**
 * Every rule the domain can refuse, as a message code: {@code domain.error.<name>} in lower case is
 * a key of the web layer's shared bundle in every language. The comment on each constant lists its
 * arguments in order. The texts live in web's messages bundles (nb, nn, en);
 * DomainMessagesTest checks that every code has them.
 */
public enum DomainError {
    REQUIRED,
    /** {0} the most characters allowed. */
    TEXT_TOO_LONG,
    /** {0} the position. */
    TEXT_BROKEN_CHARACTER,
    /** {0} the position. */
    TEXT_CONTROL_CHARACTER,
    TEXT_INVISIBLE,
    /** {0} the value. */
    MUNICIPALITY_NUMBER_INVALID,
    /** {0} the value. */
    COUNTY_NUMBER_INVALID,
    VERSION_NEGATIVE,
    STALE_EDIT,
    /** {0} who changed it, {1} when (Instant). */
    STALE_EDIT_BY,
    STALE_EDIT_DELETED,
    /** {0} the status, {1} the status asked for (the enum constants). */
    STATUS_CANNOT_MOVE,
    /** {0} the status, {1} the status asked for. */
    STATUS_FINAL,
    /** {0} the event. */
    SELECTED_CHALLENGE_UNKNOWN,
    /** {0} the challenge, {1} the event. */
    HOST_NOT_REGISTERED,
    WISH_TWICE,
    /** {0} the event. */
    REGISTRATION_OTHER_EVENT,
    /** {0} the event. */
    ROUND_NOT_OF_EVENT,
    /** {0} the event. */
    WISH_NOT_SELECTED,
    /** {0} the challenge. */
    CHALLENGE_HISTORY_STATUS,
    /** {0} the event. */
    EVENT_WITHOUT_COUNTY,
    /** {0} the event, {1} the venue municipality number. */
    VENUE_OUTSIDE_COUNTIES,
    /** {0} the event, {1} the event day (LocalDate). */
    REGISTRATION_CLOSES_AFTER_EVENT,
    /** {0} the round number, {1} its place. */
    ROUNDS_OUT_OF_ORDER,
    /** {0} the round number, {1} the event day (LocalDate). */
    ROUND_NOT_ON_EVENT_DAY,
    /** {0} the round number, {1} the round before. */
    ROUNDS_OVERLAP,
    /** {0} the room name. */
    ROOM_NAME_TWICE,
    /** {0} the table label. */
    TABLE_LABEL_TWICE,
    CHALLENGE_SELECTED_TWICE,
    /** {0} the rounds asked for, {1} the rounds of the event. */
    CHALLENGE_MORE_ROUNDS_THAN_EVENT,
    REGISTRATION_CLOSES_BEFORE_OPENS,
    /** {0} the number. */
    ROUND_NUMBER_INVALID,
    /** {0} the round number. */
    ROUND_ENDS_BEFORE_START,
    /** {0} the table label. */
    TABLE_CAPACITY,
    /** {0} min rounds, {1} max rounds. */
    SELECTED_ROUNDS_INVALID,
    ACTOR_PAIR_INVALID,
    MATCH_WITH_SELF,
    MATCH_SIMILARITY_RANGE,
    MATCH_ANSWER_MISSING,
    MATCH_DECLINED_IS_FINAL,
    MATCH_NOT_DECLINED,
    /** {0} the minutes a decline may be taken back. */
    MATCH_UNDO_TOO_LATE,
    /** {0} the number. */
    PLAN_NUMBER_INVALID,
    PLAN_PUBLISHED_WITHOUT_WHO,
    /** {0} the plan version. */
    PLAN_ALREADY_PUBLISHED,
    /** {0} the plan version, {1} how many hard rules it breaks. */
    PLAN_BREAKS_HARD_RULES,
    /** {0} the plan version. */
    PLAN_PUBLISHED_IS_FINAL,
    PLAN_TWO_SEATS_IN_ROUND,
    PLAN_TWO_CHALLENGES_AT_TABLE,
    /** {0} the event. */
    PLAN_TABLE_NOT_OF_EVENT,
    /** {0} the event. */
    PLAN_PERSON_NOT_TAKING_PART,
    /** {0} the round number. */
    PLAN_PERSON_NOT_AVAILABLE_IN_ROUND,
    /** {0} the round number. */
    PLAN_NO_SEAT_TO_PIN,
    /** {0} the phone number. */
    PHONE_INVALID,
    PROFILE_NOT_IN_YOUR_CARE,
    /** {0} the theme key. */
    THEME_LISTED_TWICE,
    /** {0} the priority. */
    THEME_PRIORITY_TWICE,
    /** {0} the language as given. */
    LANGUAGE_INVALID,
    EMAIL_REQUIRED,
    /** {0} the value. */
    EMAIL_INVALID,
    THEME_REQUIRED,
    /** {0} the priority. */
    THEME_PRIORITY_INVALID,
    /** {0} the organisation. */
    ORGANISATION_AS_CITIZEN,
    /** {0} the value. */
    ORGANISATION_NUMBER_INVALID,
    /** {0} the most times. */
    CHAT_TIMES_COUNT,
    CHAT_TIME_TWICE,
    /** {0} the place. */
    CHAT_PLACE_NOT_NEUTRAL,
    CHAT_ONLY_INVITER_PROPOSES,
    CHAT_PROPOSE_TWO_OR_THREE,
    CHAT_ACCEPT_A_PROPOSED_TIME,
    CHAT_WAIT_FOR_ANSWER,
    CHAT_ONLY_THE_TWO,
    /** {0} the chat status. */
    CHAT_WRONG_STATUS,
    CHAT_NEEDS_TWO_PEOPLE,
    /** {0} the step. */
    NEXT_STEP_RESPONSIBLE,
    /** {0} the step. */
    NEXT_STEP_TWICE,
    CHAT_SUMMARY_FIRST,
    CHAT_SUMMARY_BEFORE_MEETING,
    CHAT_NEXT_STEP_NEEDED,
    /** {0} the step, {1} its due date (LocalDate). */
    NEXT_STEP_DUE_PASSED,
    NEXT_STEP_UNKNOWN,
    /** {0} the step. */
    NEXT_STEP_DUE_REQUIRED,
    INVITATION_HASH_INVALID,
    INVITATION_EXPIRY_INVALID,
    /** {0} the number. */
    SDG_GOAL_NUMBER_INVALID,
    /** {0} the key. */
    THEME_KEY_INVALID,
    /** {0} the theme key, {1} the goal number. */
    THEME_GOAL_UNKNOWN,
    /** {0} the name. */
    THEME_NAME_INVALID,
    MATCHES_ALREADY_PUBLISHED,
    // Table outcomes (OutcomeRefused).
    OUTCOME_CONFIRMATION,
    /** {0} the step. */
    OUTCOME_DUPLICATE,
    OUTCOME_RECORD,
    OUTCOME_CONFIRMED,
    /** {0} the step. */
    OUTCOME_OWNER_NOT_AT_TABLE,
    /** {0} the step. */
    OUTCOME_DUE_PASSED,
    OUTCOME_CONFIRM,
    OUTCOME_NO_COMMON_THIRD,
    OUTCOME_COMMENT,
    /** {0} the step. */
    OUTCOME_MOVE,
    OUTCOME_NO_STEP,
    OUTCOME_OTHER_TABLE,
    /** {0} the step, when it has a name. */
    OUTCOME_OWNER,
    /** {0} the step. */
    OUTCOME_DUE,
    OUTCOME_SECRETARY_NOT_AT_TABLE,
    OUTCOME_NOTHING_RECORDED;

    /** The message code, a bundle key of the web layer. */
    public String code() {
        return "domain.error." + name().toLowerCase(Locale.ROOT);
    }
}
