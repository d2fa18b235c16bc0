package no.fellesgrunn.planner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One sub-command of the planner command line: reads a problem file, returns the plan as JSON text. */
public interface PlannerCommand {

    /**
     * Reads and validates the problem, solves it within the time limit and returns the plan file's
     * content with the hard rules it breaks. Throws {@link no.fellesgrunn.planner.format.FormatViolation}
     * for a file that breaks the format; the caller then writes nothing.
     */
    Outcome solve(Path problemFile, Duration timeLimit) throws IOException;

    /**
     * A solved plan.
     *
     * @param plan            the plan file's content
     * @param brokenHardRules the hard rules the plan breaks (constraint name, as in the plan's
     *                        score breakdown, to the number of times); empty for a feasible plan
     */
    record Outcome(String plan, Map<String, Long> brokenHardRules) {
        public Outcome {
            brokenHardRules = Collections.unmodifiableMap(new TreeMap<>(brokenHardRules));
        }

        public boolean feasible() {
            return brokenHardRules.isEmpty();
        }
    }
}
