package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.format.Limits;

/**
 * Field readers of the {@code fellesgrunn.event/1} reader: each reads one field of a JSON tree
 * and throws {@link FormatViolation} with the field's JSON pointer when it breaks its rule.
 */
final class EventJsonFields {
    private EventJsonFields() {
    }

    static JsonNode object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new FormatViolation(at, "must be a JSON object");
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new FormatViolation(at, "is required");
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array");
        }
        return node;
    }

    static JsonNode optionalArray(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array");
        }
        return node;
    }

    static String id(JsonNode node, String at) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw new FormatViolation(at + "/id", "is required");
        }
        return text(id, at + "/id");
    }

    /** A non-empty string. */
    static String text(JsonNode node, String at) {
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new FormatViolation(at, "must be a non-empty string");
        }
        return node.asText();
    }

    static String optionalString(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return text(node, at);
    }

    static String reference(JsonNode parent, String field, String at, Set<String> known, String kind) {
        String id = optionalString(parent, field, at + "/" + field);
        if (id == null) {
            throw new FormatViolation(at + "/" + field, "is required");
        }
        if (!known.contains(id)) {
            throw new FormatViolation(at + "/" + field, "names no " + kind + ": \"" + id + "\"");
        }
        return id;
    }

    static Integer integer(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new FormatViolation(at, "must be an integer");
        }
        return node.intValue();
    }

    static boolean bool(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new FormatViolation(at, "must be true or false");
        }
        return node.booleanValue();
    }

    static LocalDateTime time(JsonNode parent, String at, String field) {
        String value = optionalString(parent, field, at);
        if (value == null) {
            throw new FormatViolation(at, "is required");
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new FormatViolation(at, "must be a local date and time such as 2026-05-14T09:30, got \"" + value + "\"");
        }
    }

    static Set<String> strings(JsonNode parent, String field, String at) {
        Set<String> values = new LinkedHashSet<>();
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of strings");
        }
        Limits.atMost(node, Limits.MAX_LIST_ENTRIES, at, "entries");
        for (int i = 0; i < node.size(); i++) {
            values.add(text(node.get(i), at + "/" + i));
        }
        return values;
    }

    static Set<Perspective> perspectives(JsonNode parent, String field, String at) {
        Set<Perspective> values = new LinkedHashSet<>();
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of perspectives");
        }
        Limits.atMost(node, Limits.MAX_LIST_ENTRIES, at, "entries");
        for (int i = 0; i < node.size(); i++) {
            values.add(enumValue(Perspective.class, node.get(i), at + "/" + i, "perspective"));
        }
        return values;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String at, String kind) {
        String value = text(node, at);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw new FormatViolation(at, "unknown " + kind + " \"" + value + "\"; expected one of " + String.join(", ", names));
        }
    }

    static List<String> idList(JsonNode node, String at, Set<String> known, String kind) {
        if (!node.isArray()) {
            throw new FormatViolation(at, "must be an array of " + kind + " ids");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String id = text(node.get(i), at + "/" + i);
            if (!known.contains(id)) {
                throw new FormatViolation(at + "/" + i, "names no " + kind + ": \"" + id + "\"");
            }
            if (!seen.add(id)) {
                throw new FormatViolation(at + "/" + i, kind + " \"" + id + "\" is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }
}
