package no.fellesgrunn.web.organiser.participants;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.ProfileChange;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.spreadsheet.ExportService;
import no.fellesgrunn.infra.spreadsheet.ImportReport;
import no.fellesgrunn.infra.spreadsheet.ImportService;
import no.fellesgrunn.infra.spreadsheet.SheetKind;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's participants as the organiser manages them: a list paged from the database, the
 * actors' spreadsheet in and out, and changes to a registration made on a participant's behalf
 * (for people who do not use computers).
 */
@Service
public class ParticipantAdministration {
    private final OrganiserEvents organiserEvents;
    private final RegistrationRepository registrations;
    private final ActorRepository actors;
    private final ImportService importService;
    private final ExportService exportService;
    private final CurrentUser currentUser;
    private final no.fellesgrunn.web.admin.ExportAudit exportAudit;
    private final OrganisationRepository organisations;
    private final no.fellesgrunn.domain.challenge.ChallengeRepository challenges;

    public ParticipantAdministration(
            OrganiserEvents organiserEvents,
            RegistrationRepository registrations,
            ActorRepository actors,
            ImportService importService,
            ExportService exportService,
            CurrentUser currentUser,
            no.fellesgrunn.web.admin.ExportAudit exportAudit,
            OrganisationRepository organisations,
            no.fellesgrunn.domain.challenge.ChallengeRepository challenges) {
        this.challenges = challenges;
        this.exportAudit = exportAudit;
        this.organisations = organisations;
        this.organiserEvents = organiserEvents;
        this.registrations = registrations;
        this.actors = actors;
        this.importService = importService;
        this.exportService = exportService;
        this.currentUser = currentUser;
    }

    @RolesAllowed("ORGANISER")
    public int count(UUID eventId, ParticipantFilter filter) {
        organiserEvents.open(eventId);
        return registrations.countParticipants(eventId, filter);
    }

    @RolesAllowed("ORGANISER")
    public List<ParticipantListing> page(UUID eventId, ParticipantFilter filter, int offset, int limit) {
        organiserEvents.open(eventId);
        return registrations.findParticipants(eventId, filter, offset, limit);
    }

    /** The event's actors with their registrations, in the import format. */
    @RolesAllowed("ORGANISER")
    public byte[] export(UUID eventId, SpreadsheetFormat format) {
        organiserEvents.open(eventId);
        exportAudit.downloaded(eventId, "participants." + format.name());
        return exportService.export(SheetKind.ACTORS, format, eventId);
    }

    @RolesAllowed("ORGANISER")
    public String exportFileName(UUID eventId, SpreadsheetFormat format) {
        organiserEvents.open(eventId);
        return exportService.fileName(SheetKind.ACTORS, format, eventId);
    }

    /** Checks an actors' file for the event without changing anything. */
    @RolesAllowed("ORGANISER")
    public ImportReport preview(UUID eventId, String fileName, byte[] content) {
        organiserEvents.open(eventId);
        return importService.preview(SheetKind.ACTORS, fileName, content, eventId, organiserEvents.steward());
    }

    /** Imports the file if every row is valid; otherwise nothing changes and every bad row is reported. */
    @RolesAllowed("ORGANISER")
    public ImportReport importFile(UUID eventId, String fileName, byte[] content) {
        organiserEvents.open(eventId);
        return importService.importFile(
                SheetKind.ACTORS, fileName, content, eventId, editedBy(), organiserEvents.steward());
    }

    /** A registration of this event, with its actor, for editing on the participant's behalf. */
    @RolesAllowed("ORGANISER")
    public OnBehalf registration(UUID eventId, UUID registrationId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration registration = registrations
                .findById(registrationId)
                .filter(r -> r.eventId().equals(event.id()))
                .orElseThrow(() -> new AppRefusal(
                        AppError.REGISTRATION_NOT_OF_EVENT, "this registration is not one of the event's"));
        Actor actor = actors.findById(registration.actorId()).orElseThrow();
        boolean profileInCare = organiserEvents.steward().mayChange(actor, eventsOf(actor));
        return new OnBehalf(
                event,
                registration,
                actor,
                profileInCare,
                profileInCare
                        ? organisations.findAll().stream()
                                .sorted(java.util.Comparator.comparing(Organisation::name))
                                .toList()
                        : List.of());
    }

    private java.util.Set<UUID> eventsOf(Actor actor) {
        return registrations.findByActor(actor.id()).stream()
                .map(Registration::eventId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Saves a registration edited on the participant's behalf: availability, wishes, needs and
     * status. The registration must stay the same one of the same event.
     *
     * @throws no.fellesgrunn.domain.common.StaleEditException when someone saved it meanwhile
     */
    @RolesAllowed("ORGANISER")
    public Registration saveOnBehalf(UUID eventId, Registration edited) {
        return saveOnBehalf(eventId, edited, null);
    }

    /**
     * Saves a registration and, for someone in the organiser's care (no login of their own, taking
     * part only in the organiser's events: see {@link no.fellesgrunn.domain.actor.ProfileSteward}),
     * their profile with it: name, organisation, themes, perspectives and what others may see. Both
     * are saved, or neither.
     *
     * @param profile the profile as edited, or null to leave it as it is
     * @throws no.fellesgrunn.domain.common.StaleEditException when someone saved either meanwhile
     */
    @RolesAllowed("ORGANISER")
    @Transactional
    public Registration saveOnBehalf(UUID eventId, Registration edited, ProfileChange profile) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration stored = registrations
                .findById(edited.id())
                .filter(r -> r.eventId().equals(event.id()) && r.actorId().equals(edited.actorId()))
                .orElseThrow(() -> new AppRefusal(
                        AppError.REGISTRATION_NOT_OF_EVENT, "this registration is not one of the event's"));
        edited.checkAgainst(event);
        if (edited.status() != stored.status() && !stored.status().canMoveTo(edited.status())) {
            throw new AppRefusal(
                    AppError.REGISTRATION_STATUS_CANNOT_MOVE,
                    "a registration cannot move from " + stored.status() + " to " + edited.status(),
                    stored.status(),
                    edited.status());
        }
        if (profile != null) {
            Actor person = actors.findById(edited.actorId()).orElseThrow();
            actors.save(organiserEvents.steward().change(person, eventsOf(person), profile), editedBy());
        }
        return registrations.save(edited, editedBy());
    }

    private String editedBy() {
        return currentUser.account().map(a -> a.username()).orElseThrow();
    }

    /**
     * A registration opened for editing on someone's behalf.
     *
     * @param profileInCare  whether the organiser may change the person's profile too
     * @param organisations  the organisations to choose from when they may (else empty)
     */
    /** The titles of the challenges the event offers, by id, in the event's order (an unknown id as itself). */
    @RolesAllowed("ORGANISER")
    public java.util.Map<UUID, String> challengeTitles(RegionalEvent event) {
        List<UUID> ids = event.challenges().stream()
                .map(no.fellesgrunn.domain.event.SelectedChallenge::challengeId)
                .toList();
        java.util.Map<UUID, String> byId = new java.util.HashMap<>();
        challenges.findByIds(ids).forEach(c -> byId.put(c.id(), c.title()));
        java.util.Map<UUID, String> titles = new java.util.LinkedHashMap<>();
        ids.forEach(id -> titles.put(id, byId.getOrDefault(id, id.toString())));
        return titles;
    }

    public record OnBehalf(
            RegionalEvent event,
            Registration registration,
            Actor actor,
            boolean profileInCare,
            List<Organisation> organisations) {}
}
