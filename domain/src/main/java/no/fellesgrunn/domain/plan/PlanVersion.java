package no.fellesgrunn.domain.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.registration.Registration;

/**
 * One version of an event's seating plan, as the scheduler or an organiser left it. Versions are
 * numbered per event; publishing a draft makes it the plan participants see. A plan that breaks a
 * hard rule is published only with the organiser's reason, kept with the version.
 *
 * @param overrideReason why a plan that broke hard rules was published anyway, or null
 */
public record PlanVersion(
        UUID id,
        UUID eventId,
        int number,
        PlanStatus status,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        String score,
        List<Seat> seats,
        int version,
        String overrideReason) {
    public PlanVersion {
        Check.notNull(id, "plan id");
        Check.notNull(eventId, "event");
        if (number < 1) {
            throw new DomainException(
                    DomainError.PLAN_NUMBER_INVALID, "plan version number must be 1 or more, was " + number, number);
        }
        Check.notNull(status, "plan status");
        createdBy = Check.text(createdBy, "created by", 200);
        Check.notNull(createdAt, "created at");
        if (status == PlanStatus.PUBLISHED && (publishedBy == null || publishedAt == null)) {
            throw new DomainException(
                    DomainError.PLAN_PUBLISHED_WITHOUT_WHO, "a published plan must say who published it and when");
        }
        seats = Check.list(seats, "seats");
        checkSeats(seats);
        Check.version(version);
        overrideReason = Check.optionalText(overrideReason, "reason for publishing anyway", 1000);
    }

    public static PlanVersion draft(
            UUID eventId, int number, String createdBy, Instant at, String score, List<Seat> seats) {
        return new PlanVersion(
                Ids.newId(), eventId, number, PlanStatus.DRAFT, createdBy, at, null, null, score, seats, 0, null);
    }

    /** The number the next version of an event's plan takes: one more than the highest so far, 1 for the first. */
    public static int nextNumber(Collection<PlanVersion> versionsOfEvent) {
        return versionsOfEvent.stream().mapToInt(PlanVersion::number).max().orElse(0) + 1;
    }

    /**
     * The draft an organiser's edit goes to: this version while it is a draft; once it is published,
     * a new draft numbered after it with the same seats (a published plan never changes).
     */
    public PlanVersion draftForEdit(String by, Instant at) {
        return status == PlanStatus.DRAFT ? this : draft(eventId, number + 1, by, at, score, seats);
    }

    /**
     * Moves a participant to a table in a round, or seats them there if they had no seat in it. The
     * seat is pinned, since the organiser chose it, and takes the challenge the table has in that
     * round. The score is the old one until the caller evaluates the new seats ({@link #withScore}).
     *
     * @param registration the participant's registration for the event, or null if they have none
     */
    public PlanVersion move(RegionalEvent event, Registration registration, UUID roundId, UUID tableId) {
        Round round = roundOf(event, roundId);
        if (event.tables().noneMatch(t -> t.id().equals(tableId))) {
            throw new DomainException(
                    DomainError.PLAN_TABLE_NOT_OF_EVENT,
                    "table " + tableId + " is not a table of " + event.name(),
                    event.name());
        }
        if (registration == null
                || !registration.eventId().equals(event.id())
                || !registration.status().isTakingPart()) {
            throw new DomainException(
                    DomainError.PLAN_PERSON_NOT_TAKING_PART,
                    "this person does not take part in " + event.name(),
                    event.name());
        }
        if (!registration.availableRounds().contains(roundId)) {
            throw new DomainException(
                    DomainError.PLAN_PERSON_NOT_AVAILABLE_IN_ROUND,
                    "participant " + registration.actorId() + " is not available in round " + round.number(),
                    round.number());
        }
        UUID actorId = registration.actorId();
        List<Seat> moved = new ArrayList<>();
        UUID challenge = null;
        for (Seat seat : seats) {
            if (!(seat.actorId().equals(actorId) && seat.roundId().equals(roundId))) {
                moved.add(seat);
                if (seat.roundId().equals(roundId) && seat.tableId().equals(tableId)) {
                    challenge = seat.challengeId();
                }
            }
        }
        moved.add(new Seat(actorId, roundId, tableId, challenge, true));
        return withSeats(moved, score);
    }

    /**
     * Pins or unpins a participant's seat in a round: a pinned seat is kept when the scheduler solves
     * again. Refused when they have no seat in that round.
     */
    public PlanVersion pin(RegionalEvent event, UUID actorId, UUID roundId, boolean pinned) {
        Round round = roundOf(event, roundId);
        boolean found = false;
        List<Seat> changed = new ArrayList<>();
        for (Seat seat : seats) {
            if (seat.actorId().equals(actorId) && seat.roundId().equals(round.id())) {
                seat = new Seat(seat.actorId(), seat.roundId(), seat.tableId(), seat.challengeId(), pinned);
                found = true;
            }
            changed.add(seat);
        }
        if (!found) {
            throw new DomainException(
                    DomainError.PLAN_NO_SEAT_TO_PIN,
                    "participant " + actorId + " has no seat in round " + round.number() + " to pin",
                    round.number());
        }
        return withSeats(changed, score);
    }

    private static Round roundOf(RegionalEvent event, UUID roundId) {
        return event.rounds().stream()
                .filter(r -> r.id().equals(roundId))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        DomainError.ROUND_NOT_OF_EVENT,
                        "round " + roundId + " is not a round of " + event.name(),
                        event.name()));
    }

    /** The same draft with the score the scheduler gives its seats. */
    public PlanVersion withScore(String newScore) {
        return withSeats(seats, newScore);
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
            throw new DomainException(
                    DomainError.PLAN_ALREADY_PUBLISHED, "plan version " + number + " is already published", number);
        }
        boolean broken = !brokenHardRules.isEmpty();
        if (broken && (overrideReason == null || overrideReason.isBlank())) {
            throw new DomainException(
                    DomainError.PLAN_BREAKS_HARD_RULES,
                    "plan version " + number + " breaks " + String.join(", ", new java.util.TreeSet<>(brokenHardRules))
                            + "; publishing it anyway needs a reason",
                    number,
                    brokenHardRules.size());
        }
        return new PlanVersion(
                id,
                eventId,
                number,
                PlanStatus.PUBLISHED,
                createdBy,
                createdAt,
                by,
                at,
                score,
                seats,
                version,
                broken ? overrideReason : null);
    }

    public PlanVersion withSeats(List<Seat> newSeats, String newScore) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException(
                    DomainError.PLAN_PUBLISHED_IS_FINAL,
                    "plan version " + number + " is published and cannot change; make a new draft",
                    number);
        }
        return new PlanVersion(
                id,
                eventId,
                number,
                status,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                newScore,
                newSeats,
                version,
                overrideReason);
    }

    public PlanVersion withVersion(int v) {
        return new PlanVersion(
                id,
                eventId,
                number,
                status,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                score,
                seats,
                v,
                overrideReason);
    }

    /** One seat per participant per round, and one challenge per table per round. */
    private static void checkSeats(List<Seat> seats) {
        Set<String> participantRounds = new HashSet<>();
        Map<String, UUID> tableChallenge = new HashMap<>();
        for (Seat seat : seats) {
            if (!participantRounds.add(seat.actorId() + "/" + seat.roundId())) {
                throw new DomainException(
                        DomainError.PLAN_TWO_SEATS_IN_ROUND,
                        "participant " + seat.actorId() + " has two seats in round " + seat.roundId());
            }
            String tableRound = seat.tableId() + "/" + seat.roundId();
            if (tableChallenge.containsKey(tableRound)
                    && !Objects.equals(tableChallenge.get(tableRound), seat.challengeId())) {
                throw new DomainException(
                        DomainError.PLAN_TWO_CHALLENGES_AT_TABLE,
                        "table " + seat.tableId() + " has two challenges in round " + seat.roundId());
            }
            tableChallenge.put(tableRound, seat.challengeId());
        }
    }
}
