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
 * Exit status: 0 plan written, 1 the problem file breaks the format, 2 bad usage, 3 I/O error.
 * The plan is written to a temporary file first and moved into place only when complete, so an
 * error never leaves a half-written or stale-looking plan behind.
 */
public final class PlannerCli {
    static final String USAGE =
            "usage: java -jar fellesgrunn-planner.jar (match|schedule) PROBLEM.json PLAN.json [--time-limit 30s]";
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

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
            return 2;
        }
        Supplier<PlannerCommand> command = COMMANDS.get(invocation.command());
        if (command == null) {
            err.println("Unknown command '" + invocation.command() + "'.");
            err.println(USAGE);
            return 2;
        }
        if (!Files.isReadable(invocation.problem())) {
            err.println("Cannot read the problem file " + invocation.problem() + ".");
            return 3;
        }
        try {
            String plan = command.get().solve(invocation.problem(), invocation.timeLimit());
            writeAtomically(invocation.plan(), plan);
            out.println("Plan written to " + invocation.plan());
            return 0;
        } catch (FormatViolation e) {
            err.println("Rejected " + invocation.problem() + ": " + e.pointer() + ": " + e.rule());
            err.println("No plan was written.");
            return 1;
        } catch (IOException e) {
            err.println("I/O error: " + e.getMessage());
            err.println("No plan was written.");
            return 3;
        }
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
            String t = text.trim().toLowerCase();
            try {
                Duration d;
                if (t.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                } else if (t.endsWith("s")) {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
                } else if (t.endsWith("m")) {
                    d = Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
                } else {
                    d = Duration.ofSeconds(Long.parseLong(t));
                }
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("--time-limit must be positive, got '" + text + "'.");
                }
                return d;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--time-limit '" + text + "' is not a duration such as 30s, 2m or 500ms.");
            }
        }
    }
}
