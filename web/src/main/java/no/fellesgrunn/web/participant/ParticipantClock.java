package no.fellesgrunn.web.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today and now as the participants live them: in Norway, read from the application's one
 * {@link Clock} bean ({@code web.base.Clocks}), so tests that set the clock set it here too.
 */
@Component
public class ParticipantClock {
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final Clock clock;

    public ParticipantClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OSLO);
    }

    /** The wall-clock time in Oslo now (coffee chats are agreed in local times). */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), OSLO);
    }
}
