package no.fellesgrunn.web.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.infra.privacy.JdbcPersonalDataRetention;
import no.fellesgrunn.infra.privacy.JdbcPersonalDataRetention.Removal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Privacy by design: the participants' personal data of an event is anonymised once the event lies
 * {@link PrivacySettings#retention()} behind (default 12 months), by {@link #runOnce()} (daily, from
 * {@link RetentionTask}); what exactly is removed is listed in {@link JdbcPersonalDataRetention}. The
 * organiser sees it coming on the event's pages from {@link PrivacySettings#warning()} before.
 */
@Service
@EnableConfigurationProperties(PrivacySettings.class)
public class PersonalDataRetention {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final JdbcPersonalDataRetention store;
    private final PrivacySettings settings;
    private final Clock clock;

    /** What the event's pages say: anonymisation is coming on {@code date}, or was done on it. */
    public record Notice(boolean done, LocalDate date) {}

    @Autowired
    public PersonalDataRetention(
            JdbcPersonalDataRetention store, PrivacySettings settings, ObjectProvider<Clock> clocks) {
        this(store, settings, clocks.getIfAvailable(() -> Clock.system(OSLO)));
    }

    public PersonalDataRetention(JdbcPersonalDataRetention store, PrivacySettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OSLO);
    }

    /** The day the event's personal data goes. */
    public LocalDate dueDate(RegionalEvent event) {
        return event.date().plus(settings.retention());
    }

    /** Anonymises every event now past its retention time (each once); returns what was done. */
    public List<Removal> runOnce() {
        LocalDate heldOnOrBefore = today().minus(settings.retention());
        List<Removal> done = new ArrayList<>();
        for (UUID event : store.eventsDue(heldOnOrBefore)) {
            Removal removal = store.anonymise(event, heldOnOrBefore, clock.instant());
            LOG.info(
                    "Personal data of event {} anonymised: {} registrations cleared, {} people anonymised",
                    event,
                    removal.registrationsCleared(),
                    removal.actorsAnonymised());
            done.add(removal);
        }
        return done;
    }

    /** Shown on the event's pages: done, or due within the warning time; nothing before that. */
    public Optional<Notice> notice(RegionalEvent event) {
        Optional<Removal> removal = store.removal(event.id());
        if (removal.isPresent()) {
            return Optional.of(
                    new Notice(true, LocalDate.ofInstant(removal.get().removedAt(), OSLO)));
        }
        LocalDate due = dueDate(event);
        return today().isBefore(due.minus(settings.warning())) ? Optional.empty() : Optional.of(new Notice(false, due));
    }
}
