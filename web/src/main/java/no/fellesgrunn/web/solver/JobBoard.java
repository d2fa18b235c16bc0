package no.fellesgrunn.web.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views on this node following the jobs of one solver kind, by event. Updates come from the
 * runs on this node (on their solver threads, at once) and, for runs on other nodes, from
 * PostgreSQL (a notification or the poll); listeners are called on the posting thread, so a view
 * must hand the update to its UI with {@code UI.access}. Views unsubscribe when they detach.
 */
final class JobBoard {
    private static final Logger LOG = LoggerFactory.getLogger(JobBoard.class);

    private final Map<UUID, List<Consumer<SolverProgress>>> listeners = new ConcurrentHashMap<>();
    private final Map<UUID, SolverProgress> lastPosted = new ConcurrentHashMap<>();

    /** Tells every listener of the event, unless they were told exactly this already; a failing listener does not stop the others. */
    void post(SolverProgress update) {
        List<Consumer<SolverProgress>> toTell = listeners.getOrDefault(update.eventId(), List.of());
        if (toTell.isEmpty()) {
            return;
        }
        SolverProgress before = lastPosted.put(update.eventId(), update);
        // An end read back from the database (after this node posted it) is not news.
        if (update.equals(before)
                || before != null
                        && before.status() == update.status()
                        && !update.status().isRunning()
                        && java.util.Objects.equals(before.planVersionId(), update.planVersionId())) {
            return;
        }
        for (Consumer<SolverProgress> listener : toTell) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                LOG.warn("A listener of the solver job for event {} failed", update.eventId(), e);
            }
        }
    }

    /** Adds a listener; run the returned handle to remove it (when the view detaches). */
    Runnable subscribe(UUID eventId, Consumer<SolverProgress> listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            List<Consumer<SolverProgress>> left = listeners.getOrDefault(eventId, List.of());
            left.remove(listener);
            if (left.isEmpty()) {
                lastPosted.remove(eventId);
            }
        };
    }

    int listenerCount(UUID eventId) {
        return listeners.getOrDefault(eventId, List.of()).size();
    }

    /** Events that views on this node follow. */
    Set<UUID> watched() {
        return listeners.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}
