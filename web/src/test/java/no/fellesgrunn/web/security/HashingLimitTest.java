package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class HashingLimitTest {

    /** A hash that holds its thread until the test lets it go, counting how many run at once. */
    static final class HeldHash implements PasswordEncoder {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return matches(raw, "x") ? "hash:" + raw : "";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void noMoreHashesRunAtOnceThanThereArePermitsAndTheRestQueue() throws Exception {
        HeldHash held = new HeldHash();
        HashingLimit limit = new HashingLimit(held, 2);
        ExecutorService signIns = Executors.newFixedThreadPool(5);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(signIns.submit(() -> limit.matches("secret", "hash")));
            }
            for (int i = 0; i < 300 && limit.waiting() < 3; i++) {
                Thread.sleep(10);
            }
            assertThat(limit.waiting()).as("sign-ins waiting for a permit").isEqualTo(3);
            assertThat(held.running.get()).as("hashes running").isEqualTo(2);
            held.release.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(held.most.get()).isEqualTo(2);
            assertThat(limit.encode("pw")).isEqualTo("hash:pw");
        } finally {
            signIns.shutdownNow();
        }
    }

    @Test
    void theRealEncoderStillHashesWithBcryptAndChecks() {
        HashingLimit limit = new HashingLimit(new LongPasswordAwareEncoder(), HashingLimit.defaultPermits());
        String hash = limit.encode("korrekt hest batteri stift");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(limit.matches("korrekt hest batteri stift", hash)).isTrue();
        assertThat(limit.matches("feil", hash)).isFalse();
        assertThat(HashingLimit.defaultPermits()).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> new HashingLimit(limit, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
