package org.copydesk.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.function.Supplier;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PhotoDetails;

/**
 * The JSON kept in text columns: an article body (its blocks), a page spec, and a whole article
 * value for a revision. The block kinds are written as a {@code "type"} name so the stored text
 * does not depend on Java class names.
 */
final class StoreJson {
    private static final Words WORDS = Words.ofPackage(StoreJson.class);

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Lead.class, name = "lead"),
            @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Block.Subhead.class, name = "subhead"),
            @JsonSubTypes.Type(value = Block.EndByline.class, name = "endByline")
    })
    private interface BlockTypes {
    }

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() { };
    private static final TypeReference<List<IndexEntry>> INDEX_ENTRIES = new TypeReference<>() { };

    private final ObjectWriter blocksWriter;
    private final ObjectReader blocksReader;
    private final ObjectWriter specWriter;
    private final ObjectReader specReader;
    private final ObjectWriter articleWriter;
    private final ObjectReader articleReader;
    private final ObjectWriter detailsWriter;
    private final ObjectReader detailsReader;
    private final ObjectWriter entriesWriter;
    private final ObjectReader entriesReader;

    StoreJson() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .addMixIn(Block.class, BlockTypes.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        blocksWriter = mapper.writerFor(BLOCKS);
        blocksReader = mapper.readerFor(BLOCKS);
        specWriter = mapper.writerFor(PageSpec.class);
        specReader = mapper.readerFor(PageSpec.class);
        articleWriter = mapper.writerFor(Article.class);
        articleReader = mapper.readerFor(Article.class);
        detailsWriter = mapper.writerFor(PhotoDetails.class);
        detailsReader = mapper.readerFor(PhotoDetails.class);
        entriesWriter = mapper.writerFor(INDEX_ENTRIES);
        entriesReader = mapper.readerFor(INDEX_ENTRIES);
    }

    String body(List<Block> blocks) {
        return write(blocksWriter, blocks, () -> WORDS.format("json.body"));
    }

    List<Block> body(String json) {
        return read(blocksReader, json, () -> WORDS.format("json.body"));
    }

    String spec(PageSpec spec) {
        return write(specWriter, spec, () -> WORDS.format("json.pageSpec"));
    }

    PageSpec spec(String json) {
        return read(specReader, json, () -> WORDS.format("json.pageSpec"));
    }

    String article(Article article) {
        return write(articleWriter, article, () -> WORDS.format("json.article"));
    }

    Article article(String json) {
        return read(articleReader, json, () -> WORDS.format("json.revision"));
    }

    String photoDetails(PhotoDetails details) {
        return write(detailsWriter, details, () -> WORDS.format("json.photoDetails"));
    }

    PhotoDetails photoDetails(String json) {
        return read(detailsReader, json, () -> WORDS.format("json.photoDetails"));
    }

    /** A 导读 box's lines, in order, as {@code [{"articleId": ..., "shortText": ...}]}. */
    String indexEntries(List<IndexEntry> entries) {
        return write(entriesWriter, entries, () -> WORDS.format("json.indexEntries"));
    }

    List<IndexEntry> indexEntries(String json) {
        return read(entriesReader, json, () -> WORDS.format("json.indexEntries"));
    }

    /** {@code what} names the value in a message; asked for only on failure, as this runs on every save. */
    private static String write(ObjectWriter writer, Object value, Supplier<String> what) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException(WORDS.format("json.write", what.get(), e.getOriginalMessage()), e);
        }
    }

    private static <T> T read(ObjectReader reader, String json, Supplier<String> what) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException(WORDS.format("json.damaged", what.get(), e.getOriginalMessage()), e);
        }
    }
}
