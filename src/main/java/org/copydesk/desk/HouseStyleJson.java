package org.copydesk.desk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.Words;
import org.copydesk.typeset.Alignment;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.TextStyle;

/**
 * A {@link HouseStyle} as JSON text, the form the paper's settings store it in and {@code copydesk
 * style show} prints:
 *
 * <pre>{@code
 * { "styles": { "BODY": { "face": "SERIF", "pitch": 1.0, "indentEms": 2.0, "alignment": "JUSTIFY" }, ... },
 *   "datelineFace": "SERIF_BOLD" }
 * }</pre>
 *
 * Reading applies the text over the built-in style ({@link HouseStyle#newspaper()}): a role or field
 * it leaves out keeps its built-in value, so a file may name only what it changes. Everything it
 * does name is checked, and the first problem is refused with the field's path ({@code
 * styles.BODY.pitch}) and what is allowed. Names of roles, faces and alignments are read in any case.
 */
final class HouseStyleJson {
    private static final Words WORDS = Words.ofPackage(HouseStyleJson.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A pitch is a multiple of the type size: below 1 lines would overlap, above 3 is no longer a text block. */
    static final double MIN_PITCH = 1;
    static final double MAX_PITCH = 3;
    /** A first-line indent, in ems: 0 (flush) to 4. */
    static final double MIN_INDENT = 0;
    static final double MAX_INDENT = 4;

    private static final String STYLES = "styles";
    private static final String DATELINE_FACE = "datelineFace";
    private static final String FACE = "face";
    private static final String PITCH = "pitch";
    private static final String INDENT = "indentEms";
    private static final String ALIGNMENT = "alignment";

    private HouseStyleJson() {
    }

    /** The whole style, every role in {@link LineRole} order, pretty-printed. */
    static String write(HouseStyle style) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode styles = root.putObject(STYLES);
        for (LineRole role : LineRole.values()) {
            TextStyle s = style.of(role);
            ObjectNode node = styles.putObject(role.name());
            node.put(FACE, s.face().name());
            node.put(PITCH, s.pitch());
            node.put(INDENT, s.indentEms());
            node.put(ALIGNMENT, s.alignment().name());
        }
        root.put(DATELINE_FACE, style.datelineFace().name());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }

    /**
     * The house style {@code json} describes, over the built-in one.
     *
     * @throws SettingsRefusedException naming the first field that is wrong
     */
    static HouseStyle read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new SettingsRefusedException(WORDS.format("style.notJson", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw refused(WORDS.format("style.notObject"));
        }
        HouseStyle builtIn = HouseStyle.newspaper();
        Map<LineRole, TextStyle> styles = new EnumMap<>(builtIn.styles());
        FontFace dateline = builtIn.datelineFace();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case STYLES -> readStyles(field.getValue(), styles);
                case DATELINE_FACE -> dateline = name(field.getValue(), DATELINE_FACE, FontFace.class);
                default -> throw refused(WORDS.format("style.unknownField", field.getKey(), String.join(", ", STYLES, DATELINE_FACE)));
            }
        }
        return new HouseStyle(styles, dateline);
    }

    private static void readStyles(JsonNode node, Map<LineRole, TextStyle> styles) {
        if (!node.isObject()) {
            throw refused(WORDS.format("style.notAnObject", STYLES));
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = STYLES + "." + entry.getKey();
            LineRole role = constant(LineRole.class, entry.getKey()).orElseThrow(() ->
                    refused(WORDS.format("style.unknownRole", path, entry.getKey(), names(LineRole.class))));
            styles.put(role, readStyle(entry.getValue(), path, styles.get(role)));
        }
    }

    private static TextStyle readStyle(JsonNode node, String path, TextStyle base) {
        if (!node.isObject()) {
            throw refused(WORDS.format("style.notAnObject", path));
        }
        FontFace face = base.face();
        double pitch = base.pitch();
        double indent = base.indentEms();
        Alignment alignment = base.alignment();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String fieldPath = path + "." + field.getKey();
            switch (field.getKey()) {
                case FACE -> face = name(field.getValue(), fieldPath, FontFace.class);
                case PITCH -> pitch = number(field.getValue(), fieldPath, MIN_PITCH, MAX_PITCH);
                case INDENT -> indent = number(field.getValue(), fieldPath, MIN_INDENT, MAX_INDENT);
                case ALIGNMENT -> alignment = name(field.getValue(), fieldPath, Alignment.class);
                default -> throw refused(WORDS.format("style.unknownField", fieldPath, String.join(", ", FACE, PITCH, INDENT, ALIGNMENT)));
            }
        }
        return new TextStyle(face, pitch, indent, alignment);
    }

    private static <E extends Enum<E>> E name(JsonNode node, String path, Class<E> type) {
        if (!node.isTextual()) {
            throw refused(WORDS.format("style.notAName", path, names(type)));
        }
        String kind = type == FontFace.class ? WORDS.format("style.kindFace") : WORDS.format("style.kindAlignment");
        return constant(type, node.asText()).orElseThrow(() -> refused(WORDS.format("style.unknownName", path,
                node.asText(), kind, names(type))));
    }

    private static double number(JsonNode node, String path, double min, double max) {
        if (!node.isNumber()) {
            throw refused(WORDS.format("style.notANumber", path));
        }
        double value = node.asDouble();
        if (!(value >= min && value <= max)) {
            throw refused(WORDS.format("style.outOfRange", path, node.asText(), min, max));
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static SettingsRefusedException refused(String message) {
        return new SettingsRefusedException(message);
    }
}
