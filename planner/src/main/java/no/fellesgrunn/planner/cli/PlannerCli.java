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
 * {@code (match|schedule) PROBLEM.json PLAN.json [--time-limit 30s] [--lang en|nb|nn]}. Its own lines are
 * in the language of {@code --lang} (English by default), from its bundle ({@link CliText}).
 * <p>
 * Exit status ({@link #PLAN_WRITTEN} ...): 0 plan written, every hard rule kept; 1 the problem file
 * breaks the format (or a limit of it), nothing written; 2 plan written, but it breaks hard rules
 * (a warning names them); 3 I/O error, nothing written; 4 bad usage; 5 internal error (a bug).
 * The plan is written to a temporary file first and moved into place only when complete, so an
 * error never leaves a half-written or stale-looking plan behind.
 */
public final class PlannerCli {
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

    private PlannerCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit status (testable without exiting the JVM). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliText text = CliText.of(CliText.ENGLISH);
        Invocation invocation;
        try {
            text = CliText.of(language(args));
            invocation = Invocation.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(text.usage(e));
            err.println(text.text("cli.usage"));
            return BAD_USAGE;
        }
        Supplier<PlannerCommand> command = COMMANDS.get(invocation.command());
        if (command == null) {
            err.println(text.text("cli.unknown_command", invocation.command()));
            err.println(text.text("cli.usage"));
            return BAD_USAGE;
        }
        if (!Files.isReadable(invocation.problem())) {
            err.println(text.text("cli.cannot_read", invocation.problem()));
            return IO_ERROR;
        }
        try {
            PlannerCommand.Outcome outcome = command.get().solve(invocation.problem(), invocation.timeLimit());
            writeAtomically(invocation.plan(), outcome.plan());
            out.println(text.text("cli.plan_written", invocation.plan()));
            if (outcome.feasible()) {
                return PLAN_WRITTEN;
            }
            warnBrokenRules(err, text, invocation.plan(), outcome);
            return PLAN_BREAKS_HARD_RULES;
        } catch (FormatViolation e) {
            err.println(text.text("cli.rejected", invocation.problem(), text.violation(e)));
            err.println(text.text("cli.no_plan"));
            return FORMAT_ERROR;
        } catch (UsageError e) { // a setting of the command (a system property) it cannot use
            err.println(text.usage(e));
            err.println(text.text("cli.no_plan"));
            return BAD_USAGE;
        } catch (IOException e) {
            err.println(text.text("cli.io_error", String.valueOf(e.getMessage())));
            err.println(text.text("cli.no_plan"));
            return IO_ERROR;
        } catch (RuntimeException e) {
            err.println(text.text("cli.internal_error", String.valueOf(e)));
            e.printStackTrace(err);
            err.println(text.text("cli.no_plan"));
            return INTERNAL_ERROR;
        }
    }

    private static void warnBrokenRules(PrintStream err, CliText text, Path plan, PlannerCommand.Outcome outcome) {
        err.println(text.text("cli.hard_rules"));
        outcome.brokenHardRules().forEach((rule, times) -> err.println(text.text("cli.hard_rule", rule, times)));
        err.println(text.text("cli.hard_rules_advice", plan));
    }

    /** The language of {@code --lang} (or {@code --lang=}), English when not given. */
    static java.util.Locale language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return CliText.language(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return CliText.language(args[i].substring("--lang=".length()));
            }
        }
        return CliText.ENGLISH;
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
                if (arg.equals("--lang")) {
                    i++;
                } else if (arg.startsWith("--lang=")) {
                    continue;
                } else if (arg.equals("--time-limit")) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("cli.time_limit_missing");
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
                    throw new UsageError("cli.unexpected_argument", arg);
                }
            }
            if (command == null || problem == null || plan == null) {
                throw new UsageError("cli.missing_arguments");
            }
            return new Invocation(command, problem, plan, limit);
        }

        static Duration parseDuration(String text) {
            return Durations.parse(text, "--time-limit");
        }
    }
}
