package no.fellesgrunn.infra.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * The mail each publication of an event sent (matches, or a seating plan version): when, by whom,
 * and per recipient whether the mail server took it. Read newest first.
 */
@Repository
public class JdbcEventMailLog {
    private final Jdbc jdbc;

    /** What was published: matches, or a seating plan (the schedule). */
    public enum Kind {
        MATCHES,
        SCHEDULE
    }

    /** One recipient of a publication's mail. */
    public record Recipient(UUID actorId, String name, String email, boolean sent) {}

    /** One publication and its mail. */
    public record Entry(
            long id, UUID eventId, Kind kind, Integer planVersion, Instant at, String by, List<Recipient> recipients) {
        public long sentCount() {
            return recipients.stream().filter(Recipient::sent).count();
        }

        public long failedCount() {
            return recipients.size() - sentCount();
        }
    }

    public JdbcEventMailLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Writes down one publication's mail; {@code sent} says per actor whether the mail went. */
    public long record(UUID eventId, Kind kind, Integer planVersion, Instant at, String by, Map<UUID, Boolean> sent) {
        return jdbc.inTransaction(() -> {
            long id = jdbc.client()
                    .sql("insert into event_mail_log (event_id, kind, plan_version, sent_at, sent_by) "
                            + "values (?, ?, ?, ?, ?) returning id")
                    .params(eventId, kind.name(), planVersion, Timestamp.from(at), by)
                    .query(Long.class)
                    .single();
            sent.forEach((actor, ok) -> jdbc.template()
                    .update(
                            "insert into event_mail_recipient (log_id, actor_id, sent) values (?, ?, ?)",
                            id,
                            actor,
                            ok));
            return id;
        });
    }

    public List<Entry> ofEvent(UUID eventId) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.template()
                .query(
                        "select id, event_id, kind, plan_version, sent_at, sent_by from event_mail_log "
                                + "where event_id = ? order by sent_at desc, id desc",
                        rs -> {
                            int version = rs.getInt("plan_version");
                            entries.put(
                                    rs.getLong("id"),
                                    new Entry(
                                            rs.getLong("id"),
                                            Jdbc.uuid(rs, "event_id"),
                                            Kind.valueOf(rs.getString("kind")),
                                            rs.wasNull() ? null : version,
                                            Jdbc.instant(rs, "sent_at"),
                                            rs.getString("sent_by"),
                                            new ArrayList<>()));
                        },
                        eventId);
        if (!entries.isEmpty()) {
            jdbc.template()
                    .query(
                            "select r.log_id, r.actor_id, a.name, a.email, r.sent from event_mail_recipient r "
                                    + "join actor a on a.id = r.actor_id join event_mail_log l on l.id = r.log_id "
                                    + "where l.event_id = ? order by a.name, a.id",
                            rs -> {
                                entries.get(rs.getLong("log_id"))
                                        .recipients()
                                        .add(new Recipient(
                                                Jdbc.uuid(rs, "actor_id"),
                                                rs.getString("name"),
                                                rs.getString("email"),
                                                rs.getBoolean("sent")));
                            },
                            eventId);
        }
        return List.copyOf(entries.values());
    }
}
