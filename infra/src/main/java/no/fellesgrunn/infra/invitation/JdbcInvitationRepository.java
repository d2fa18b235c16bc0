package no.fellesgrunn.infra.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.invitation.Invitation;
import no.fellesgrunn.domain.invitation.InvitationRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/** Invitation links in table {@code invitation} (V10__invitations.sql). */
@Repository
public class JdbcInvitationRepository implements InvitationRepository {
    private final Jdbc jdbc;

    public JdbcInvitationRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void add(Invitation i) {
        jdbc.template()
                .update(
                        "insert into invitation (id, event_id, actor_id, token_hash, created_at, expires_at, used_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?)",
                        i.id(),
                        i.eventId(),
                        i.actorId(),
                        i.tokenHash(),
                        Timestamp.from(i.createdAt()),
                        Timestamp.from(i.expiresAt()),
                        i.usedAt() == null ? null : Timestamp.from(i.usedAt()));
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.template().query("select * from invitation where token_hash = ?", this::map, tokenHash).stream()
                .findFirst();
    }

    @Override
    public List<Invitation> findByEvent(UUID eventId) {
        return jdbc.template()
                .query("select * from invitation where event_id = ? order by created_at, id", this::map, eventId);
    }

    @Override
    public boolean markUsed(UUID invitationId, Instant at) {
        return jdbc.template()
                        .update(
                                "update invitation set used_at = ? where id = ? and used_at is null",
                                Timestamp.from(at),
                                invitationId)
                == 1;
    }

    private Invitation map(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new Invitation(
                Jdbc.uuid(rs, "id"),
                Jdbc.uuid(rs, "event_id"),
                Jdbc.uuid(rs, "actor_id"),
                rs.getString("token_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                used == null ? null : used.toInstant());
    }
}
