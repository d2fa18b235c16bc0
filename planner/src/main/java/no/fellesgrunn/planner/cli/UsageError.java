package no.fellesgrunn.planner.cli;

/**
 * A command line the planner cannot run (an unknown option value, a missing argument), as a code
 * of the command line's bundle with its arguments, written in the reader's language by {@link CliText}.
 */
public class UsageError extends IllegalArgumentException {
    private final String code;
    private final transient Object[] args;

    public UsageError(String code, Object... args) {
        super(code + " " + java.util.Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
