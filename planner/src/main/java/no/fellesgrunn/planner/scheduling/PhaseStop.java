package no.fellesgrunn.planner.scheduling;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets the seating's own search phases ({@link NewPeopleTabuPhase}) see what OptaPlanner's custom
 * phases cannot: that the organiser asked the solver to stop, or that a change (a walk-in, a
 * cancellation) waits to be applied. Whoever calls {@code solver.solve(...)} wraps the call in
 * {@link #during}; the phase runs on the same thread and asks {@link #requested()} between its
 * iterations, so "Stopp" and a walk-in take effect within a few iterations, not at the end of the
 * phase's time budget. Without a wrapper (the command line, the tests) nothing is ever requested.
 */
public final class PhaseStop {
    private static final ThreadLocal<BooleanSupplier> CURRENT = new ThreadLocal<>();

    private PhaseStop() {}

    /** Runs {@code work} (a solve) on this thread with {@code stop} as the signal its phases check. */
    public static <T> T during(BooleanSupplier stop, Supplier<T> work) {
        BooleanSupplier before = CURRENT.get();
        CURRENT.set(stop);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** True when the solve this thread runs should end its current phase now. */
    static boolean requested() {
        BooleanSupplier stop = CURRENT.get();
        return stop != null && stop.getAsBoolean();
    }
}
