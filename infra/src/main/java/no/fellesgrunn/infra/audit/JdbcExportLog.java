package no.fellesgrunn.infra.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/** The export audit log: every download of personal data, newest first when read. */
@Repository
public class JdbcExportLog {
    private final Jdbc jdbc;

    /**
     * One download.
     *
     * @param eventName the event's name, or null when the event is gone or the export had none
     * @param what      a code of what was downloaded (the web layer names it), e.g. {@code participants.CSV}
     */
    public record Entry(Instant at, String username, UUID eventId, String eventName, String what) {}

    public JdbcExportLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void record(Instant at, String username, UUID eventId, String what) {
        jdbc.client()
                .sql("insert into export_log (at, username, event_id, what) values (?, ?, ?, ?)")
                .params(Timestamp.from(at), username, eventId, what)
                .update();
    }

    public List<Entry> recent(int limit) {
        return jdbc.client()
                .sql("select l.at, l.username, l.event_id, e.name, l.what from export_log l "
                        + "left join regional_event e on e.id = l.event_id order by l.at desc, l.id desc limit ?")
                .param(limit)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        Jdbc.uuid(rs, "event_id"),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Forgets entries from before this time (retention). */
    public int removeBefore(Instant before) {
        return jdbc.client()
                .sql("delete from export_log where at < ?")
                .param(Timestamp.from(before))
                .update();
    }
}
