package no.fellesgrunn.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.SignInFailures.Kind;
import no.fellesgrunn.domain.account.SignInFailures.Lock;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;

/** The counting rules of {@code sign_in_failure}, with times given by the test. */
@PostgresTest
class JdbcSignInFailuresTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00.123456789Z");
    private static final Duration LOCK = Duration.ofMinutes(15);
    private final JdbcSignInFailures failures;

    JdbcSignInFailuresTest(DataSource dataSource) {
        this.failures = new JdbcSignInFailures(dataSource);
    }

    @Test
    void theFailureThatReachesTheBudgetLocksUntilTheLockTimeAndOnlyThatOne() {
        for (int i = 1; i < 3; i++) {
            assertThat(failures.recordFailure(Kind.ACCOUNT, "a@example.no", T.plusSeconds(i), 3, LOCK))
                    .isEmpty();
            assertThat(failures.lockedUntil(Kind.ACCOUNT, "a@example.no", T.plusSeconds(i)))
                    .isEmpty();
        }
        Instant until = T.plusSeconds(3).plus(LOCK);
        // Kept to the microsecond, as PostgreSQL keeps it (3 s + 15 min after T).
        assertThat(failures.recordFailure(Kind.ACCOUNT, "a@example.no", T.plusSeconds(3), 3, LOCK))
                .contains(Instant.parse("2026-03-02T09:15:03.123456Z"));
        assertThat(failures.lockedUntil(Kind.ACCOUNT, "a@example.no", T.plusSeconds(4)))
                .contains(Instant.parse("2026-03-02T09:15:03.123456Z"));
        assertThat(failures.lockedUntil(Kind.ACCOUNT, "a@example.no", until)).isEmpty();
        // The same key as an address, and another account, are not locked.
        assertThat(failures.lockedUntil(Kind.ADDRESS, "a@example.no", T.plusSeconds(4)))
                .isEmpty();
        assertThat(failures.lockedUntil(Kind.ACCOUNT, "b@example.no", T.plusSeconds(4)))
                .isEmpty();
    }

    @Test
    void aCountWhoseWindowHasEndedStartsAgain() {
        failures.recordFailure(Kind.ADDRESS, "192.0.2.7", T, 2, LOCK);
        // Each failure extends the window; after a quiet lock time the count is back at zero.
        assertThat(failures.recordFailure(Kind.ADDRESS, "192.0.2.7", T.plus(LOCK), 2, LOCK))
                .isEmpty();
        assertThat(failures.recordFailure(
                        Kind.ADDRESS, "192.0.2.7", T.plus(LOCK).plus(LOCK).minusSeconds(1), 2, LOCK))
                .isPresent();
    }

    @Test
    void aBudgetOfOneLocksAtTheFirstFailure() {
        assertThat(failures.recordFailure(Kind.ACCOUNT, "once@example.no", T, 1, LOCK))
                .isPresent();
        assertThat(failures.lockedUntil(Kind.ACCOUNT, "once@example.no", T)).isPresent();
    }

    @Test
    void clearingOpensAKeyAndTheLockedListShowsSoonestFirst() {
        for (int i = 0; i < 2; i++) {
            failures.recordFailure(Kind.ACCOUNT, "list.later@example.no", T.plusSeconds(60), 2, LOCK);
            failures.recordFailure(Kind.ACCOUNT, "list.sooner@example.no", T, 2, LOCK);
            failures.recordFailure(Kind.ADDRESS, "list.192.0.2.9", T, 2, LOCK);
        }
        assertThat(failures.locked(Kind.ACCOUNT, T.plusSeconds(61)))
                .extracting(Lock::key)
                .filteredOn(key -> key.startsWith("list."))
                .containsExactly("list.sooner@example.no", "list.later@example.no");
        failures.clear(Kind.ACCOUNT, "list.sooner@example.no");
        assertThat(failures.locked(Kind.ACCOUNT, T.plusSeconds(61)))
                .extracting(Lock::key)
                .filteredOn(key -> key.startsWith("list."))
                .containsExactly("list.later@example.no");
        assertThat(failures.locked(Kind.ADDRESS, T.plusSeconds(61)))
                .extracting(Lock::key)
                .filteredOn(key -> key.startsWith("list."))
                .containsExactly("list.192.0.2.9");
    }

    @Test
    void removeExpiredForgetsWhatHasEndedAndKeepsRunningLocks() {
        failures.recordFailure(Kind.ACCOUNT, "ended@example.no", T, 5, LOCK);
        failures.recordFailure(Kind.ACCOUNT, "running@example.no", T.plus(Duration.ofMinutes(10)), 1, LOCK);
        Instant later = T.plus(Duration.ofMinutes(16));
        assertThat(failures.removeExpired(later)).isGreaterThanOrEqualTo(1);
        assertThat(failures.removeExpired(later)).isZero();
        assertThat(failures.lockedUntil(Kind.ACCOUNT, "running@example.no", later))
                .isPresent();
        assertThat(failures.recordFailure(Kind.ACCOUNT, "ended@example.no", later, 2, LOCK))
                .isEmpty();
    }
}
