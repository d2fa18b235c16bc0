package no.fellesgrunn.planner.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schema of one planner format (docs/formats/*.schema.json, packaged with the planner),
 * checked with networknt's json-schema-validator. Each error becomes a {@link FormatViolation}
 * with the JSON pointer of the field (of the missing field, for a required one) and a message
 * code with arguments. What a schema cannot say (unique ids, references between lists, rounds
 * that overlap) the format's reader checks after it.
 */
public final class FormatSchema {
    /** The schemas' own {@code $id}s start with this; they are read from the class path, never fetched. */
    static final String BASE = "https://fellesgrunn.no/formats/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(BASE, "classpath:no/fellesgrunn/planner/format/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();

    public static final FormatSchema MATCHING_PROBLEM = new FormatSchema("matching-problem.schema.json");
    public static final FormatSchema MATCHING_PLAN = new FormatSchema("matching-plan.schema.json");
    public static final FormatSchema EVENT_PROBLEM = new FormatSchema("event-problem.schema.json");
    public static final FormatSchema EVENT_PLAN = new FormatSchema("event-plan.schema.json");

    private final String name;
    private final JsonSchema schema;

    private FormatSchema(String name) {
        this.name = name;
        this.schema = FACTORY.getSchema(SchemaLocation.of(BASE + name), CONFIG);
    }

    /** The schema's file name in docs/formats/. */
    public String name() {
        return name;
    }

    /**
     * Every breach of the schema, the {@code format} field's first (a file of another format says
     * so before anything else), then in the validator's order.
     */
    public List<FormatViolation> violations(JsonNode tree) {
        List<FormatViolation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree)) {
            violations.add(violation(message));
        }
        violations.sort(Comparator.comparing(v -> !v.pointer().equals("/format")));
        return violations;
    }

    /** Throws the first breach of the schema; an empty document is not a JSON object. */
    public void check(JsonNode tree) {
        if (tree == null) {
            throw new FormatViolation("", "format.type.object");
        }
        List<FormatViolation> violations = violations(tree);
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
    }

    private static FormatViolation violation(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        JsonNode rule = message.getSchemaNode();
        JsonNode value = message.getInstanceNode();
        String field = at.substring(at.lastIndexOf('/') + 1);
        return switch (message.getType()) {
            case "required" -> new FormatViolation(at + "/" + escape(message.getProperty()), "format.required");
            case "type" -> new FormatViolation(at, "format.type." + expectedType(rule));
            case "const" -> new FormatViolation(at, "format.const", rule.asText());
            case "enum" -> new FormatViolation(at, "format.enum", shown(value), allowed(rule));
            case "minLength" ->
                rule.asInt() == 1
                        ? new FormatViolation(at, "format.empty")
                        : lengthOrPattern(at, field, value, "format.min_length", rule.asText());
            case "maxLength" -> lengthOrPattern(at, field, value, "format.max_length", rule.asText());
            case "pattern" -> lengthOrPattern(at, field, value, "format.pattern", rule.asText());
            case "minimum" -> new FormatViolation(at, "format.minimum", rule.asText(), shown(value));
            case "maximum" -> new FormatViolation(at, "format.maximum", rule.asText(), shown(value));
            case "minItems" ->
                rule.asInt() == 1
                        ? new FormatViolation(at, "format.empty_list")
                        : new FormatViolation(at, "format.min_items", rule.asText());
            case "maxItems" ->
                new FormatViolation(at, "format.max_items", value == null ? "?" : value.size(), rule.asText());
            default -> new FormatViolation(at, "format.schema", message.getMessage());
        };
    }

    /** A municipality number and a time have a message of their own, whichever of their rules they break. */
    private static FormatViolation lengthOrPattern(String at, String field, JsonNode value, String code, String limit) {
        return switch (field) {
            case "municipality" -> new FormatViolation(at, "format.municipality", shown(value));
            case "start", "end" -> new FormatViolation(at, "format.time", shown(value));
            default -> new FormatViolation(at, code, limit);
        };
    }

    /** The type asked for, other than null: object, array, string, integer, number or boolean. */
    private static String expectedType(JsonNode rule) {
        if (rule.isArray()) {
            for (JsonNode type : rule) {
                if (!"null".equals(type.asText())) {
                    return type.asText();
                }
            }
        }
        return rule.asText();
    }

    private static String allowed(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return String.join(", ", values);
    }

    /** A value as it can be shown in a message: long ones are cut. */
    static String shown(JsonNode node) {
        if (node == null) {
            return "";
        }
        String text = node.isTextual() ? node.textValue() : node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String escape(String step) {
        return step.replace("~", "~0").replace("/", "~1");
    }
}
