package org.copydesk.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.model.Article;

/**
 * Reads the sample's story files from the class path ({@code /assets/sample/articles/KEY.md})
 * with the same importer reporters use, so the sample also proves the story format.
 */
final class SampleArticles {

    static final String FOLDER = "/assets/sample/articles/";

    /** All sample stories were filed the day before the paper went to press. */
    static final Instant FILED = Instant.parse("2026-11-26T10:00:00Z");

    private SampleArticles() {
    }

    static String articleId(String key) {
        return SampleIds.of("article", key);
    }

    static Article load(String key, String editionId) {
        String resource = FOLDER + key + ".md";
        try (InputStream in = SampleArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample story " + resource + " is missing from the class path");
            }
            return StoryFileImporter.read(in.readAllBytes(), resource, articleId(key), editionId, FILED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample story " + resource, e);
        }
    }
}
