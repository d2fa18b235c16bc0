package no.fellesgrunn.planner.format;

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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a problem file into a JSON tree, strictly and within {@link Limits}: at most
 * {@link Limits#MAX_DOCUMENT_BYTES} bytes, UTF-8 only (a leading byte-order mark is allowed), one
 * JSON value and nothing after it, no field twice in one object, Jackson's stream limits (depth,
 * number, string and name length, tokens) set deliberately, and no string with an unpaired
 * surrogate (such a string could not be written back as UTF-8). Every breach is a
 * {@link FormatViolation} with the JSON pointer of where reading stopped.
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
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private StrictJson() {
    }

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
                    throw new FormatViolation("", "must hold one JSON value only, but more content follows it"
                            + where(parser.currentTokenLocation()));
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

    /** Strict UTF-8: a malformed byte sequence is a format violation, not a replacement character. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
            String at = offset < bytes.length ? String.format(" (0x%02X)", bytes[offset] & 0xFF) : "";
            throw new FormatViolation("", "is not UTF-8 text: the byte at offset " + offset + at
                    + " does not belong to a UTF-8 character; save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static FormatViolation tooLarge(String unit) {
        return new FormatViolation("", "the file is larger than the largest supported problem file, "
                + Limits.MAX_DOCUMENT_BYTES + " " + unit);
    }

    private static FormatViolation violation(JsonParser parser, JsonProcessingException e) {
        String pointer = pointer(parser);
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // Jackson names its own configuration ("from `StreamReadConstraints.getMaxNestingDepth()`"): not the reader's business.
        message = message.replaceAll(",? from `[^`]*`", "").replaceAll("[\\r\\n]+", " ").trim();
        if (e instanceof StreamConstraintsException) {
            return new FormatViolation(pointer, "breaks a limit of the format: " + message + where(e.getLocation()));
        }
        return new FormatViolation(pointer, "is not valid JSON: " + message + where(e.getLocation()));
    }

    private static String pointer(JsonParser parser) {
        try {
            JsonPointer pointer = parser.getParsingContext() == null ? null : parser.getParsingContext().pathAsPointer();
            return pointer == null ? "" : pointer.toString();
        } catch (RuntimeException e) { // a context that cannot say where it is: the whole file
            return "";
        }
    }

    /** " (line L, column C)", or nothing when Jackson does not know the location. */
    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Every string value and field name: within the length limit and valid Unicode. */
    private static void checkStrings(JsonNode node, List<String> path) {
        if (node.isTextual()) {
            checkText(node.textValue(), path, Limits.MAX_STRING_LENGTH);
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
                checkText(field.getKey(), path, Limits.MAX_NAME_LENGTH);
                checkStrings(field.getValue(), path);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void checkText(String text, List<String> path, int maxLength) {
        if (text.length() > maxLength) {
            throw new FormatViolation(pointerOf(path), "is " + text.length()
                    + " characters long; the longest supported is " + maxLength);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FormatViolation(pointerOf(path), String.format(
                        "holds an unpaired surrogate \\u%04X at character %d, which is not a Unicode character", (int) c, i));
            }
        }
    }

    private static String pointerOf(List<String> path) {
        StringBuilder pointer = new StringBuilder();
        for (String step : path) {
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
