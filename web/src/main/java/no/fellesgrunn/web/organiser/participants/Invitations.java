package no.fellesgrunn.web.organiser.participants;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.invitation.Invitation;
import no.fellesgrunn.domain.invitation.InvitationRepository;
import no.fellesgrunn.domain.invitation.InvitationToken;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/**
 * Invitation links for an event's participants who have no account: the organiser sends each
 * their own link (by e-mail, text message or on paper). A link is valid until the end of the event
 * day (Norwegian time) and is opened by the participant workspace at {@code invitation/{token}}.
 */
// Named apart from the participant workspace's web.invitation.Invitations, which opens the links.
@Service("eventInvitations")
public class Invitations {
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private final OrganiserEvents organiserEvents;
    private final RegistrationRepository registrations;
    private final ActorRepository actors;
    private final InvitationRepository invitations;
    private final Clock clock = Clock.systemUTC();

    public Invitations(
            OrganiserEvents organiserEvents,
            RegistrationRepository registrations,
            ActorRepository actors,
            InvitationRepository invitations) {
        this.organiserEvents = organiserEvents;
        this.registrations = registrations;
        this.actors = actors;
        this.invitations = invitations;
    }

    /** A new link for one actor registered for (or invited to) the event. */
    @RolesAllowed("ORGANISER")
    public IssuedInvitation invite(UUID eventId, UUID actorId) {
        RegionalEvent event = organiserEvents.open(eventId);
        Registration registration = registrations
                .findByEventAndActor(eventId, actorId)
                .orElseThrow(() ->
                        new AppRefusal(AppError.PERSON_NOT_REGISTERED, "this person is not registered for the event"));
        Actor actor = actors.findById(registration.actorId()).orElseThrow();
        return issue(event, actor);
    }

    /**
     * New links for everyone registered for or invited to the event who cannot sign in, by name.
     * Cancelled registrations get none.
     */
    @RolesAllowed("ORGANISER")
    public List<IssuedInvitation> inviteAllWithoutAccount(UUID eventId) {
        RegionalEvent event = organiserEvents.open(eventId);
        List<UUID> actorIds = registrations.findByEvent(eventId).stream()
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .map(Registration::actorId)
                .toList();
        Map<UUID, Actor> byId =
                actors.findByIds(actorIds).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        List<IssuedInvitation> issued = new ArrayList<>();
        actorIds.stream()
                .map(byId::get)
                .filter(a -> a.userAccountId() == null && !a.hasLeft())
                .sorted(java.util.Comparator.comparing(Actor::name))
                .forEach(a -> issued.add(issue(event, a)));
        return issued;
    }

    private IssuedInvitation issue(RegionalEvent event, Actor actor) {
        if (actor.hasLeft()) {
            throw new AppRefusal(
                    AppError.ACCOUNT_DELETED,
                    "this person has deleted their account; they can only come back by registering anew");
        }
        Instant now = clock.instant();
        Instant expires = event.date().plusDays(1).atStartOfDay(NORWAY).toInstant();
        if (!expires.isAfter(now)) {
            throw new AppRefusal(AppError.EVENT_OVER, "the event is over; invitations can no longer be made");
        }
        String token = InvitationToken.newToken();
        invitations.add(
                new Invitation(Ids.newId(), event.id(), actor.id(), InvitationToken.hash(token), now, expires, null));
        return new IssuedInvitation(actor.id(), actor.name(), actor.email().value(), token, expires);
    }
}
