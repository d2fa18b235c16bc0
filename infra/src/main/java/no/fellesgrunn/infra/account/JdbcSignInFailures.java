package no.fellesgrunn.infra.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.SignInFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins in {@code sign_in_failure} (V95), shared by every node on the database. A failure
 * is one {@code insert ... on conflict do update} statement, so concurrent failures on several nodes
 * are all counted and exactly one of them makes the lock.
 */
@Repository
public class JdbcSignInFailures implements SignInFailures {
    private final JdbcClient jdbc;

    public JdbcSignInFailures(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<Instant> lockedUntil(Kind kind, String key, Instant now) {
        return jdbc.sql(
                        "select locked_until from sign_in_failure where kind = :kind and key = :key and locked_until > :now")
                .param("kind", kind.name())
                .param("key", key)
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public Optional<Instant> recordFailure(Kind kind, String key, Instant now, int budget, Duration lockTime) {
        // PostgreSQL keeps microseconds: the lock's end is written and compared at that precision.
        Instant until = now.plus(lockTime).truncatedTo(ChronoUnit.MICROS);
        Boolean lockedNow = jdbc.sql("""
                insert into sign_in_failure as f (kind, key, failures, locked_until, expires_at)
                values (:kind, :key, case when :budget <= 1 then 0 else 1 end,
                        case when :budget <= 1 then cast(:until as timestamptz) end, :until)
                on conflict (kind, key) do update set
                    failures = case when f.expires_at <= :now then excluded.failures
                                    when f.failures + 1 >= :budget then 0
                                    else f.failures + 1 end,
                    locked_until = case when f.expires_at <= :now then excluded.locked_until
                                        when f.failures + 1 >= :budget then cast(:until as timestamptz)
                                        else f.locked_until end,
                    expires_at = greatest(cast(:until as timestamptz), case when f.expires_at > :now then f.locked_until end)
                returning coalesce(locked_until = cast(:until as timestamptz) and failures = 0, false)
                """)
                .param("kind", kind.name())
                .param("key", key)
                .param("budget", budget)
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
        return Boolean.TRUE.equals(lockedNow) ? Optional.of(until) : Optional.empty();
    }

    @Override
    public void clear(Kind kind, String key) {
        jdbc.sql("delete from sign_in_failure where kind = :kind and key = :key")
                .param("kind", kind.name())
                .param("key", key)
                .update();
    }

    @Override
    public List<Lock> locked(Kind kind, Instant now) {
        return jdbc.sql("select key, locked_until from sign_in_failure where kind = :kind and locked_until > :now "
                        + "order by locked_until, key")
                .param("kind", kind.name())
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Lock(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    @Override
    public int removeExpired(Instant now) {
        return jdbc.sql("delete from sign_in_failure where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }
}
