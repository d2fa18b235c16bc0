package no.fellesgrunn.planner.format;

import static no.fellesgrunn.planner.format.Violations.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict reading every problem file goes through: limits, UTF-8, one value, and where it broke. */
class StrictJsonTest {
    @TempDir
    Path dir;

    private static FormatViolation rejected(String json) {
        FormatViolation violation = catchThrowableOfType(() -> StrictJson.parse(json), FormatViolation.class);
        assertThat(violation)
                .as("rejected: %s", json.length() > 80 ? json.substring(0, 80) + "..." : json)
                .isNotNull();
        assertThat(english(violation)).isNotBlank();
        return violation;
    }

    @Test
    void deepNestingIsALimitWithThePointerWhereItStopped() {
        FormatViolation v = rejected("{\"a\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}");
        assertThat(v.code()).isEqualTo("format.limit.nesting");
        assertThat(v.args()).startsWith("65", "64");
        assertThat(english(v))
                .contains("limit")
                .contains("nested 65 deep, the deepest supported is 64")
                .doesNotContain("StreamReadConstraints");
        assertThat(v.pointer()).startsWith("/a/0/0/");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsALimit() {
        FormatViolation v = rejected("{\"format\": \"x\", \"matchesPerActor\": " + "9".repeat(5_000) + "}");
        assertThat(v.code()).isEqualTo("format.limit.number");
        assertThat(english(v))
                .contains("limit")
                .contains("a number of 5000 characters, the longest supported is 20")
                .doesNotContain("?"); // Jackson does not say where; no "(line ?, column ?)"
        assertThat(v.pointer()).isEqualTo("/matchesPerActor");
        // 20 characters are allowed
        assertThat(StrictJson.parse("{\"n\": 12345678901234567890}").get("n").isIntegralNumber())
                .isTrue();
    }

    @Test
    void longKeysAndLongStringsAreLimits() {
        FormatViolation name = rejected("{\"" + "k".repeat(100_000) + "\": 1}");
        assertThat(name.code()).startsWith("format.limit."); // Jackson meets the string limit first, inside the name
        assertThat(english(name)).contains("limit");
        FormatViolation v = rejected("{\"actors\": [{\"id\": \"" + "x".repeat(Limits.MAX_STRING_LENGTH + 1) + "\"}]}");
        assertThat(v.pointer()).isEqualTo("/actors/0/id");
        assertThat(StrictJson.parse("{\"id\": \"" + "x".repeat(Limits.MAX_STRING_LENGTH) + "\"}"))
                .isNotNull();
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.json");
        byte[] bytes = new byte[Limits.MAX_DOCUMENT_BYTES + 10];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        Files.write(big, bytes);
        FormatViolation v = catchThrowableOfType(() -> StrictJson.read(big), FormatViolation.class);
        assertThat(english(v)).contains("larger than the largest supported");
    }

    @Test
    void contentAfterTheValueIsRefused() {
        assertThat(english(rejected("{\"a\": 1} {\"a\": 2}")))
                .contains("one JSON value")
                .endsWith("(line 1, column 10)");
        assertThat(english(rejected("{\"a\": 1}}"))).contains("not valid JSON");
        assertThat(english(rejected("{\"a\": 1} garbage"))).contains("not valid JSON");
        assertThat(english(rejected("{\"a\": 1}\n[]"))).contains("one JSON value");
        assertThat(StrictJson.parse("{\"a\": 1}\n\n  ").get("a").asInt()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNotUtf8AreAFormatError() {
        byte[] latin1 = "{\"id\": \"Tromsø\"}".getBytes(StandardCharsets.ISO_8859_1);
        FormatViolation v = catchThrowableOfType(() -> StrictJson.parse(latin1), FormatViolation.class);
        assertThat(v.pointer()).isEmpty();
        assertThat(english(v)).contains("not UTF-8").contains("offset 13").contains("0xF8");
        byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16);
        assertThat(catchThrowableOfType(() -> StrictJson.parse(utf16), FormatViolation.class))
                .isNotNull();
        byte[] withBom = "\uFEFF{\"id\": \"Tromsø\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictJson.parse(withBom).get("id").asText()).isEqualTo("Tromsø");
    }

    @Test
    void unpairedSurrogatesAndDuplicateFieldsAreRefused() {
        FormatViolation lone = rejected("{\"themes\": [\"ok \\ud83d\\ude00\", \"bad \\ud800\"]}");
        assertThat(lone.pointer()).isEqualTo("/themes/1");
        assertThat(english(lone)).contains("unpaired surrogate");
        FormatViolation twice = rejected("{\"actors\": [{\"id\": \"a\", \"id\": \"b\"}]}");
        assertThat(twice.code()).isEqualTo("format.duplicate_field");
        assertThat(english(twice)).contains("names the field \"id\" twice");
        assertThat(twice.pointer()).startsWith("/actors/0");
    }

    @Test
    void emptyTextHasNoValue() {
        assertThat(StrictJson.parse("  ")).isNull();
    }
}
