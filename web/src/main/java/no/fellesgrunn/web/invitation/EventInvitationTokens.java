package no.fellesgrunn.web.invitation;

import java.util.Optional;
import java.util.UUID;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.invitation.Invitation;
import no.fellesgrunn.domain.invitation.InvitationRepository;
import no.fellesgrunn.domain.invitation.InvitationToken;
import no.fellesgrunn.web.participant.ParticipantClock;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * One place that knows every invitation link, whoever made it. Links to a known person for an
 * event live in the event's invitation table (the organiser workspace makes them for everyone
 * registered without a login); an invitation to a bare e-mail address, for someone not yet in the
 * directory, lives in {@code participant_invitation}. The invitation page resolves both, so a link
 * works wherever it was made.
 */
@Primary
@Component
public class EventInvitationTokens implements InvitationTokens {
    private final InvitationRepository eventInvitations;
    private final ParticipantInvitationTokens addressInvitations;
    private final ActorRepository actors;
    private final ParticipantClock clock;

    public EventInvitationTokens(
            InvitationRepository eventInvitations,
            ParticipantInvitationTokens addressInvitations,
            ActorRepository actors,
            ParticipantClock clock) {
        this.eventInvitations = eventInvitations;
        this.addressInvitations = addressInvitations;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public Optional<InvitationTarget> resolve(String token) {
        Optional<Invitation> invitation = eventInvitation(token);
        if (invitation.isPresent()) {
            return invitation.filter(i -> i.isOpenAt(clock.now())).flatMap(i -> actors.findById(i.actorId())
                    .filter(actor -> !actor.hasLeft())
                    .map(actor -> new InvitationTarget(
                            i.eventId(), actor.id(), actor.email().value())));
        }
        return addressInvitations.resolve(token);
    }

    @Override
    public boolean markUsed(String token) {
        Optional<Invitation> invitation = eventInvitation(token);
        return invitation.isPresent()
                ? eventInvitations.markUsed(invitation.get().id(), clock.now())
                : addressInvitations.markUsed(token);
    }

    @Override
    public String create(InvitationTarget target) {
        Optional<UUID> actorId = Optional.ofNullable(target.actorId())
                .or(() -> actors.findByEmail(Email.of(target.email())).map(a -> a.id()));
        if (target.eventId() == null || actorId.isEmpty()) {
            return addressInvitations.create(target);
        }
        String token = InvitationToken.newToken();
        var now = clock.now();
        eventInvitations.add(new Invitation(
                Ids.newId(),
                target.eventId(),
                actorId.get(),
                InvitationToken.hash(token),
                now,
                now.plus(ParticipantInvitationTokens.VALID_FOR),
                null));
        return token;
    }

    private Optional<Invitation> eventInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return eventInvitations.findByTokenHash(InvitationToken.hash(token));
    }
}
