package org.copydesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.cli.CommandRunner;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk sample} and {@code copydesk import} against the real H2 store. */
class SampleInDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void sampleRoundTripsThroughTheStoreAndImportAddsDrafts() throws Exception {
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()))) {
            var repository = database.repository();

            assertThat(CommandRunner.run(repository, "sample").exitCode()).isZero();
            CommandRunner.Result again = CommandRunner.run(repository, "sample");
            assertThat(again.exitCode()).as(again.err()).isZero();

            EditionContent stored = repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow();
            EditionContent built = SampleEdition.create();
            assertThat(repository.editions()).hasSize(1);
            assertThat(stored.pages()).isEqualTo(built.pages());
            assertThat(stored.articles()).extracting(Article::id, Article::headline, Article::body)
                    .containsExactlyInAnyOrderElementsOf(built.articles().stream()
                            .map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.headline(), a.body())).toList());
            assertThat(stored.photos()).extracting(p -> p.sha256())
                    .containsExactlyInAnyOrderElementsOf(built.photos().stream().map(p -> p.sha256()).toList());

            Path story = dir.resolve("new.md");
            Files.writeString(story, "---\nheadline: 江澜三桥明年开工\n---\n本报讯 记者获悉，澜江三桥完成勘察。\n",
                    StandardCharsets.UTF_8);
            CommandRunner.Result imported = CommandRunner.run(repository, "import", story.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            String id = imported.out().strip().split("\\s+")[0];
            Article article = repository.article(id).orElseThrow();
            assertThat(article.version()).isEqualTo(1);
            assertThat(article.editionId()).isEqualTo(SampleEdition.EDITION_ID);
            assertThat(repository.revisions(id)).hasSize(1);
        }
    }
}
