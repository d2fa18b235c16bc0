package no.fellesgrunn.domain.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: actors. E-mail addresses are unique. */
public interface ActorRepository {
    Optional<Actor> findById(UUID id);

    /** How imports and user accounts recognise an actor again. */
    Optional<Actor> findByEmail(Email email);

    Optional<Actor> findByUserAccount(UUID userAccountId);

    List<Actor> findAll();

    List<Actor> findByIds(Collection<UUID> ids);

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    Actor save(Actor actor, String editedBy);

    /** Saves many at once (import, demo data); same rules as {@link #save}. */
    List<Actor> saveAll(Collection<Actor> actors, String editedBy);

    long count();
}
