package no.fellesgrunn.web.participant;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.web.solver.PublishedMatches;
import org.springframework.stereotype.Service;

/**
 * My matches: the solver's suggestions for me, once the organisers have published the event's
 * plan. I accept or decline each; a declined pair is never proposed again.
 */
@Service
public class MyMatches {
    private final Me me;
    private final RegistrationRepository registrations;
    private final RegionalEventRepository events;
    private final PublishedMatches publishedMatches;
    private final MatchAnswerRepository answers;
    private final ActorRepository actors;
    private final VisibleProfiles profiles;
    private final ParticipantClock clock;

    public MyMatches(
            Me me,
            RegistrationRepository registrations,
            RegionalEventRepository events,
            PublishedMatches publishedMatches,
            MatchAnswerRepository answers,
            ActorRepository actors,
            VisibleProfiles profiles,
            ParticipantClock clock) {
        this.me = me;
        this.registrations = registrations;
        this.events = events;
        this.publishedMatches = publishedMatches;
        this.answers = answers;
        this.actors = actors;
        this.profiles = profiles;
        this.clock = clock;
    }

    @RolesAllowed("PARTICIPANT")
    public List<MatchCard> mine() {
        Actor actor = me.actor();
        Map<UUID, MatchAnswer> mine = answers.answersOf(actor.id());
        Set<ActorPair> declined = answers.declinedPairs();
        List<Published> all = published(actor.id());
        Map<UUID, java.time.Instant> myDeclines = new java.util.HashMap<>();
        answers.declines(all.stream().map(p -> p.match().id()).toList()).stream()
                .filter(d -> d.actorId().equals(actor.id()))
                .forEach(d -> myDeclines.put(d.matchId(), d.at()));
        java.time.Instant now = clock.now();
        List<MatchCard> cards = new ArrayList<>();
        for (Published published : all) {
            Match match = published.match();
            UUID otherId = match.actorA().equals(actor.id()) ? match.actorB() : match.actorA();
            Actor other = actors.findById(otherId).orElseThrow();
            boolean otherAccepted = answers.answersTo(match.id()).get(otherId) == MatchAnswer.ACCEPTED;
            cards.add(new MatchCard(
                    match.id(),
                    published.event().id(),
                    published.event().name(),
                    profiles.of(other),
                    match.sharedThemes(),
                    match.reasons(),
                    match.similarity(),
                    mine.get(match.id()),
                    otherAccepted,
                    declined.contains(ActorPair.of(match)),
                    undoUntil(myDeclines.get(match.id()), now)));
        }
        cards.sort(Comparator.comparing(MatchCard::declined)
                .thenComparing(MatchCard::similarity, Comparator.reverseOrder()));
        return cards;
    }

    @RolesAllowed("PARTICIPANT")
    public void accept(UUID matchId) {
        answer(matchId, MatchAnswer.ACCEPTED);
    }

    @RolesAllowed("PARTICIPANT")
    public void decline(UUID matchId) {
        answer(matchId, MatchAnswer.DECLINED);
    }

    /**
     * Takes back my decline of a match, within {@link MatchAnswer#UNDO_WINDOW} of giving it; the
     * pair may be proposed again (unless the other person declined too).
     */
    @RolesAllowed("PARTICIPANT")
    public void undoDecline(UUID matchId) {
        Actor actor = me.actor();
        Match match = mine(matchId);
        MatchAnswer.checkUndo(declinedAt(answers, match.id(), actor.id()), clock.now(), false);
        answers.undoDecline(match, actor.id());
    }

    /** When the actor declined the match, or null. */
    static java.time.Instant declinedAt(MatchAnswerRepository answers, UUID matchId, UUID actorId) {
        return answers.declines(List.of(matchId)).stream()
                .filter(d -> d.actorId().equals(actorId))
                .map(MatchAnswerRepository.Decline::at)
                .findFirst()
                .orElse(null);
    }

    private static java.time.Instant undoUntil(java.time.Instant declinedAt, java.time.Instant now) {
        if (declinedAt == null) {
            return null;
        }
        java.time.Instant until = MatchAnswer.undoUntil(declinedAt);
        return now.isAfter(until) ? null : until;
    }

    /** One of my published matches; someone else's match is "not found", exactly like a made-up id. */
    @RolesAllowed("PARTICIPANT")
    public Match mine(UUID matchId) {
        return published(me.actor().id()).stream()
                .map(Published::match)
                .filter(m -> m.id().equals(matchId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("match"));
    }

    private void answer(UUID matchId, MatchAnswer answer) {
        Actor actor = me.actor();
        Match match = mine(matchId);
        MatchAnswer current = answers.answersOf(actor.id()).get(matchId);
        if (current == null && answers.isDeclined(ActorPair.of(match))) {
            current = MatchAnswer.DECLINED;
        }
        answers.answer(match, actor.id(), MatchAnswer.change(current, answer), clock.now());
    }

    record Published(RegionalEvent event, Match match) {}

    /** Matches involving me that the organisers published, of the events I take part in. */
    List<Published> published(UUID actorId) {
        List<Published> result = new ArrayList<>();
        for (Registration registration : registrations.findByActor(actorId)) {
            if (registration.status() == RegistrationStatus.CANCELLED) {
                continue;
            }
            List<Match> visible = publishedMatches.of(registration.eventId());
            if (visible.isEmpty()) {
                continue;
            }
            RegionalEvent event = events.findById(registration.eventId()).orElseThrow();
            visible.stream().filter(m -> m.involves(actorId)).forEach(m -> result.add(new Published(event, m)));
        }
        return result;
    }
}
