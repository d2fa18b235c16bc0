package no.fellesgrunn.web.solver;

/** Where a solver job of an event stands, as the organiser sees it. */
public enum JobStatus {
    /** No job has run for the event. */
    IDLE,
    /** Waiting for a free solver on some node; the panel shows its place in the queue. */
    QUEUED,
    /** A node took it; the starting plan is being built. */
    STARTING,
    /** The solver improves the plan; best scores arrive. */
    SOLVING,
    /** Its node stopped or died mid-solve; another node (or this one after a restart) continues it. */
    INTERRUPTED,
    /** Ran to its time limit (or stopped improving); the result is stored. */
    FINISHED,
    /** The organiser stopped it early; the best result so far is stored. */
    STOPPED,
    /** The organiser cancelled it before it started; nothing was stored. */
    CANCELLED,
    /** Something went wrong; nothing was stored. */
    FAILED;

    /** Active: queued, starting, solving or interrupted (and to be continued). */
    public boolean isRunning() {
        return this == QUEUED || this == STARTING || this == SOLVING || this == INTERRUPTED;
    }
}
