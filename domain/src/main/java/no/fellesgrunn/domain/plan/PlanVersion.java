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
import no.fellesgrunn.domain.common.Ids;

/**
 * One version of an event's seating plan, as the scheduler or an organiser left it. Versions are
 * numbered per event; publishing a draft makes it the plan participants see.
 */
public record PlanVersion(UUID id, UUID eventId, int number, PlanStatus status, String createdBy, Instant createdAt,
                          String publishedBy, Instant publishedAt, String score, List<Seat> seats, int version) {
    public PlanVersion {
        Check.notNull(id, "plan id");
        Check.notNull(eventId, "event");
        if (number < 1) {
            throw new DomainException("plan version number must be 1 or more, was " + number);
        }
        Check.notNull(status, "plan status");
        createdBy = Check.text(createdBy, "created by", 200);
        Check.notNull(createdAt, "created at");
        if (status == PlanStatus.PUBLISHED && (publishedBy == null || publishedAt == null)) {
            throw new DomainException("a published plan must say who published it and when");
        }
        seats = Check.list(seats, "seats");
        checkSeats(seats);
        Check.version(version);
    }

    public static PlanVersion draft(UUID eventId, int number, String createdBy, Instant at, String score, List<Seat> seats) {
        return new PlanVersion(Ids.newId(), eventId, number, PlanStatus.DRAFT, createdBy, at, null, null, score, seats, 0);
    }

    public PlanVersion publish(String by, Instant at) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan version " + number + " is already published");
        }
        return new PlanVersion(id, eventId, number, PlanStatus.PUBLISHED, createdBy, createdAt, by, at, score, seats, version);
    }

    public PlanVersion withSeats(List<Seat> newSeats, String newScore) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan version " + number + " is published and cannot change; make a new draft");
        }
        return new PlanVersion(id, eventId, number, status, createdBy, createdAt, publishedBy, publishedAt, newScore, newSeats, version);
    }

    public PlanVersion withVersion(int v) {
        return new PlanVersion(id, eventId, number, status, createdBy, createdAt, publishedBy, publishedAt, score, seats, v);
    }

    /** One seat per participant per round, and one challenge per table per round. */
    private static void checkSeats(List<Seat> seats) {
        Set<String> participantRounds = new HashSet<>();
        Map<String, UUID> tableChallenge = new HashMap<>();
        for (Seat seat : seats) {
            if (!participantRounds.add(seat.actorId() + "/" + seat.roundId())) {
                throw new DomainException("participant " + seat.actorId() + " has two seats in round " + seat.roundId());
            }
            String tableRound = seat.tableId() + "/" + seat.roundId();
            if (tableChallenge.containsKey(tableRound)
                    && !Objects.equals(tableChallenge.get(tableRound), seat.challengeId())) {
                throw new DomainException("table " + seat.tableId() + " has two challenges in round " + seat.roundId());
            }
            tableChallenge.put(tableRound, seat.challengeId());
        }
    }
}
