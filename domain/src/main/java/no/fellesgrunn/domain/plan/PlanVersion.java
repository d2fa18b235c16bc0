package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.Ids;

/**
 * One version of an event's seating plan, as the scheduler or an organiser left it. Versions are
 * numbered per event; publishing a draft makes it the plan participants see. A plan that breaks a
 * hard rule is published only with the organiser's reason, kept with the version.
 *
 * @param overrideReason why a plan that broke hard rules was published anyway, or null
 */
public record PlanVersion(UUID id, UUID eventId, int number, PlanStatus status, String createdBy, Instant createdAt,
                          String publishedBy, Instant publishedAt, String score, List<Seat> seats, int version,
                          String overrideReason) {
    public PlanVersion {
        Check.notNull(id, "plan id");
        Check.notNull(eventId, "event");
        if (number < 1) {
            throw new DomainException(DomainError.PLAN_NUMBER_INVALID, "plan version number must be 1 or more, was " + number, number);
        }
        Check.notNull(status, "plan status");
        createdBy = Check.text(createdBy, "created by", 200);
        Check.notNull(createdAt, "created at");
        if (status == PlanStatus.PUBLISHED && (publishedBy == null || publishedAt == null)) {
            throw new DomainException(DomainError.PLAN_PUBLISHED_WITHOUT_WHO, "a published plan must say who published it and when");
        }
        seats = Check.list(seats, "seats");
        checkSeats(seats);
        Check.version(version);
        overrideReason = Check.optionalText(overrideReason, "reason for publishing anyway", 1000);
    }

    public static PlanVersion draft(UUID eventId, int number, String createdBy, Instant at, String score, List<Seat> seats) {
        return new PlanVersion(Ids.newId(), eventId, number, PlanStatus.DRAFT, createdBy, at, null, null, score, seats, 0, null);
    }

    /** Publishes a plan that breaks no hard rule. */
    public PlanVersion publish(String by, Instant at) {
        return publish(by, at, Set.of(), null);
    }

    /**
     * Publishes the draft. A plan that breaks hard rules (a wheelchair user at a table without step-free
     * access, an over-full table) reaches participants only when the organiser says why.
     *
     * @param brokenHardRules the hard rules the plan breaks, as the scheduler counts them
     * @param overrideReason  the organiser's reason to publish anyway; required when rules are broken
     */
    public PlanVersion publish(String by, Instant at, Set<String> brokenHardRules, String overrideReason) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException(DomainError.PLAN_ALREADY_PUBLISHED, "plan version " + number + " is already published", number);
        }
        boolean broken = !brokenHardRules.isEmpty();
        if (broken && (overrideReason == null || overrideReason.isBlank())) {
            throw new DomainException(DomainError.PLAN_BREAKS_HARD_RULES, "plan version " + number + " breaks " + String.join(", ", new java.util.TreeSet<>(brokenHardRules))
                    + "; publishing it anyway needs a reason", number, brokenHardRules.size());
        }
        return new PlanVersion(id, eventId, number, PlanStatus.PUBLISHED, createdBy, createdAt, by, at, score, seats, version,
                broken ? overrideReason : null);
    }

    public PlanVersion withSeats(List<Seat> newSeats, String newScore) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException(DomainError.PLAN_PUBLISHED_IS_FINAL, "plan version " + number + " is published and cannot change; make a new draft", number);
        }
        return new PlanVersion(id, eventId, number, status, createdBy, createdAt, publishedBy, publishedAt, newScore, newSeats, version,
                overrideReason);
    }

    public PlanVersion withVersion(int v) {
        return new PlanVersion(id, eventId, number, status, createdBy, createdAt, publishedBy, publishedAt, score, seats, v,
                overrideReason);
    }

    /** One seat per participant per round, and one challenge per table per round. */
    private static void checkSeats(List<Seat> seats) {
        Set<String> participantRounds = new HashSet<>();
        Map<String, UUID> tableChallenge = new HashMap<>();
        for (Seat seat : seats) {
            if (!participantRounds.add(seat.actorId() + "/" + seat.roundId())) {
                throw new DomainException(DomainError.PLAN_TWO_SEATS_IN_ROUND, "participant " + seat.actorId() + " has two seats in round " + seat.roundId());
            }
            String tableRound = seat.tableId() + "/" + seat.roundId();
            if (tableChallenge.containsKey(tableRound)
                    && !Objects.equals(tableChallenge.get(tableRound), seat.challengeId())) {
                throw new DomainException(DomainError.PLAN_TWO_CHALLENGES_AT_TABLE, "table " + seat.tableId() + " has two challenges in round " + seat.roundId());
            }
            tableChallenge.put(tableRound, seat.challengeId());
        }
    }
}
