package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

    /** One person's decline of one match, and when it was given. */
    record Decline(UUID matchId, UUID actorId, Instant at) {}

    /** The declines given to these matches, oldest first. */
    List<Decline> declines(Collection<UUID> matchIds);

    /**
     * Takes the actor's decline of the match back: their answer is forgotten, and the pair may be
     * proposed again unless the other person declined it too. Whether this is allowed is
     * {@link MatchAnswer#checkUndo}'s to say, before.
     */
    void undoDecline(Match match, UUID actorId);
}
