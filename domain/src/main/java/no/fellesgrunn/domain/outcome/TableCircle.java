package no.fellesgrunn.domain.outcome;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;

/**
 * The people around one table in one round of a published plan, and who may do what with its
 * outcome: the challenge's host (or, when the organisers named one, the table secretary) records;
 * the host confirms (the secretary when the table has no host); everyone seated reads and comments;
 * the event's organisers read. Nobody else sees the outcome.
 *
 * @param hostId      the host of the table's challenge, or null at an open table
 * @param secretaryId the table secretary the organisers named, or null
 * @param seated      everyone seated at the table in the round
 * @param organisers  the event's organisers
 */
public record TableCircle(
        UUID eventId,
        UUID roundId,
        UUID tableId,
        UUID challengeId,
        UUID hostId,
        UUID secretaryId,
        Set<UUID> seated,
        Set<UUID> organisers) {
    public TableCircle {
        Check.notNull(eventId, "event");
        Check.notNull(roundId, "round");
        Check.notNull(tableId, "table");
        seated = Check.set(seated, "seated");
        organisers = Check.set(organisers, "organisers");
    }

    /** The table's people: the seated, the host and the secretary. */
    public Set<UUID> people() {
        Set<UUID> all = new HashSet<>(seated);
        if (hostId != null) {
            all.add(hostId);
        }
        if (secretaryId != null) {
            all.add(secretaryId);
        }
        return Set.copyOf(all);
    }

    public boolean atTable(UUID actor) {
        return people().contains(actor);
    }

    public boolean mayRead(UUID actor) {
        return atTable(actor) || organisers.contains(actor);
    }

    public boolean mayRecord(UUID actor) {
        return actor != null && (actor.equals(hostId) || actor.equals(secretaryId));
    }

    public boolean mayConfirm(UUID actor) {
        return actor != null && (hostId != null ? actor.equals(hostId) : actor.equals(secretaryId));
    }

    /** An organiser of the event who is not at the table only reads. */
    public boolean mayComment(UUID actor) {
        return atTable(actor);
    }
}
