package no.fellesgrunn.web.organiser.seating;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import no.fellesgrunn.web.solver.SchedulingJobs;
import org.springframework.stereotype.Service;

/**
 * A person nobody knew of arrives at the door: made in one step from what the organiser asks
 * (name, e-mail, organisation and its sector, themes), registered for every round and seated by
 * the running re-plan like any arrival. Someone whose e-mail is known already keeps their own
 * profile and is simply registered (the import's rule, {@code ProfileSteward}).
 *
 * @see SchedulingJobs#participantArrived
 */
@Service
public class WalkIns {
    private final OrganiserEvents organiserEvents;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final SchedulingJobs jobs;
    private final CurrentUser currentUser;

    public WalkIns(
            OrganiserEvents organiserEvents,
            ActorRepository actors,
            OrganisationRepository organisations,
            SchedulingJobs jobs,
            CurrentUser currentUser) {
        this.organiserEvents = organiserEvents;
        this.actors = actors;
        this.organisations = organisations;
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    /** What the organiser writes down at the door. Organisation and sector are left empty for a citizen. */
    public record WalkIn(String name, String email, String organisation, Sector sector, List<String> themeKeys) {}

    /**
     * @return whether a running re-plan seats them now (else the next solve does)
     */
    @RolesAllowed("ORGANISER")
    public boolean arrive(UUID eventId, WalkIn walkIn) {
        RegionalEvent event = organiserEvents.open(eventId);
        Email email = Email.of(walkIn.email() == null ? "" : walkIn.email());
        Actor actor =
                actors.findByEmail(email).orElseGet(() -> actors.save(newActor(event, walkIn, email), editedBy()));
        return jobs.participantArrived(eventId, actor.id());
    }

    private Actor newActor(RegionalEvent event, WalkIn walkIn, Email email) {
        String municipality = event.venue().municipalityNumber();
        UUID organisationId = null;
        if (walkIn.organisation() != null && !walkIn.organisation().isBlank()) {
            if (walkIn.sector() == null || walkIn.sector() == Sector.CITIZEN) {
                throw new AppRefusal(
                        AppError.WALK_IN_SECTOR_REQUIRED,
                        "choose the sector of " + walkIn.organisation().strip(),
                        walkIn.organisation().strip());
            }
            organisationId = organisations.findByName(walkIn.organisation().strip()).stream()
                    .findFirst()
                    .orElseGet(() -> organisations.save(
                            Organisation.create(walkIn.organisation().strip(), null, walkIn.sector(), municipality),
                            editedBy()))
                    .id();
        }
        List<ThemeInterest> themes = new ArrayList<>();
        for (String key : walkIn.themeKeys()) {
            themes.add(new ThemeInterest(key, themes.size() + 1));
        }
        Actor fresh = Actor.create(walkIn.name(), email, municipality);
        return new Actor(
                fresh.id(),
                fresh.name(),
                email,
                null,
                organisationId,
                null,
                municipality,
                themes,
                fresh.perspectives(),
                fresh.languages(),
                null,
                fresh.consent(),
                null,
                0);
    }

    private String editedBy() {
        return currentUser.account().map(a -> a.username()).orElse("organiser");
    }
}
