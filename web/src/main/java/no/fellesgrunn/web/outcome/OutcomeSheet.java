package no.fellesgrunn.web.outcome;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.outcome.TableOutcome;

/**
 * Everything the outcome page shows of one table in one round, for the person looking.
 *
 * @param outcome  the outcome, or null when nothing is recorded yet
 * @param people   the table's people in seating order (id and name), the step owners to choose from
 * @param names    names of everyone the outcome mentions
 * @param movable  the next steps whose status the person may change
 * @param organiser whether the person organises the event (and so names the table secretary)
 * @param seated   the people seated at the table, who may be named secretary
 */
public record OutcomeSheet(
        TableKey key,
        String eventName,
        int round,
        String table,
        String challenge,
        String host,
        String secretary,
        UUID secretaryId,
        List<UUID> people,
        Map<UUID, String> names,
        TableOutcome outcome,
        boolean mayRecord,
        boolean mayConfirm,
        boolean mayComment,
        java.util.Set<UUID> movable,
        boolean organiser,
        List<UUID> seated,
        UUID me,
        java.time.LocalDate today) {

    public String name(UUID actorId) {
        return names.getOrDefault(actorId, "?");
    }
}
