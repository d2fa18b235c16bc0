package no.fellesgrunn.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.matching.MatchCommand;
import no.fellesgrunn.planner.scheduling.ScheduleCommand;

/**
 * Entry point of {@code fellesgrunn-planner.jar}:
 * {@code (match|schedule) PROBLEM.json PLAN.json [--time-limit 30s]}.
 * <p>
 * Exit status ({@link #PLAN_WRITTEN} ...): 0 plan written, every hard rule kept; 1 the problem file
 * breaks the format (or a limit of it), nothing written; 2 plan written, but it breaks hard rules
 * (a warning names them); 3 I/O error, nothing written; 4 bad usage; 5 internal error (a bug).
 * The plan is written to a temporary file first and moved into place only when complete, so an
 * error never leaves a half-written or stale-looking plan behind.
 */
public final class PlannerCli {
    static final String USAGE =
            "usage: java -jar fellesgrunn-planner.jar (match|schedule) PROBLEM.json PLAN.json [--time-limit 30s]";
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public static final int PLAN_WRITTEN = 0;
    public static final int FORMAT_ERROR = 1;
    public static final int PLAN_BREAKS_HARD_RULES = 2;
    public static final int IO_ERROR = 3;
    public static final int BAD_USAGE = 4;
    public static final int INTERNAL_ERROR = 5;

    private static final Map<String, Supplier<PlannerCommand>> COMMANDS = Map.of(
            "match", MatchCommand::new,
            "schedule", ScheduleCommand::new);

    private PlannerCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit status (testable without exiting the JVM). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return BAD_USAGE;
        }
        Supplier<PlannerCommand> command = COMMANDS.get(invocation.command());
        if (command == null) {
            err.println("Unknown command '" + invocation.command() + "'.");
            err.println(USAGE);
            return BAD_USAGE;
        }
        if (!Files.isReadable(invocation.problem())) {
            err.println("Cannot read the problem file " + invocation.problem() + ".");
            return IO_ERROR;
        }
        try {
            PlannerCommand.Outcome outcome = command.get().solve(invocation.problem(), invocation.timeLimit());
            writeAtomically(invocation.plan(), outcome.plan());
            out.println("Plan written to " + invocation.plan());
            if (outcome.feasible()) {
                return PLAN_WRITTEN;
            }
            warnBrokenRules(err, invocation.plan(), outcome);
            return PLAN_BREAKS_HARD_RULES;
        } catch (FormatViolation e) {
            String where = e.pointer().isEmpty() ? "" : e.pointer() + ": ";
            err.println("Rejected " + invocation.problem() + ": " + where + e.rule());
            err.println("No plan was written.");
            return FORMAT_ERROR;
        } catch (IOException e) {
            err.println("I/O error: " + e.getMessage());
            err.println("No plan was written.");
            return IO_ERROR;
        } catch (RuntimeException e) {
            err.println("Internal error of the planner (please report it with the problem file): " + e);
            e.printStackTrace(err);
            err.println("No plan was written.");
            return INTERNAL_ERROR;
        }
    }

    private static void warnBrokenRules(PrintStream err, Path plan, PlannerCommand.Outcome outcome) {
        err.println("Warning: the plan breaks hard rules, so it cannot be used as it is:");
        outcome.brokenHardRules().forEach((rule, times) ->
                err.println("  - " + rule + ": " + times + (times == 1 ? " time" : " times")));
        err.println("The plan was written to " + plan + " to show where. The solver found no plan that keeps"
                + " them within the time limit: check pins, capacities, accessible tables and minRounds,"
                + " or allow more time, and solve again.");
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".plan-", ".json.tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    record Invocation(String command, Path problem, Path plan, Duration timeLimit) {
        static Invocation parse(String[] args) {
            String command = null;
            Path problem = null;
            Path plan = null;
            Duration limit = DEFAULT_TIME_LIMIT;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--time-limit")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--time-limit needs a value such as 30s, 2m or 500ms.");
                    }
                    limit = parseDuration(args[++i]);
                } else if (arg.startsWith("--time-limit=")) {
                    limit = parseDuration(arg.substring("--time-limit=".length()));
                } else if (command == null) {
                    command = arg;
                } else if (problem == null) {
                    problem = Path.of(arg);
                } else if (plan == null) {
                    plan = Path.of(arg);
                } else {
                    throw new IllegalArgumentException("Unexpected argument '" + arg + "'.");
                }
            }
            if (command == null || problem == null || plan == null) {
                throw new IllegalArgumentException("Missing arguments.");
            }
            return new Invocation(command, problem, plan, limit);
        }

        static Duration parseDuration(String text) {
            return Durations.parse(text, "--time-limit");
        }
    }
}
