package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the participants' answers to their matches, and the pairs that were declined. A declined
 * pair outlives the match (the solver replaces an event's matches on every run), so solvers ask
 * {@link #declinedPairs()} and must never propose such a pair again.
 */
public interface MatchAnswerRepository {
    /** Records (or changes) the actor's answer; a DECLINED answer also records the declined pair. */
    void answer(Match match, UUID actorId, MatchAnswer answer, Instant at);

    /** The actor's own answers, by match id. */
    Map<UUID, MatchAnswer> answersOf(UUID actorId);

    /** Both people's answers to one match, by actor id. */
    Map<UUID, MatchAnswer> answersTo(UUID matchId);

    Set<ActorPair> declinedPairs();

    boolean isDeclined(ActorPair pair);
}
