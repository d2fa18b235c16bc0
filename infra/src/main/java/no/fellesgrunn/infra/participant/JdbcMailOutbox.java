package no.fellesgrunn.infra.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/** The embedded demo's outbox: mails that would have been sent, kept so the demo can show them. */
@Repository
public class JdbcMailOutbox {
    private final Jdbc jdbc;

    public record StoredMail(
            UUID id,
            String recipient,
            String subject,
            String body,
            String attachmentName,
            byte[] attachment,
            Instant sentAt) {}

    public JdbcMailOutbox(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void store(String recipient, String subject, String body, String attachmentName, byte[] attachment) {
        jdbc.template()
                .update(
                        "insert into mail_outbox (id, recipient, subject, body, attachment_name, attachment) "
                                + "values (?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        recipient,
                        subject,
                        body,
                        attachmentName,
                        attachment);
    }

    public List<StoredMail> findByRecipient(String recipient) {
        return load("where recipient = ?", recipient);
    }

    public List<StoredMail> findAll() {
        return load("");
    }

    public void deleteByRecipient(String recipient) {
        jdbc.template().update("delete from mail_outbox where recipient = ?", recipient);
    }

    private List<StoredMail> load(String where, Object... params) {
        return jdbc.template()
                .query(
                        "select * from mail_outbox " + where + " order by sent_at desc, id",
                        (rs, n) -> new StoredMail(
                                Jdbc.uuid(rs, "id"),
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("attachment_name"),
                                rs.getBytes("attachment"),
                                Jdbc.instant(rs, "sent_at")),
                        params);
    }
}
