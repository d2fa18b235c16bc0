package no.fellesgrunn.planner.scheduling;

import no.fellesgrunn.domain.actor.Perspective;

/**
 * A perspective that a challenge needs at its table: one fact per (challenge, perspective), so
 * the "needed perspective" rule can ask per need whether someone at the table brings it.
 */
public record ChallengeNeed(Challenge challenge, Perspective perspective) {}
