package no.fellesgrunn.web.participant;

import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.plan.MatchAnswer;

/**
 * One of my published matches as I may see it.
 *
 * @param myAnswer  what I said, or null
 * @param declined  one of us declined: the pair is never proposed again
 * @param undoUntil I declined, and may take it back until then; null otherwise
 */
public record MatchCard(
        UUID matchId,
        UUID eventId,
        String eventName,
        VisibleProfile other,
        List<String> sharedThemes,
        List<String> reasons,
        double similarity,
        MatchAnswer myAnswer,
        boolean otherAccepted,
        boolean declined,
        java.time.Instant undoUntil) {}
