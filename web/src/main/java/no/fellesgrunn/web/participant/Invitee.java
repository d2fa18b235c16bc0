package no.fellesgrunn.web.participant;

import java.util.List;
import java.util.UUID;

/**
 * Someone I may invite to a coffee chat: a match of mine, or a person in the directory.
 *
 * @param matchId      the match that suggested them, or null for the directory
 * @param sharedThemes theme keys we share according to the match
 */
public record Invitee(VisibleProfile profile, UUID matchId, List<String> sharedThemes) {
    public UUID actorId() {
        return profile.actorId();
    }
}
