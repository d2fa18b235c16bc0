package no.fellesgrunn.infra.participant;

import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * Private calendar-feed tokens: one per participant, 256 random bits, stored hashed, renewable and
 * revocable, and expiring {@link #VALID_FOR} after they were made (a calendar program that still
 * asks after that gets nothing; the participant makes a new address on their schedule page).
 */
@Repository
public class JdbcCalendarSubscriptions {
    /** A year of events and a season's margin. */
    public static final int VALID_FOR_DAYS = 400;

    private final Jdbc jdbc;

    public JdbcCalendarSubscriptions(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A new token for the actor; any earlier one stops working at once. */
    public String renew(UUID actorId) {
        String token = TokenHash.newToken();
        jdbc.template()
                .update(
                        "insert into calendar_subscription (actor_id, token_hash) values (?, ?) "
                                + "on conflict (actor_id) do update set token_hash = excluded.token_hash, created_at = now()",
                        actorId,
                        TokenHash.of(token));
        return token;
    }

    public void revoke(UUID actorId) {
        jdbc.template().update("delete from calendar_subscription where actor_id = ?", actorId);
    }

    public boolean exists(UUID actorId) {
        return jdbc.client()
                        .sql("select count(*) from calendar_subscription where actor_id = ?")
                        .param(actorId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<UUID> actorFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.client()
                .sql("select actor_id from calendar_subscription where token_hash = ? "
                        + "and created_at > now() - make_interval(days => ?)")
                .params(TokenHash.of(token), VALID_FOR_DAYS)
                .query(UUID.class)
                .optional();
    }
}
