package org.copydesk.sample;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.cli.CommandRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @Test
    void createsTheSampleAndReplacesItOnTheSecondRun() {
        InMemoryEditionRepository repository = new InMemoryEditionRepository();

        CommandRunner.Result first = CommandRunner.run(repository, "sample");
        CommandRunner.Result second = CommandRunner.run(repository, "sample");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.out().strip()).isEqualTo(SampleEdition.EDITION_ID).isEqualTo(second.out().strip());
        assertThat(repository.editions()).extracting(e -> e.id()).containsExactly(SampleEdition.EDITION_ID);
        assertThat(repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow().pages()).hasSize(8);
        assertThat(repository.allArticles()).hasSize(SampleMakeup.ARTICLE_KEYS.size());
    }

    @Test
    void aSampleHoldingTheUsersWorkIsOnlyReplacedWithForce(@TempDir Path dir) {
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()))) {
            var repository = database.repository();
            CommandRunner.run(repository, "sample");
            var story = repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
            repository.saveArticle(story.withHeadlines(story.kicker(), "改过的标题", story.subtitle()));

            CommandRunner.Result refused = CommandRunner.run(repository, "sample");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("1 stories edited").contains("--force");
            assertThat(repository.article(story.id()).orElseThrow().headline()).isEqualTo("改过的标题");

            CommandRunner.Result forced = CommandRunner.run(repository, "sample", "--force");
            assertThat(forced.exitCode()).isZero();
            assertThat(repository.article(story.id()).orElseThrow().headline()).isEqualTo(story.headline());
        }
    }
}
