package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * An event to schedule, as plain data: what the web application builds from its domain objects
 * and what {@code fellesgrunn.event/1} files are read into. Ids refer to each other (a host, a
 * wish, a pin name ids from the other lists); {@link SchedulingEngine#startingSolution} turns the
 * problem into the planning model and rejects dangling ids.
 *
 * @param pinned        seats and table challenges the organiser has fixed; may be empty
 * @param publishedPlan the plan participants have already seen, or null; the new plan changes as
 *                      little of it as the rules allow
 */
public record EventProblem(
        List<RoundSpec> rounds,
        List<TableSpec> tables,
        List<ChallengeSpec> challenges,
        List<ParticipantSpec> participants,
        List<PinSpec> pinned,
        EventPlan publishedPlan) {

    public EventProblem {
        rounds = List.copyOf(rounds);
        tables = List.copyOf(tables);
        challenges = List.copyOf(challenges);
        participants = List.copyOf(participants);
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
    }

    /** The same problem with another published plan (for re-planning). */
    public EventProblem withPublishedPlan(EventPlan plan) {
        return new EventProblem(rounds, tables, challenges, participants, pinned, plan);
    }

    /** The same problem with other participants (for example after a cancellation). */
    public EventProblem withParticipants(List<ParticipantSpec> newParticipants) {
        return new EventProblem(rounds, tables, challenges, newParticipants, pinned, publishedPlan);
    }

    /** A round; {@code end} is after {@code start}, and rounds do not overlap. */
    public record RoundSpec(String id, LocalDateTime start, LocalDateTime end) {}

    /** A table; {@code room} may be null; {@code capacity} is at least 1. */
    public record TableSpec(String id, String room, int capacity, boolean accessible) {}

    /**
     * A challenge; {@code host} is a participant id or null; the challenge runs in between
     * {@code minRounds} and {@code maxRounds} rounds.
     */
    public record ChallengeSpec(
            String id,
            String host,
            Set<String> themes,
            Set<Perspective> neededPerspectives,
            int minRounds,
            int maxRounds) {
        public ChallengeSpec {
            themes = Set.copyOf(themes);
            neededPerspectives = Set.copyOf(neededPerspectives);
        }

        /** A challenge with the format's defaults: runs in at least 1 round, at most every round. */
        public static ChallengeSpec withDefaults(
                String id, String host, Set<String> themes, Set<Perspective> neededPerspectives) {
            return new ChallengeSpec(id, host, themes, neededPerspectives, 1, Integer.MAX_VALUE);
        }
    }

    /**
     * A participant; {@code organisation} and {@code sector} may be null; {@code availableRounds}
     * null means every round; {@code wishes} are challenge ids, most wanted first.
     */
    public record ParticipantSpec(
            String id,
            String organisation,
            Sector sector,
            Set<String> themes,
            Set<Perspective> perspectives,
            List<String> availableRounds,
            List<String> wishes,
            boolean needsAccessible) {
        public ParticipantSpec {
            themes = Set.copyOf(themes);
            perspectives = Set.copyOf(perspectives);
            availableRounds = availableRounds == null ? null : List.copyOf(availableRounds);
            wishes = List.copyOf(wishes);
        }

        /** The same participant available only in the given rounds. */
        public ParticipantSpec withAvailableRounds(List<String> rounds) {
            return new ParticipantSpec(id, organisation, sector, themes, perspectives, rounds, wishes, needsAccessible);
        }
    }

    /**
     * An organiser's pin in a round at a table: with a {@code participant}, that participant's
     * seat; with a {@code challenge} (and no participant), the challenge the table hosts.
     */
    public record PinSpec(String participant, String round, String table, String challenge) {
        public static PinSpec seat(String participant, String round, String table) {
            return new PinSpec(participant, round, table, null);
        }

        public static PinSpec challenge(String challenge, String round, String table) {
            return new PinSpec(null, round, table, challenge);
        }
    }
}
