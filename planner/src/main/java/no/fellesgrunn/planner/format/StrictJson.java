package no.fellesgrunn.planner.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a problem file into a JSON tree, strictly and within {@link Limits}: at most
 * {@link Limits#MAX_DOCUMENT_BYTES} bytes, UTF-8 only (a leading byte-order mark is allowed), one
 * JSON value and nothing after it, no field twice in one object, Jackson's stream limits (depth,
 * number, string and name length, tokens) set deliberately, and no string with an unpaired
 * surrogate (such a string could not be written back as UTF-8). Every breach is a
 * {@link FormatViolation} with the JSON pointer of where reading stopped. A tree that its format's
 * JSON Schema accepted ({@link FormatSchema}) is then bound to records ({@link #bind}), strictly:
 * no number with a fraction for a whole number, no string for a number.
 */
public final class StrictJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxStringLength(Limits.MAX_STRING_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
                    .maxTokenCount(Limits.MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    /** "Document nesting depth (65) exceeds the maximum allowed (64": what Jackson says of a stream limit. */
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private StrictJson() {}

    /** Reads the file: at most {@link Limits#MAX_DOCUMENT_BYTES} bytes are read, however large it is. */
    public static JsonNode read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        }
        return parse(bytes);
    }

    /** Parses the bytes of a file (UTF-8). */
    public static JsonNode parse(byte[] bytes) {
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            throw tooLarge("bytes");
        }
        return parse(decode(bytes));
    }

    /**
     * Parses text. Returns {@code null} for an empty document (only white space), which callers
     * reject as "not a JSON object".
     */
    public static JsonNode parse(String text) {
        if (text.length() > Limits.MAX_DOCUMENT_BYTES) {
            throw tooLarge("characters");
        }
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                root = MAPPER.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new FormatViolation("", line(at), column(at), "format.trailing_content");
                }
            } catch (JsonProcessingException e) {
                throw violation(parser, e);
            }
        } catch (IOException e) { // closing a parser of a string does no I/O
            throw new UncheckedIOException(e);
        }
        if (root != null) {
            checkStrings(root, new ArrayList<>());
        }
        return root;
    }

    /**
     * Binds a tree that its JSON Schema accepted to a record of the format. Unknown fields are
     * ignored; a whole number written with a fraction ({@code 8.0}) is refused with its pointer.
     */
    public static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            boolean whole =
                    target == Integer.class || target == Long.class || target == int.class || target == long.class;
            throw new FormatViolation(
                    pointerOfPath(e.getPath()), whole ? "format.type.integer" : "format.invalid_value");
        } catch (JsonProcessingException e) {
            throw new FormatViolation("", "format.invalid_value");
        }
    }

    private static String pointerOfPath(List<JsonMappingException.Reference> path) {
        List<String> steps = new ArrayList<>();
        for (JsonMappingException.Reference step : path) {
            steps.add(step.getFieldName() != null ? step.getFieldName() : Integer.toString(step.getIndex()));
        }
        return pointerOf(steps);
    }

    /** Strict UTF-8: a malformed byte sequence is a format violation, not a replacement character. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            if (offset >= bytes.length) {
                throw new FormatViolation("", "format.not_utf8_end", offset);
            }
            throw new FormatViolation("", "format.not_utf8", offset, String.format("0x%02X", bytes[offset] & 0xFF));
        }
        return out.flip().toString();
    }

    private static FormatViolation tooLarge(String unit) {
        return new FormatViolation(
                "",
                "bytes".equals(unit) ? "format.file_too_large" : "format.text_too_large",
                Limits.MAX_DOCUMENT_BYTES);
    }

    private static FormatViolation violation(JsonParser parser, JsonProcessingException e) {
        String pointer = pointer(parser);
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // Jackson names its own configuration ("from `StreamReadConstraints.getMaxNestingDepth()`"): not the reader's
        // business.
        message = message.replaceAll(",? from `[^`]*`", "")
                .replaceAll("[\\r\\n]+", " ")
                .trim();
        JsonLocation at = e.getLocation();
        if (e instanceof StreamConstraintsException) {
            Matcher numbers = LIMIT.matcher(message);
            String limit = limitCode(message);
            if (numbers.find() && limit != null) {
                return new FormatViolation(pointer, line(at), column(at), limit, numbers.group(1), numbers.group(2));
            }
            return new FormatViolation(pointer, line(at), column(at), "format.limit", message);
        }
        if (message.startsWith("Duplicate field '")) {
            String name = message.substring(
                    "Duplicate field '".length(), Math.max("Duplicate field '".length(), message.lastIndexOf('\'')));
            return new FormatViolation(pointer, line(at), column(at), "format.duplicate_field", name);
        }
        return new FormatViolation(pointer, line(at), column(at), "format.invalid_json", message);
    }

    /** The code of a stream limit, by what Jackson's message names. */
    private static String limitCode(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "format.limit.nesting";
        } else if (m.contains("number value length")) {
            return "format.limit.number";
        } else if (m.contains("string value length")) {
            return "format.limit.string";
        } else if (m.contains("name length") || m.contains("name value length")) {
            return "format.limit.name";
        } else if (m.contains("token count")) {
            return "format.limit.tokens";
        } else if (m.contains("document length")) {
            return "format.limit.document";
        }
        return null;
    }

    private static String pointer(JsonParser parser) {
        try {
            JsonPointer pointer = parser.getParsingContext() == null
                    ? null
                    : parser.getParsingContext().pathAsPointer();
            return pointer == null ? "" : pointer.toString();
        } catch (RuntimeException e) { // a context that cannot say where it is: the whole file
            return "";
        }
    }

    /** The line of a location, or 0 when Jackson does not know it. */
    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 0 : location.getLineNr();
    }

    private static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    }

    /** Every string value and field name: within the length limit and valid Unicode. */
    private static void checkStrings(JsonNode node, List<String> path) {
        if (node.isTextual()) {
            checkText(node.textValue(), path, Limits.MAX_STRING_LENGTH, "format.string_too_long");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                checkStrings(node.get(i), path);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                path.add(field.getKey());
                checkText(field.getKey(), path, Limits.MAX_NAME_LENGTH, "format.name_too_long");
                checkStrings(field.getValue(), path);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void checkText(String text, List<String> path, int maxLength, String code) {
        if (text.length() > maxLength) {
            throw new FormatViolation(pointerOf(path), code, text.length(), maxLength);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FormatViolation(
                        pointerOf(path), "format.unpaired_surrogate", String.format("\\u%04X", (int) c), i);
            }
        }
    }

    /** The JSON pointer of a path of field names and indexes. */
    public static String pointerOf(List<String> path) {
        StringBuilder pointer = new StringBuilder();
        for (String step : path) {
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
