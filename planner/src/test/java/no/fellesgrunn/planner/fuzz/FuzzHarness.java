package no.fellesgrunn.planner.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import no.fellesgrunn.planner.cli.PlannerCommand;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.matching.MatchCommand;
import no.fellesgrunn.planner.matching.MatchingWeights;
import no.fellesgrunn.planner.scheduling.ScheduleCommand;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Feeds a {@link Mutant} to the planner command it is for, as the command line does (a file, the
 * command's {@code solve}), and judges the outcome: a clean rejection (a {@link FormatViolation}
 * with a rule), or a plan that is valid JSON of the plan format, whose score did not overflow and
 * agrees with the hard rules reported broken. Anything else is a finding.
 */
public final class FuzzHarness {
    /** What happened to one file. */
    public enum Verdict {
        /** A format violation with a rule: the right answer for a bad file. */
        CLEAN_REJECTION,
        /** A plan, for a file that was valid. */
        VALID_PLAN,
        /** An exception other than a format violation (or a violation without a rule). */
        CRASH,
        /** A plan for a file known to be invalid, or that is not even valid JSON. */
        PLAN_FOR_INVALID_INPUT,
        /** A file known to be valid, rejected. */
        VALID_INPUT_REJECTED,
        /** A plan whose score overflowed, or that contradicts the hard rules reported broken. */
        OVERFLOW
    }

    /** The verdict and, for a finding, what explains it. */
    public record Result(Verdict verdict, String detail, boolean hardRulesBroken) {}

    private static final ObjectMapper REFERENCE =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Largest soft score of one match at the default weights (similarity 10⁶ plus every bonus, or the repeat penalty). */
    private static final long MATCH_SCORE_BOUND = 1_000_000 + 90_000 + 100_000;

    private final Path dir;
    private final Duration timeLimit;
    private final Map<Mutant.Format, PlannerCommand> commands = new EnumMap<>(Mutant.Format.class);

    public FuzzHarness(Path dir, Duration timeLimit) {
        this.dir = dir;
        this.timeLimit = timeLimit;
        commands.put(Mutant.Format.MATCHING, new MatchCommand());
        commands.put(Mutant.Format.EVENT, new ScheduleCommand());
        if (MatchingWeights.defaults().similarity() != 1) {
            throw new IllegalStateException("MATCH_SCORE_BOUND assumes the default weights");
        }
    }

    public Result run(Mutant mutant) {
        Path file;
        try {
            file = Files.write(dir.resolve("problem.json"), mutant.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlannerCommand.Outcome outcome;
        try {
            outcome = commands.get(mutant.format()).solve(file, timeLimit);
        } catch (FormatViolation v) {
            if (v.code() == null || !v.code().startsWith("format.") || v.pointer() == null) {
                return new Result(Verdict.CRASH, "violation without code or pointer: " + v, false);
            }
            return mutant.expected() == Mutant.Expected.ACCEPT
                    ? new Result(Verdict.VALID_INPUT_REJECTED, v.getMessage(), false)
                    : new Result(Verdict.CLEAN_REJECTION, v.getMessage(), false);
        } catch (Throwable t) { // StackOverflowError and OutOfMemoryError are crashes too
            return new Result(Verdict.CRASH, stackOf(t), false);
        }
        boolean broken = !outcome.brokenHardRules().isEmpty();
        if (mutant.expected() == Mutant.Expected.REJECT) {
            return new Result(Verdict.PLAN_FOR_INVALID_INPUT, "a plan for a file that must be rejected", broken);
        }
        String notJson = referenceProblem(mutant.bytes());
        if (notJson != null) {
            return new Result(
                    Verdict.PLAN_FOR_INVALID_INPUT, "accepted, but a reference parser says: " + notJson, broken);
        }
        String overflow = checkPlan(mutant.format(), outcome);
        return overflow == null
                ? new Result(Verdict.VALID_PLAN, "", broken)
                : new Result(Verdict.OVERFLOW, overflow, broken);
    }

    /** Why an independent strict parse (UTF-8 decoder, plain Jackson, no trailing tokens) refuses the bytes, or null. */
    private static String referenceProblem(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            JsonNode root = REFERENCE.readTree(text);
            return root != null && root.isObject() ? null : "not a JSON object";
        } catch (CharacterCodingException e) {
            return "not UTF-8";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Null when the plan is sound, else what is wrong with its score. */
    private static String checkPlan(Mutant.Format format, PlannerCommand.Outcome outcome) {
        JsonNode plan;
        try {
            plan = REFERENCE.readTree(outcome.plan());
        } catch (IOException e) {
            return "the plan is not JSON: " + e.getMessage();
        }
        String expectedFormat =
                format == Mutant.Format.MATCHING ? "fellesgrunn.matching-plan/1" : "fellesgrunn.event-plan/1";
        if (!expectedFormat.equals(plan.path("format").asText())) {
            return "plan format " + plan.path("format");
        }
        HardMediumSoftLongScore score =
                HardMediumSoftLongScore.parseScore(plan.path("score").asText());
        if (score.hardScore() > 0 || score.mediumScore() > 0) {
            return "positive hard or medium score " + score;
        }
        if ((score.hardScore() < 0) != !outcome.brokenHardRules().isEmpty()) {
            return "score " + score + " but broken hard rules " + outcome.brokenHardRules();
        }
        if (format == Mutant.Format.MATCHING) {
            long bound = plan.path("matches").size() * MATCH_SCORE_BOUND;
            return Math.abs(score.softScore()) <= bound ? null : "soft score " + score + " beyond " + bound;
        }
        if (score.softScore() > 0) {
            return "positive soft score " + score + " (every soft rule of an event is a penalty)";
        }
        long sum = 0;
        for (JsonNode rule : plan.path("scoreBreakdown")) {
            try {
                sum = Math.addExact(
                        sum,
                        HardMediumSoftLongScore.parseScore(rule.path("score").asText())
                                .softScore());
            } catch (ArithmeticException e) {
                return "the score breakdown overflows a long";
            }
        }
        return sum == score.softScore() ? null : "soft score " + score + " is not the sum of its rules, " + sum;
    }

    private static String stackOf(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString());
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            text.append("\n    at ").append(stack[i]);
        }
        return text.toString();
    }
}
