package no.fellesgrunn.web.organiser.challenges;

import no.fellesgrunn.domain.challenge.ChallengeStatus;

/** Narrows the intake list; null parts match anything. {@code county} is a two-digit code. */
public record ChallengeFilter(String theme, String county, ChallengeStatus status) {
    public static final ChallengeFilter ANY = new ChallengeFilter(null, null, null);
}
