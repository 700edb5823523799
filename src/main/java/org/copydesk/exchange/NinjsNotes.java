package org.copydesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditorNote;

/**
 * Editors' notes on an article's ninjs, as metadata and never as body text. ninjs 3.1 has one
 * field for notes to staff, {@code edNote}, a single string: it gets the open notes in words, for
 * any newsroom system. Copydesk's exact notes (range, quotation, author, time, resolved) travel
 * beside it as a {@code descriptions} item of Copydesk's role and content type, as the exact block
 * structure travels in a body of Copydesk's own type; both validate against the ninjs schema.
 */
final class NinjsNotes {
    private static final Words WORDS = Words.ofPackage(NinjsNotes.class);
    static final String ROLE = "copydesk-notes";
    static final String NOTES_TYPE = "application/vnd.copydesk.notes+json";

    private final ObjectMapper json;

    NinjsNotes(ObjectMapper json) {
        this.json = json;
    }

    /** Adds {@code edNote} and the notes' description to the article's ninjs; nothing when there are none. */
    void write(ObjectNode ninjs, List<EditorNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        List<String> open = notes.stream().filter(n -> !n.resolved())
                .map(n -> (n.quoted().isEmpty() ? "" : "「" + n.quoted() + "」") + n.text() + "（" + n.author() + "）")
                .toList();
        if (!open.isEmpty()) {
            ninjs.put("edNote", String.join("\n", open));
        }
        ArrayNode array = json.createArrayNode();
        for (EditorNote n : notes) {
            array.addObject().put("id", n.id()).put("paragraph", n.paragraph()).put("start", n.start())
                    .put("end", n.end()).put("quoted", n.quoted()).put("text", n.text()).put("author", n.author())
                    .put("created", n.created().toString()).put("resolved", n.resolved()).put("detached", n.detached());
        }
        ArrayNode descriptions = ninjs.has("descriptions") ? (ArrayNode) ninjs.get("descriptions") : ninjs.putArray("descriptions");
        descriptions.addObject().put("role", ROLE).put("contentType", NOTES_TYPE).put("value", array.toString());
    }

    /** The notes an article's ninjs carries for story {@code articleId}; none when it carries none. */
    List<EditorNote> read(JsonNode ninjs, JsonFields f, String articleId) {
        JsonNode descriptions = ninjs.get("descriptions");
        if (descriptions == null) {
            return List.of();
        }
        List<EditorNote> notes = new ArrayList<>();
        for (JsonNode d : f.array(ninjs, "descriptions")) {
            if (!NOTES_TYPE.equals(f.optionalText(d, "contentType"))) {
                continue;
            }
            JsonFields nf = f.within(WORDS.format("part.notes"));
            JsonNode array;
            try {
                array = json.readTree(nf.text(d, "value"));
            } catch (JsonProcessingException e) {
                throw nf.problem(WORDS.format("notes.notJson", e.getOriginalMessage()));
            }
            if (array == null || !array.isArray()) {
                throw nf.problem(WORDS.format("notes.notArray"));
            }
            for (JsonNode n : array) {
                JsonFields one = nf.within(WORDS.format("part.note", notes.size() + 1));
                int start = one.integer(n, "start", 0, Integer.MAX_VALUE);
                int end = one.integer(n, "end", start, Integer.MAX_VALUE);
                String text = one.text(n, "text");
                String quoted = one.text(n, "quoted");
                String author = one.text(n, "author");
                if (text.length() > EditorNote.MAX_TEXT_LENGTH || quoted.length() > EditorNote.MAX_TEXT_LENGTH
                        || author.isBlank() || author.length() > org.copydesk.model.Person.MAX_NAME_LENGTH) {
                    throw one.problem(WORDS.format("notes.tooLong", EditorNote.MAX_TEXT_LENGTH));
                }
                notes.add(new EditorNote(one.text(n, "id"), articleId, one.integer(n, "paragraph", 0, Integer.MAX_VALUE),
                        start, end, quoted, text, author, one.instant(n, "created"), bool(one, n, "resolved"),
                        bool(one, n, "detached")));
            }
        }
        return notes;
    }

    private static boolean bool(JsonFields f, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            throw f.problem(WORDS.format("notes.notBoolean", field));
        }
        return node.booleanValue();
    }
}
