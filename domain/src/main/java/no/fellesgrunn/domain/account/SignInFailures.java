package no.fellesgrunn.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: failed sign-ins counted per account name and per client address, and the locks they
 * caused, kept where every node of the application sees them. Every count and lock ends by time;
 * {@link #removeExpired} forgets what has ended.
 */
public interface SignInFailures {

    /** What is counted: an account name (as typed, normalised) or a client address. */
    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    /** A key locked until a time. */
    record Lock(String key, Instant until) {}

    /** When this key's lock ends, if it is locked at {@code now}. */
    Optional<Instant> lockedUntil(Kind kind, String key, Instant now);

    /**
     * Counts one failure at {@code now}, atomically however many nodes count at once. Failures are
     * counted over a window that each failure extends to {@code now + lockTime}; the failure that
     * reaches {@code budget} locks the key until {@code now + lockTime} and starts the count again.
     *
     * @return when the lock ends, if this failure locked the key
     */
    Optional<Instant> recordFailure(Kind kind, String key, Instant now, int budget, Duration lockTime);

    /** Forgets the key's failures and lock (a successful sign-in, or an administrator opening it). */
    void clear(Kind kind, String key);

    /** The keys of this kind locked at {@code now}, soonest to open first. */
    List<Lock> locked(Kind kind, Instant now);

    /** Forgets every count and lock that has ended by {@code now}; returns how many. */
    int removeExpired(Instant now);
}
