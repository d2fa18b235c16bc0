package no.fellesgrunn.web.testsupport;

import java.time.Instant;
import no.fellesgrunn.web.security.AdjustableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's one clock with one that stands still at the start and moves only when
 * a test moves it, so a test can make a coffee chat's agreed time pass instead of agreeing on a
 * time in the past. {@code @Import(TestClock.class)}; the clock is the {@link AdjustableClock} bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {
    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock(Instant.now());
    }
}
