package no.fellesgrunn.web.organiser.challenges;

import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.SelectedChallenge;

/**
 * A challenge as the organiser reviews it for one event.
 *
 * @param selection how it runs at the event, or null when not selected for it
 * @param wishes    participants of the event who wish for it
 */
public record ChallengeRow(Challenge challenge, String ownerName, SelectedChallenge selection, int wishes) {
    public boolean selected() {
        return selection != null;
    }
}
