package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.participant.JdbcChatDirectory;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import org.springframework.stereotype.Service;

/** My profile (what I bring and what others may see) and my registrations for events. */
@Service
public class MyProfile {
    private final Me me;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final JdbcChatDirectory directory;
    private final RegionalEventRepository events;
    private final RegistrationRepository registrations;
    private final no.fellesgrunn.domain.challenge.ChallengeRepository challenges;

    public MyProfile(
            Me me,
            ActorRepository actors,
            OrganisationRepository organisations,
            JdbcChatDirectory directory,
            RegionalEventRepository events,
            RegistrationRepository registrations,
            no.fellesgrunn.domain.challenge.ChallengeRepository challenges) {
        this.challenges = challenges;
        this.me = me;
        this.actors = actors;
        this.organisations = organisations;
        this.directory = directory;
        this.events = events;
        this.registrations = registrations;
    }

    @RolesAllowed("PARTICIPANT")
    public boolean exists() {
        return me.hasProfile();
    }

    @RolesAllowed("PARTICIPANT")
    public Actor actor() {
        return me.actor();
    }

    @RolesAllowed("PARTICIPANT")
    public ProfileForm form() {
        Actor a = me.actor();
        return new ProfileForm(
                a.name(),
                a.phone(),
                a.organisationId(),
                null,
                null,
                a.roleTitle(),
                a.homeMunicipality(),
                a.themeKeys(),
                a.perspectives(),
                a.languages(),
                a.accessibilityNeeds(),
                a.consent().showEmail(),
                a.consent().showPhone(),
                a.consent().showOrganisation(),
                directory.isListed(a.id()),
                a.version());
    }

    @RolesAllowed("PARTICIPANT")
    public List<Organisation> organisations() {
        return organisations.findAll().stream()
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    /** Saves my profile; a stale edit (changed elsewhere meanwhile) throws StaleEditException. */
    @RolesAllowed("PARTICIPANT")
    public Actor save(ProfileForm form) {
        Actor current = me.actor();
        UUID organisationId = form.organisationId();
        if (form.newOrganisation() != null && !form.newOrganisation().isBlank()) {
            if (form.newSector() == null) {
                throw new AppRefusal(
                        AppError.ORGANISATION_SECTOR_REQUIRED,
                        "say which sector " + form.newOrganisation().strip() + " belongs to",
                        form.newOrganisation().strip());
            }
            organisationId = organisations
                    .save(
                            Organisation.create(
                                    form.newOrganisation(), null, form.newSector(), form.homeMunicipality()),
                            me.editedBy())
                    .id();
        }
        List<ThemeInterest> themes = new ArrayList<>();
        for (int i = 0; i < form.themes().size(); i++) {
            themes.add(new ThemeInterest(form.themes().get(i), i + 1));
        }
        Actor edited = new Actor(
                current.id(),
                form.name(),
                current.email(),
                form.phone(),
                organisationId,
                form.roleTitle(),
                form.homeMunicipality(),
                themes,
                form.perspectives(),
                form.languages().isEmpty() ? Set.of("nb") : form.languages(),
                form.accessibilityNeeds(),
                new Consent(form.showEmail(), form.showPhone(), form.showOrganisation()),
                current.userAccountId(),
                form.version());
        Actor saved = actors.save(edited, me.editedBy());
        directory.setListed(saved.id(), form.listedInDirectory());
        return saved;
    }

    /** Events open for registration, and events I am registered for. */
    @RolesAllowed("PARTICIPANT")
    public List<RegionalEvent> events() {
        UUID actorId = me.actor().id();
        Set<UUID> mine = new java.util.HashSet<>(registrations.findByActor(actorId).stream()
                .map(Registration::eventId)
                .toList());
        return events.findAll().stream()
                .filter(e -> e.status() == EventStatus.REGISTRATION_OPEN || mine.contains(e.id()))
                .sorted(Comparator.comparing(RegionalEvent::date))
                .toList();
    }

    /** Whether I have registered for any event (in any state), in one read. */
    @RolesAllowed("PARTICIPANT")
    public boolean hasRegistrations() {
        return !registrations.findByActor(me.actor().id()).isEmpty();
    }

    @RolesAllowed("PARTICIPANT")
    public Optional<Registration> registration(UUID eventId) {
        return registrations.findByEventAndActor(eventId, me.actor().id());
    }

    /** Registers me (or updates my registration) while the event's registration is open. */
    @RolesAllowed("PARTICIPANT")
    public Registration register(
            UUID eventId, Set<UUID> rounds, List<UUID> wishes, boolean accessibleTable, String venueNeeds) {
        UUID actorId = me.actor().id();
        RegionalEvent event = events().stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("event"));
        if (event.status() != EventStatus.REGISTRATION_OPEN) {
            throw new AppRefusal(
                    AppError.REGISTRATION_CLOSED, "registration for " + event.name() + " is closed", event.name());
        }
        if (rounds.isEmpty()) {
            throw new AppRefusal(AppError.ROUND_REQUIRED, "choose at least one round you can attend");
        }
        Registration wanted = Registration.register(event, actorId, rounds, wishes, accessibleTable, venueNeeds);
        Optional<Registration> existing = registrations.findByEventAndActor(eventId, actorId);
        if (existing.isEmpty()) {
            return registrations.save(wanted, me.editedBy());
        }
        Registration updated = existing.get().withDetailsOf(wanted);
        if (updated.status() == RegistrationStatus.CANCELLED || updated.status() == RegistrationStatus.INVITED) {
            updated = updated.moveTo(RegistrationStatus.REGISTERED);
        }
        return registrations.save(updated, me.editedBy());
    }

    /** The challenges an event offers, for the wishes of a registration. */
    @RolesAllowed("PARTICIPANT")
    public List<no.fellesgrunn.domain.challenge.Challenge> offeredChallenges(RegionalEvent event) {
        return challenges.findByIds(event.challenges().stream()
                .map(no.fellesgrunn.domain.event.SelectedChallenge::challengeId)
                .toList());
    }
}
