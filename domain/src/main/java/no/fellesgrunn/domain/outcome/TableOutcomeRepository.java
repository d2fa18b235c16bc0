package no.fellesgrunn.domain.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: table outcomes with their next steps and comments, and the table secretaries organisers name. */
public interface TableOutcomeRepository {
    Optional<TableOutcome> find(UUID eventId, UUID roundId, UUID tableId);

    Optional<TableOutcome> findById(UUID id);

    List<TableOutcome> findByEvents(Collection<UUID> eventIds);

    /** Outcomes with a next step the actor owns. */
    List<TableOutcome> findByStepOwner(UUID actorId);

    /** Outcomes the actor recorded, confirmed, commented on or owns a step of: what is stored about them. */
    List<TableOutcome> findInvolving(UUID actorId);

    /** Outcomes with an open next step owned by a person: those whose owners may need a reminder. */
    List<TableOutcome> findWithOpenPersonalSteps();

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    TableOutcome save(TableOutcome outcome, String editedBy);

    /** Names (or with null removes) the secretary of a table in a round. */
    void nameSecretary(UUID eventId, UUID roundId, UUID tableId, UUID actorId);

    Optional<UUID> secretary(UUID eventId, UUID roundId, UUID tableId);
}
