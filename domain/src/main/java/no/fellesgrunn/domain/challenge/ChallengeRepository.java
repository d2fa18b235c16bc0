package no.fellesgrunn.domain.challenge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: challenges with their status history. */
public interface ChallengeRepository {
    Optional<Challenge> findById(UUID id);

    List<Challenge> findAll();

    List<Challenge> findByIds(Collection<UUID> ids);

    /** Challenges with this title (ignoring case) owned by this municipality: how imports recognise one. */
    Optional<Challenge> findByTitleAndOwner(String title, String ownerMunicipality);

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    Challenge save(Challenge challenge, String editedBy);

    List<Challenge> saveAll(Collection<Challenge> challenges, String editedBy);
}
