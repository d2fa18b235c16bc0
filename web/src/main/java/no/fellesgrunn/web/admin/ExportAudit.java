package no.fellesgrunn.web.admin;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.infra.audit.JdbcExportLog;
import no.fellesgrunn.web.base.Clocks;
import no.fellesgrunn.web.privacy.PrivacySettings;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The export audit log: every download of people's data (the participants' file, the plan's files
 * and documents) is written down with who, when and which event, and the admin reads it. Entries
 * are kept for the same retention time as the events' personal data, then forgotten.
 */
@Service
public class ExportAudit {
    /** How many of the latest downloads the admin page shows. */
    static final int SHOWN = 200;

    private final JdbcExportLog log;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PrivacySettings privacy;

    public ExportAudit(JdbcExportLog log, CurrentUser currentUser, Clock clock, PrivacySettings privacy) {
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
        this.privacy = privacy;
    }

    /** The signed-in person downloads {@code what} (a code, e.g. {@code participants.CSV}) of the event. */
    public void downloaded(UUID eventId, String what) {
        String who = currentUser.account().map(a -> a.username()).orElse("?");
        log.record(clock.instant(), who, eventId, what);
        log.removeBefore(ZonedDateTime.now(clock.withZone(Clocks.OSLO))
                .minus(privacy.retention())
                .toInstant());
    }

    @RolesAllowed("ADMIN")
    public List<JdbcExportLog.Entry> recent() {
        return log.recent(SHOWN);
    }
}
