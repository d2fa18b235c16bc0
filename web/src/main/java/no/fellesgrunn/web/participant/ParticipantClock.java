package no.fellesgrunn.web.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today and now as the participants live them: in Norway. Its own bean so tests can replace it. */
@Component
public class ParticipantClock {
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final Clock clock = Clock.system(OSLO);

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
