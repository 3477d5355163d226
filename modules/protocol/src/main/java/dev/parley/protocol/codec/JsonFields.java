package dev.parley.protocol.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.protocol.message.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/** Reads typed fields out of one message object, with errors that name the field and what was wrong. */
final class JsonFields {

    private final ObjectNode node;
    private final String type;

    JsonFields(ObjectNode node, String type) {
        this.node = node;
        this.type = type;
    }

    String text(String field) throws ProtocolException {
        JsonNode value = present(field);
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return value.textValue();
    }

    /** "true"/"false" in any letter case, or a JSON boolean: the spec writes them as strings, some clients won't. */
    boolean bool(String field) throws ProtocolException {
        return parseBool(field, present(field));
    }

    Boolean optionalBool(String field) throws ProtocolException {
        JsonNode value = node.get(field);
        return (value == null || value.isNull()) ? null : parseBool(field, value);
    }

    String optionalText(String field) throws ProtocolException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(field);
    }

    /** A whole number written as a string ("2"), as the spec writes every value, or as a JSON number. */
    Integer optionalInt(String field) throws ProtocolException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.valueOf(value.textValue().strip());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        throw wrongType(field, "a whole number");
    }

    List<String> textList(String field) throws ProtocolException {
        JsonNode value = present(field);
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings");
        }
        var out = new ArrayList<String>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(field, "an array of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private boolean parseBool(String field, JsonNode value) throws ProtocolException {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.textValue();
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            if (text.equalsIgnoreCase("false")) {
                return false;
            }
        }
        throw wrongType(field, "\"true\" or \"false\"");
    }

    private JsonNode present(String field) throws ProtocolException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ProtocolException(
                    ErrorCode.MISSING_FIELD, "A \"" + type + "\" message needs the field \"" + field + "\".");
        }
        return value;
    }

    private ProtocolException wrongType(String field, String expected) {
        return new ProtocolException(
                ErrorCode.WRONG_TYPE,
                "The field \"" + field + "\" of a \"" + type + "\" message must be " + expected + ".");
    }
}
