package no.fellesgrunn.web.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo's people and waiting for solver jobs, for tests of the solving pages and services. */
public final class SolvingTestSupport {
    private SolvingTestSupport() {}

    /** The demo organiser who runs only Bodø, and the one who runs Bodø and Agder. */
    public record Organisers(String bodoOnly, String both) {}

    public static Organisers organisers(
            UserAccountRepository accounts, UserDetailsService users, OrganiserEvents organiserEvents) {
        String bodoOnly = null;
        String both = null;
        for (UserAccount organiser : accounts.findByRole(Role.ORGANISER)) {
            List<RegionalEvent> mine = SignedIn.as(users, organiser.username(), organiserEvents::mine);
            if (mine.size() == 1) {
                bodoOnly = organiser.username();
            } else if (mine.size() == 2) {
                both = organiser.username();
            }
        }
        return new Organisers(bodoOnly, both);
    }

    /** Waits (without a timed assertion on speed) until the job has ended; fails after three minutes. */
    public static SolverProgress awaitEnd(Supplier<SolverProgress> status) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            SolverProgress progress = status.get();
            if (!progress.status().isRunning() && progress.status() != JobStatus.IDLE) {
                return progress;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the solver job did not end within three minutes");
    }

    public static UUID id(RegionalEvent event) {
        return event.id();
    }
}
