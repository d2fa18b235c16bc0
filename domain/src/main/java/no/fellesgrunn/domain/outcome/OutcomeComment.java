package no.fellesgrunn.domain.outcome;

import java.time.Instant;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;

/** A remark by someone at the table on its outcome; comments stay open after the outcome is confirmed. */
public record OutcomeComment(UUID id, UUID authorId, String text, Instant writtenAt) {
    public OutcomeComment {
        Check.notNull(id, "comment id");
        Check.notNull(authorId, "author");
        text = Check.text(text, "comment", 2000);
        Check.notNull(writtenAt, "written at");
    }
}
