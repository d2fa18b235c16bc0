package no.fellesgrunn.planner.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.fellesgrunn.planner.format.Limits;
import no.fellesgrunn.planner.fuzz.Mutant.Expected;
import no.fellesgrunn.planner.fuzz.Mutant.Format;

/**
 * Makes malformed and extreme problem files from the valid examples in docs/examples: token
 * mutations (deleted, duplicated, swapped, inserted tokens; numbers and strings replaced by
 * extreme values or wrong types), whose outcome may be either; and mutations known to make the
 * file invalid (trailing content, bytes that are not UTF-8, nesting, numbers and strings beyond
 * the limits, unpaired surrogates, a truncated file, out-of-range fields, too many entries) or
 * known to keep it valid (extreme values within the limits). See {@link TreeMutations}.
 */
public final class Mutator {
    private static final String[] EXTREME_NUMBERS = {
        "0",
        "-1",
        "1",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483648",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "1e308",
        "1e400",
        "-1e400",
        "0.5",
        "1.0",
        "12345678901234567890",
        "1E2",
        "00",
        "1000",
        "1001",
        "5000",
        "100",
        "101"
    };
    private static final String[] ODD_VALUES = {
        "\"\"",
        "\"ü\"",
        "\"a\\u0000b\"",
        "\"\\ud83d\\ude00\"",
        "\" \"",
        "null",
        "true",
        "false",
        "123",
        "-7",
        "{}",
        "[]",
        "{\"a\": 1}",
        "[\"a\", \"b\"]",
        "\"\\u200b\"",
        "\"MUNICIPALITY\"",
        "\"LIVED_EXPERIENCE\"",
        "\"2026-05-14T09:30\"",
        "\"fellesgrunn.event/1\"",
        "\"fellesgrunn.matching/1\""
    };
    private static final String[] INSERTS = {
        ",", ":", "{", "}", "[", "]", "null", "0", "\"x\"", "\"a1\"", "\"t1\"", "\"r1\"", "\"c1\"", "true"
    };
    private static final String[] TRAILING = {
        "}", "]", "x", "{}", "{\"a\": 1}", "null", ",", "0", "\"\"", "\u0000", "//"
    };
    private static final byte[][] BAD_BYTES = {
        {(byte) 0x80},
        {(byte) 0xC3},
        {(byte) 0xFF},
        {(byte) 0xFE},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}
    };

    private Mutator() {}

    /** The valid example of the format, as text. */
    public static String example(Format format) {
        try {
            return Files.readString(Path.of("..", "docs", "examples", format.example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One mutant of the format's example, drawn with the random source. */
    public static Mutant mutate(Random random, Format format) {
        String text = example(format);
        int kind = random.nextInt(100);
        if (kind < 15) {
            return TreeMutations.mutate(random, format, text);
        }
        List<String> applied = new ArrayList<>();
        List<String> tokens = JsonTokens.split(text);
        int mayMutations = kind < 40 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < mayMutations; i++) {
            applied.add(mayMutation(random, tokens));
        }
        if (kind >= 40 && kind < 75) {
            return new Mutant(format, String.join(", ", applied), utf8(String.join("", tokens)), Expected.EITHER);
        }
        // Last, one mutation that makes any file invalid, whatever came before.
        return mustMutation(random, format, tokens, applied, mayMutations == 0);
    }

    private static String mayMutation(Random random, List<String> tokens) {
        List<Integer> positions = JsonTokens.significant(tokens);
        if (positions.isEmpty()) {
            tokens.add(INSERTS[random.nextInt(INSERTS.length)]);
            return "insert into empty";
        }
        int at = positions.get(random.nextInt(positions.size()));
        String token = tokens.get(at);
        switch (random.nextInt(6)) {
            case 0 -> {
                tokens.remove(at);
                return "delete " + token;
            }
            case 1 -> {
                tokens.add(at, token);
                return "duplicate " + token;
            }
            case 2 -> {
                int other = positions.get(random.nextInt(positions.size()));
                tokens.set(at, tokens.get(other));
                tokens.set(other, token);
                return "swap " + token + " and " + tokens.get(at);
            }
            case 3 -> {
                String insert = INSERTS[random.nextInt(INSERTS.length)];
                tokens.add(at, insert);
                return "insert " + insert;
            }
            case 4 -> {
                int number = pick(random, tokens, positions, JsonTokens::isNumber, at);
                String value = EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)];
                tokens.set(number, value);
                return "number " + value;
            }
            default -> {
                int string = pick(random, tokens, positions, JsonTokens::isString, at);
                String value = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
                tokens.set(string, value);
                return "value " + value;
            }
        }
    }

    private static Mutant mustMutation(
            Random random, Format format, List<String> tokens, List<String> applied, boolean pristine) {
        List<Integer> positions = JsonTokens.significant(tokens);
        List<Integer> numbers = positions.stream()
                .filter(i -> JsonTokens.isNumber(tokens.get(i)))
                .toList();
        List<Integer> strings = positions.stream()
                .filter(i -> JsonTokens.isString(tokens.get(i)))
                .toList();
        int choice = random.nextInt(pristine ? 8 : 7);
        if (choice == 1 && !numbers.isEmpty()) {
            int digits = random.nextBoolean() ? Limits.MAX_NUMBER_LENGTH + 1 + random.nextInt(10) : 5_000;
            tokens.set(
                    numbers.get(random.nextInt(numbers.size())),
                    (random.nextBoolean() ? "-" : "") + "9".repeat(digits));
            applied.add(digits + "-digit number");
        } else if (choice == 2 && !strings.isEmpty()) {
            int length = random.nextBoolean() ? Limits.MAX_STRING_LENGTH + 1 + random.nextInt(100) : 100_000;
            tokens.set(strings.get(random.nextInt(strings.size())), "\"" + "x".repeat(length) + "\"");
            applied.add(length + "-character string");
        } else if (choice == 3 && !strings.isEmpty()) {
            String lone = random.nextBoolean() ? "\\ud800" : "\\udfff";
            tokens.set(strings.get(random.nextInt(strings.size())), "\"a" + lone + "b\"");
            applied.add("unpaired surrogate " + lone);
        } else if (choice == 4 && !positions.isEmpty()) {
            int depth = Limits.MAX_NESTING_DEPTH + 1 + random.nextInt(random.nextBoolean() ? 10 : 3_000);
            int at = positions.get(random.nextInt(positions.size()));
            tokens.set(at, "[".repeat(depth) + "1" + "]".repeat(depth));
            applied.add("nesting " + depth);
        } else if (choice == 5) {
            return new Mutant(
                    format,
                    join(applied, "invalid bytes"),
                    withBadBytes(random, utf8(String.join("", tokens))),
                    Expected.REJECT);
        } else if (choice == 7) { // a prefix of a valid file: cut before its last non-blank character
            String text = String.join("", tokens);
            int end = text.stripTrailing().length() - 1;
            int cut = random.nextInt(Math.max(1, end));
            return new Mutant(format, "truncated at " + cut, utf8(text.substring(0, cut)), Expected.REJECT);
        } else if (choice == 6 && pristine) {
            tokens.add(random.nextBoolean() ? "\n" : "");
            tokens.add(String.join("", JsonTokens.split(example(format))));
            applied.add("two documents");
        } else {
            String trailing = TRAILING[random.nextInt(TRAILING.length)];
            tokens.add(random.nextBoolean() ? " " : "\n");
            tokens.add(trailing);
            applied.add("trailing " + trailing.replace("\u0000", "\\u0000"));
        }
        return new Mutant(format, String.join(", ", applied), utf8(String.join("", tokens)), Expected.REJECT);
    }

    private static int pick(
            Random random,
            List<String> tokens,
            List<Integer> positions,
            java.util.function.Predicate<String> test,
            int fallback) {
        List<Integer> matching =
                positions.stream().filter(i -> test.test(tokens.get(i))).toList();
        return matching.isEmpty() ? fallback : matching.get(random.nextInt(matching.size()));
    }

    private static byte[] withBadBytes(Random random, byte[] bytes) {
        byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
        // Between two characters, so the bad bytes cannot complete a character before them.
        int at = random.nextInt(bytes.length + 1);
        while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
            at++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(bad);
        // A lone lead byte (0xC3, 0xE2 0x82) followed by ASCII is invalid; followed by a
        // continuation byte it would be valid, which cannot happen at a character boundary.
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String join(List<String> applied, String last) {
        List<String> all = new ArrayList<>(applied);
        all.add(last);
        return String.join(", ", all);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
