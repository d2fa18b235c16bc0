package no.fellesgrunn.web.solver;

/** Where a solver job of an event stands. */
public enum JobStatus {
    /** No job has run since the application started. */
    IDLE,
    /** Accepted; the starting plan is being built. */
    STARTING,
    /** The solver improves the plan; best scores arrive. */
    SOLVING,
    /** Ran to its time limit (or stopped improving); the result is stored. */
    FINISHED,
    /** The organiser stopped it early; the best result so far is stored. */
    STOPPED,
    /** Something went wrong; nothing was stored. */
    FAILED;

    public boolean isRunning() {
        return this == STARTING || this == SOLVING;
    }
}
