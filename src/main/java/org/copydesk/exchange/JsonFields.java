package org.copydesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.i18n.Words;
import org.copydesk.model.ForbiddenCharacters;

/**
 * Reads required and optional fields from package JSON, refusing with the entry's name and the
 * field's path when something is missing or of the wrong type. The JSON Schema is checked in tests;
 * at run time these structural checks guard every value the import uses. Every string read here
 * is held to {@link ForbiddenCharacters}, so no control or bidi character reaches the store.
 */
final class JsonFields {
    private static final Words WORDS = Words.ofPackage(JsonFields.class);
    private final String entry;
    private final String where;

    JsonFields(String entry) {
        this(entry, "");
    }

    private JsonFields(String entry, String where) {
        this.entry = entry;
        this.where = where;
    }

    /** The same entry, with problems also naming the part of it being read ({@code "page 3"}). */
    JsonFields within(String part) {
        return new JsonFields(entry, where.isEmpty() ? part : WORDS.format("json.within", where, part));
    }

    PackageException problem(String detail) {
        return PackageException.entry(entry, where.isEmpty() ? detail : WORDS.format("json.where", where, detail));
    }

    JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw problem(WORDS.format("field.notObject", field));
        }
        return node;
    }

    JsonNode array(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw problem(WORDS.format("field.notArray", field));
        }
        return node;
    }

    String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw problem(WORDS.format("field.notString", field));
        }
        return allowed(field, node.asText());
    }

    String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            throw problem(WORDS.format("field.notString", field));
        }
        return allowed(field, node.asText());
    }

    /** An optional array of strings; empty when absent. */
    List<String> optionalTexts(JsonNode parent, String field) {
        if (parent.get(field) == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(parent, field)) {
            if (!item.isTextual()) {
                throw problem(WORDS.format("field.notString", field));
            }
            texts.add(allowed(field, item.asText()));
        }
        return texts;
    }

    private String allowed(String field, String value) {
        ForbiddenCharacters.first(value).ifPresent(found -> {
            throw problem(WORDS.format("field.forbidden", field, ForbiddenCharacterText.describe(found)));
        });
        return value;
    }

    int integer(JsonNode parent, String field, int min, int max) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw problem(WORDS.format("field.notInteger", field, min, max));
        }
        return node.asInt();
    }

    double number(JsonNode parent, String field, double min, double max) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
            throw problem(WORDS.format("field.notNumber", field, min, max));
        }
        return node.asDouble();
    }

    Instant instant(JsonNode parent, String field) {
        String value = text(parent, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(WORDS.format("field.notDateTime", field, value));
        }
    }

    LocalDate date(JsonNode parent, String field) {
        String value = text(parent, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(WORDS.format("field.notDate", field, value));
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type) {
        String value = text(parent, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw problem(WORDS.format("field.unknownValue", field, value));
        }
    }
}
