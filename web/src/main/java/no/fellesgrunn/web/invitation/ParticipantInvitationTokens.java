package no.fellesgrunn.web.invitation;

import java.time.Duration;
import java.util.Optional;
import no.fellesgrunn.infra.participant.JdbcParticipantInvitations;
import no.fellesgrunn.web.participant.ParticipantClock;
import org.springframework.stereotype.Component;

/** Invitation links on the table {@code participant_invitation}; valid for 30 days, used once. */
@Component
public class ParticipantInvitationTokens implements InvitationTokens {
    static final Duration VALID_FOR = Duration.ofDays(30);
    private final JdbcParticipantInvitations invitations;
    private final ParticipantClock clock;

    public ParticipantInvitationTokens(JdbcParticipantInvitations invitations, ParticipantClock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public Optional<InvitationTarget> resolve(String token) {
        return invitations
                .find(token)
                .filter(row -> row.usedAt() == null && row.expiresAt().isAfter(clock.now()))
                .map(row -> new InvitationTarget(row.eventId(), row.actorId(), row.email()));
    }

    @Override
    public boolean markUsed(String token) {
        return invitations.markUsed(token, clock.now());
    }

    @Override
    public String create(InvitationTarget target) {
        return invitations.create(
                target.eventId(), target.actorId(), target.email(), clock.now().plus(VALID_FOR));
    }
}
