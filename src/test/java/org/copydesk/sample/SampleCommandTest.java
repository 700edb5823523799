package org.copydesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.exchange.story.CommandRunner;
import org.copydesk.exchange.story.InMemoryRepository;
import org.junit.jupiter.api.Test;

class SampleCommandTest {

    @Test
    void createsTheSampleAndReplacesItOnTheSecondRun() {
        InMemoryRepository repository = new InMemoryRepository();

        CommandRunner.Result first = CommandRunner.run(repository, "sample");
        CommandRunner.Result second = CommandRunner.run(repository, "sample");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.out().strip()).isEqualTo(SampleEdition.EDITION_ID).isEqualTo(second.out().strip());
        assertThat(repository.editions).containsOnlyKeys(SampleEdition.EDITION_ID);
        assertThat(repository.loadEdition(SampleEdition.EDITION_ID).orElseThrow().pages()).hasSize(8);
        assertThat(repository.articles).hasSize(SampleMakeup.ARTICLE_KEYS.size());
    }
}
