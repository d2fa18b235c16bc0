package no.fellesgrunn.planner.format;

/**
 * The largest problem files the planner accepts (docs/formats/PLANNER-FORMATS.md section 3). They
 * bound the memory and time a file can cost and keep every number far from overflowing an
 * {@code int} or the score's {@code long}. The stream limits are set on the parser
 * ({@link StrictJson}); the sizes of lists and ranges of numbers are in the JSON Schemas
 * (docs/formats/*.schema.json, which a test holds to these constants). A file beyond a limit is
 * rejected as a {@link FormatViolation} naming the field and the limit, before any solving.
 */
public final class Limits {
    /** Bytes of a problem file (16 MiB; the largest supported problems take about 2 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Arrays and objects inside each other (a valid file needs 5). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one number. */
    public static final int MAX_NUMBER_LENGTH = 20;
    /** Characters of one string value. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Characters of one field name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** JSON tokens (values, field names, brackets) in one file. */
    public static final long MAX_TOKENS = 2_000_000;
    /** Themes (or needed perspectives, wishes, ...) in one list of one actor, participant or challenge. */
    public static final int MAX_LIST_ENTRIES = 100;

    /** Actors in a matching problem. */
    public static final int MAX_ACTORS = 5_000;
    /** {@code matchesPerActor} and {@code maxMatches}; also at most the number of actors. */
    public static final int MAX_MATCHES_PER_ACTOR = 100;

    /** Rounds of an event. */
    public static final int MAX_ROUNDS = 20;
    /** Tables of an event. */
    public static final int MAX_TABLES = 1_000;
    /** Challenges of an event. */
    public static final int MAX_CHALLENGES = 1_000;
    /** Participants of an event. */
    public static final int MAX_PARTICIPANTS = 2_000;
    /** Seats at one table. */
    public static final int MAX_CAPACITY = 1_000;
    /**
     * A soft weight of the event format's {@code weights}. Every soft rule counts at most
     * 2 × rounds × participants² ≈ 1.6 × 10⁸ points at the largest size, so nine rules at this
     * weight stay below 1.5 × 10¹⁸, under the score's {@code Long.MAX_VALUE} (9.2 × 10¹⁸).
     */
    public static final long MAX_WEIGHT = 1_000_000_000L;

    private Limits() {}
}
