package no.fellesgrunn.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import no.fellesgrunn.domain.account.SignInFailures;
import no.fellesgrunn.domain.account.SignInFailures.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address, and locks either for a while
 * when it has too many. The counts and locks are kept in PostgreSQL ({@link SignInFailures}), so
 * every node behind the load balancer sees the same ones: a lock made on one node holds on the
 * other, and failures on both add up. Every count and lock ends by time (the injected clock); as
 * this node records failures it deletes the ended ones at most once a minute, so the table never
 * holds more than one lock time's failures.
 *
 * <p>Account names are counted whether or not an account exists, so an unknown name is locked
 * exactly like a known one and the answers do not reveal which addresses have accounts. A lock of
 * one account never touches another account; the per-address budget is much larger, for one
 * machine trying many accounts.
 */
@Component
public class SignInThrottle {
    /** A locked account or address, and when it opens again. */
    public record Lock(String key, Instant until) {}

    static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    /** Longer than any e-mail address (254) or client address. */
    static final int MAX_KEY = 320;

    private final SignInFailures failures;
    private final Clock clock;
    private final int accountBudget;
    private final int addressBudget;
    private final Duration lockTime;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.MIN);

    @Autowired
    public SignInThrottle(
            SignInFailures failures,
            ObjectProvider<Clock> clock,
            @Value("${fellesgrunn.sign-in.account-failures:5}") int accountBudget,
            @Value("${fellesgrunn.sign-in.address-failures:100}") int addressBudget,
            @Value("${fellesgrunn.sign-in.lock-time:15m}") Duration lockTime) {
        this(failures, clock.getIfAvailable(Clock::systemUTC), accountBudget, addressBudget, lockTime);
    }

    SignInThrottle(SignInFailures failures, Clock clock, int accountBudget, int addressBudget, Duration lockTime) {
        this.failures = failures;
        this.clock = clock;
        this.accountBudget = accountBudget;
        this.addressBudget = addressBudget;
        this.lockTime = lockTime;
    }

    public Instant now() {
        return clock.instant();
    }

    /** When sign-in opens again for this account name or address, if either is locked now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> account = lockEnd(Kind.ACCOUNT, accountKey(username), now);
        Optional<Instant> client = lockEnd(Kind.ADDRESS, addressKey(address), now);
        if (account.isEmpty()) {
            return client;
        }
        return client.isEmpty() || account.get().isAfter(client.get()) ? account : client;
    }

    private Optional<Instant> lockEnd(Kind kind, String key, Instant now) {
        return key == null ? Optional.empty() : failures.lockedUntil(kind, key, now);
    }

    /** Records a failed attempt; returns when sign-in opens again if this failure caused a lock. */
    public Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        removeExpiredNowAndThen(now);
        Optional<Instant> account = count(Kind.ACCOUNT, accountKey(username), accountBudget, now);
        Optional<Instant> client = count(Kind.ADDRESS, addressKey(address), addressBudget, now);
        return account.isPresent() ? account : client;
    }

    private Optional<Instant> count(Kind kind, String key, int budget, Instant now) {
        return key == null ? Optional.empty() : failures.recordFailure(kind, key, now, budget, lockTime);
    }

    private void removeExpiredNowAndThen(Instant now) {
        Instant last = lastCleanup.get();
        if (!now.isBefore(last.plus(CLEANUP_INTERVAL)) && lastCleanup.compareAndSet(last, now)) {
            failures.removeExpired(now);
        }
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String username) {
        String key = accountKey(username);
        if (key != null) {
            failures.clear(Kind.ACCOUNT, key);
        }
    }

    /** The account names locked now, soonest to open first (for the administrator). */
    public List<Lock> lockedAccounts() {
        return failures.locked(Kind.ACCOUNT, clock.instant()).stream()
                .map(lock -> new Lock(lock.key(), lock.until()))
                .toList();
    }

    /** The administrator opens an account before its lock ends. */
    public void unlock(String username) {
        String key = accountKey(username);
        if (key != null) {
            failures.clear(Kind.ACCOUNT, key);
        }
    }

    /**
     * The account name in lower case. A name longer than any e-mail address (which cannot be an
     * account) is kept as its SHA-256, so a huge name cannot make a huge row.
     */
    static String accountKey(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return address.length() <= MAX_KEY ? address : "sha256:" + sha256(address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
