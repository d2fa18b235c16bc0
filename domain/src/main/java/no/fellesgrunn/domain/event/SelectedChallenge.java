package no.fellesgrunn.domain.event;

import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/** A challenge chosen for an event, run in at least {@code minRounds} and at most {@code maxRounds} rounds. */
public record SelectedChallenge(UUID challengeId, int minRounds, int maxRounds) {
    public SelectedChallenge {
        Check.notNull(challengeId, "challenge");
        if (minRounds < 1 || maxRounds < minRounds) {
            throw new DomainException(
                    DomainError.SELECTED_ROUNDS_INVALID,
                    "a selected challenge needs 1 <= min rounds <= max rounds, was min " + minRounds + ", max "
                            + maxRounds,
                    minRounds,
                    maxRounds);
        }
    }
}
