package no.fellesgrunn.domain.reference;

import java.util.List;
import java.util.Optional;

/** Port: counties, municipalities, UN goals and the theme vocabulary as stored. */
public interface ReferenceDataRepository {
    List<County> counties();

    List<Municipality> municipalities();

    Optional<Municipality> municipality(String number);

    List<SdgGoal> sdgGoals();

    List<Theme> themes();

    Optional<Theme> theme(String key);

    /**
     * Adds a theme or updates an existing one (optimistic locking on its version).
     *
     * @return the theme as stored, with its new version
     */
    Theme saveTheme(Theme theme, String editedBy);
}
