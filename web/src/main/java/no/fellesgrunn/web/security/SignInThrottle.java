package no.fellesgrunn.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address, and locks either for a while
 * when it has too many. Every entry expires on its own (Caffeine, timed by the injected clock), so
 * the state never grows without bound and a lock ends by itself.
 *
 * <p>Account names are counted whether or not an account exists, so an unknown name is locked
 * exactly like a known one and the answers do not reveal which addresses have accounts. A lock of
 * one account never touches another account; the per-address budget is much larger, for one
 * machine trying many accounts.
 */
@Component
public class SignInThrottle {
    /** A locked account or address, and when it opens again. */
    public record Lock(String key, Instant until) {
    }

    private record State(int failures, Instant windowEnds, Instant lockedUntil) {
        Instant expires() {
            return lockedUntil != null && lockedUntil.isAfter(windowEnds) ? lockedUntil : windowEnds;
        }
    }

    private final Clock clock;
    private final int accountBudget;
    private final int addressBudget;
    private final Duration lockTime;
    private final Cache<String, State> accounts;
    private final Cache<String, State> addresses;

    public SignInThrottle(ObjectProvider<Clock> clock,
                          @Value("${fellesgrunn.sign-in.account-failures:5}") int accountBudget,
                          @Value("${fellesgrunn.sign-in.address-failures:100}") int addressBudget,
                          @Value("${fellesgrunn.sign-in.lock-time:15m}") Duration lockTime) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.accountBudget = accountBudget;
        this.addressBudget = addressBudget;
        this.lockTime = lockTime;
        this.accounts = newCache();
        this.addresses = newCache();
    }

    private Cache<String, State> newCache() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new Expiry<String, State>() {
                    @Override
                    public long expireAfterCreate(String key, State state, long now) {
                        return untilExpiry(state);
                    }

                    @Override
                    public long expireAfterUpdate(String key, State state, long now, long current) {
                        return untilExpiry(state);
                    }

                    @Override
                    public long expireAfterRead(String key, State state, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    private long untilExpiry(State state) {
        return Math.max(0, Duration.between(clock.instant(), state.expires()).toNanos());
    }

    public Instant now() {
        return clock.instant();
    }

    /** When sign-in opens again for this account name or address, if either is locked now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = lockEnd(accounts, accountKey(username), now);
        Instant client = lockEnd(addresses, address, now);
        if (account == null) {
            return Optional.ofNullable(client);
        }
        return Optional.of(client == null || account.isAfter(client) ? account : client);
    }

    private static Instant lockEnd(Cache<String, State> cache, String key, Instant now) {
        if (key == null) {
            return null;
        }
        State state = cache.getIfPresent(key);
        return state != null && state.lockedUntil() != null && state.lockedUntil().isAfter(now) ? state.lockedUntil() : null;
    }

    /** Records a failed attempt; returns when sign-in opens again if this failure caused a lock. */
    public Optional<Instant> failed(String username, String address) {
        Instant account = count(accounts, accountKey(username), accountBudget);
        Instant client = count(addresses, address, addressBudget);
        return account != null ? Optional.of(account) : Optional.ofNullable(client);
    }

    private Instant count(Cache<String, State> cache, String key, int budget) {
        if (key == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant[] lockedNow = new Instant[1];
        cache.asMap().compute(key, (k, state) -> {
            if (state == null || !now.isBefore(state.expires())) {
                state = new State(0, now, null);
            }
            int failures = state.failures() + 1;
            if (failures >= budget) {
                // Locked: the count starts again when the lock ends (the entry expires with it).
                lockedNow[0] = now.plus(lockTime);
                return new State(0, lockedNow[0], lockedNow[0]);
            }
            // Failures are counted over a window that each new failure extends.
            return new State(failures, now.plus(lockTime), state.lockedUntil());
        });
        return lockedNow[0];
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String username) {
        String key = accountKey(username);
        if (key != null) {
            accounts.invalidate(key);
        }
    }

    /** The account names locked now, soonest to open first (for the administrator). */
    public List<Lock> lockedAccounts() {
        Instant now = clock.instant();
        return accounts.asMap().entrySet().stream()
                .filter(e -> e.getValue().lockedUntil() != null && e.getValue().lockedUntil().isAfter(now))
                .map(e -> new Lock(e.getKey(), e.getValue().lockedUntil()))
                .sorted(Comparator.comparing(Lock::until))
                .toList();
    }

    /** The administrator opens an account before its lock ends. */
    public void unlock(String username) {
        String key = accountKey(username);
        if (key != null) {
            accounts.invalidate(key);
        }
    }

    static String accountKey(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
