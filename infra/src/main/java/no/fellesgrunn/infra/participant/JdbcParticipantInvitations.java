package no.fellesgrunn.infra.participant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * Invitation links of the participant workspace, on its own table {@code participant_invitation}.
 * The link carries a random token; only its hash is stored.
 */
@Repository
public class JdbcParticipantInvitations {
    private final Jdbc jdbc;

    /** What an invitation link stands for. {@code actorId} is set when the person is already known. */
    public record Row(UUID eventId, UUID actorId, String email, Instant expiresAt, Instant usedAt) {}

    public JdbcParticipantInvitations(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Stores a new invitation and returns its token (shown once, in the link). */
    public String create(UUID eventId, UUID actorId, String email, Instant expiresAt) {
        String token = TokenHash.newToken();
        jdbc.template()
                .update(
                        "insert into participant_invitation (token_hash, event_id, actor_id, email, expires_at) "
                                + "values (?, ?, ?, ?, ?)",
                        TokenHash.of(token),
                        eventId,
                        actorId,
                        email.strip().toLowerCase(java.util.Locale.ROOT),
                        Jdbc.timestamp(expiresAt));
        return token;
    }

    public Optional<Row> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc
                .template()
                .query(
                        "select * from participant_invitation where token_hash = ?",
                        (rs, n) -> new Row(
                                Jdbc.uuid(rs, "event_id"),
                                Jdbc.uuid(rs, "actor_id"),
                                rs.getString("email"),
                                Jdbc.instant(rs, "expires_at"),
                                Jdbc.instant(rs, "used_at")),
                        TokenHash.of(token))
                .stream()
                .findFirst();
    }

    /** Marks it used; false if it was already used (two tabs racing), so it is used only once. */
    public boolean markUsed(String token, Instant at) {
        return jdbc.template()
                        .update(
                                "update participant_invitation set used_at = ? where token_hash = ? and used_at is null",
                                Jdbc.timestamp(at),
                                TokenHash.of(token))
                == 1;
    }
}
