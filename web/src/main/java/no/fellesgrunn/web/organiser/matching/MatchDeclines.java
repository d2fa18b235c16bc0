package no.fellesgrunn.web.organiser.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/**
 * The declines participants gave to an event's matches, and taking one back on a participant's
 * behalf (someone who tapped "Avslå" by mistake and asks after the short undo time). Only the
 * event's organisers; a match of another event is "not found".
 */
@Service
public class MatchDeclines {
    private final OrganiserEvents organiserEvents;
    private final PlanRepository plans;
    private final MatchAnswerRepository answers;
    private final ActorRepository actors;
    private final Clock clock;

    /** One person's decline of one match of the event. */
    public record Declined(UUID matchId, UUID actorId, String declinedBy, String other, Instant at) {}

    public MatchDeclines(
            OrganiserEvents organiserEvents,
            PlanRepository plans,
            MatchAnswerRepository answers,
            ActorRepository actors,
            Clock clock) {
        this.organiserEvents = organiserEvents;
        this.plans = plans;
        this.answers = answers;
        this.actors = actors;
        this.clock = clock;
    }

    @RolesAllowed("ORGANISER")
    public List<Declined> declined(UUID eventId) {
        organiserEvents.open(eventId);
        Map<UUID, Match> matches = new HashMap<>();
        plans.findMatches(eventId).forEach(m -> matches.put(m.id(), m));
        List<MatchAnswerRepository.Decline> declines = answers.declines(matches.keySet());
        Map<UUID, String> names = new HashMap<>();
        actors.findByIds(declines.stream()
                        .flatMap(d -> {
                            Match m = matches.get(d.matchId());
                            return java.util.stream.Stream.of(m.actorA(), m.actorB());
                        })
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach(a -> names.put(a.id(), a.name()));
        return declines.stream()
                .map(d -> {
                    Match m = matches.get(d.matchId());
                    UUID other = m.actorA().equals(d.actorId()) ? m.actorB() : m.actorA();
                    return new Declined(
                            d.matchId(),
                            d.actorId(),
                            names.getOrDefault(d.actorId(), "?"),
                            names.getOrDefault(other, "?"),
                            d.at());
                })
                .toList();
    }

    /** Takes the person's decline of the event's match back; the pair may be proposed again. */
    @RolesAllowed("ORGANISER")
    public void undo(UUID eventId, UUID matchId, UUID actorId) {
        var event = organiserEvents.open(eventId);
        Match match = plans.findMatches(eventId).stream()
                .filter(m -> m.id().equals(matchId))
                .findFirst()
                .orElseThrow(() -> new AppRefusal(
                        AppError.MATCH_NOT_OF_EVENT,
                        "this match is not one of " + event.name() + "'s matches (any more): reload",
                        event.name()));
        Instant declinedAt = answers.declines(List.of(matchId)).stream()
                .filter(d -> d.actorId().equals(actorId))
                .map(MatchAnswerRepository.Decline::at)
                .findFirst()
                .orElse(null);
        MatchAnswer.checkUndo(declinedAt, clock.instant(), true);
        answers.undoDecline(match, actorId);
    }
}
