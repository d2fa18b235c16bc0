package no.fellesgrunn.domain.common;

import java.time.Instant;

/**
 * An organiser saved a change to something that someone else changed after it was read. The edit
 * is refused rather than silently overwriting the other person's work.
 */
public class StaleEditException extends DomainException {
    private final String what;
    private final int staleVersion;
    private final int currentVersion;
    private final String lastEditedBy;

    public StaleEditException(
            String what, int staleVersion, int currentVersion, String lastEditedBy, Instant lastEditedAt) {
        super(
                currentVersion < 0
                        ? DomainError.STALE_EDIT_DELETED
                        : lastEditedBy == null || lastEditedAt == null
                                ? DomainError.STALE_EDIT
                                : DomainError.STALE_EDIT_BY,
                what + " was changed by " + (lastEditedBy == null ? "someone else" : lastEditedBy)
                        + (lastEditedAt == null ? "" : " at " + lastEditedAt)
                        + " after you opened it (your version " + staleVersion + ", current version " + currentVersion
                        + "). Your change was not saved: reload and make it again.",
                currentVersion >= 0 && lastEditedBy != null && lastEditedAt != null
                        ? new Object[] {lastEditedBy, lastEditedAt}
                        : new Object[0]);
        this.what = what;
        this.staleVersion = staleVersion;
        this.currentVersion = currentVersion;
        this.lastEditedBy = lastEditedBy;
    }

    /** Creates the exception for something that was deleted since it was read. */
    public static StaleEditException deleted(String what, int staleVersion) {
        return new StaleEditException(what + " (since deleted)", staleVersion, -1, null, null);
    }

    public String what() {
        return what;
    }

    public int staleVersion() {
        return staleVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String lastEditedBy() {
        return lastEditedBy;
    }
}
