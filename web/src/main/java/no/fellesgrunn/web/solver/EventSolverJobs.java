package no.fellesgrunn.web.solver;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Consumer;
import no.fellesgrunn.web.organiser.OrganiserEvents;

/**
 * What matching and seating jobs share: one job per event on the {@link SolverJobEngine} (queued
 * in PostgreSQL, run on any node), stop or cancel, status with the place in the queue, and live
 * progress for views. Every method opens the event through {@link OrganiserEvents} first, so an
 * organiser reaches only the events they organise.
 */
public abstract class EventSolverJobs {
    protected final SolverJobEngine engine;
    protected final OrganiserEvents organiserEvents;
    private final String kind;

    protected EventSolverJobs(SolverJobEngine engine, OrganiserEvents organiserEvents, String kind) {
        this.engine = engine;
        this.organiserEvents = organiserEvents;
        this.kind = kind;
    }

    /** Queues the job (its problem is built from the event as stored when a node starts it). */
    protected SolverProgress enqueue(UUID eventId, String parametersJson, String requestedBy, String alreadyRunning) {
        return engine.enqueue(kind, eventId, parametersJson, requestedBy, alreadyRunning);
    }

    /** Cancels the event's queued job, or asks its running job to stop; it then stores the best result so far. */
    @RolesAllowed("ORGANISER")
    public void stop(UUID eventId) {
        organiserEvents.open(eventId);
        engine.stop(kind, eventId);
    }

    /** The event's latest job, on whichever node it runs (or ran). */
    @RolesAllowed("ORGANISER")
    public SolverProgress status(UUID eventId) {
        organiserEvents.open(eventId);
        return engine.status(kind, eventId);
    }

    /**
     * Calls the listener with every change of the event's job: on the solver's threads when it runs
     * on this node, else on the thread that read it from PostgreSQL (a view must use
     * {@code UI.access}). Run the returned handle to unsubscribe, at the latest on detach.
     */
    @RolesAllowed("ORGANISER")
    public Runnable subscribe(UUID eventId, Consumer<SolverProgress> listener) {
        organiserEvents.open(eventId);
        return engine.subscribe(kind, eventId, listener);
    }

    /** Number of views on this node listening to the event's job (for tests that check views unsubscribe). */
    public int listenerCount(UUID eventId) {
        return engine.listenerCount(kind, eventId);
    }
}
