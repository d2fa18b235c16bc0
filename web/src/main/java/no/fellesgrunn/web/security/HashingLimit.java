package no.fellesgrunn.web.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password hash (bcrypt at cost 10, about 75 ms of one core's time) runs only when one of a few
 * permits is free, by default as many as there are cores: a burst of sign-ins queues for the
 * permits, first come first served, instead of putting a hash on every request thread, so page
 * views of people already signed in are scheduled beside at most that many hashes and do not wait
 * behind hundreds of them. The hash itself stays as strong as it was. A sign-in waits only for the
 * hashes queued before it.
 * <p>
 * Issue 16 found 194 of 202 request threads in BCrypt during a burst of 500 sign-ins; see
 * docs/performance.md for the measurement with and without the limit.
 */
public class HashingLimit implements PasswordEncoder {
    private final PasswordEncoder encoder;
    private final Semaphore permits;

    public HashingLimit(PasswordEncoder encoder, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one hash at a time, not " + permits);
        }
        this.encoder = encoder;
        this.permits = new Semaphore(permits, true);
    }

    /** As many as the cores this JVM may use. */
    public static int defaultPermits() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return limited(() -> encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return limited(() -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** How many hashes wait for a permit now. */
    int waiting() {
        return permits.getQueueLength();
    }

    private <T> T limited(Supplier<T> hash) {
        permits.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
