package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.StoryImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The splitter's desk service reads pasted text and files under the same rules as story files. */
class PageSplitTest {
    @TempDir
    Path dir;

    private final PageSplit split = new PageSplit();

    @Test
    void pastedTextWithABidiOverrideIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> split.readText("夜市重开\n本报讯 城北\u202E夜市今晚重开。\n", "pasted text"))
                .isInstanceOf(StoryImportException.class)
                .hasMessageContaining("pasted text").hasMessageContaining("2:7");
    }

    @Test
    void aBig5WireFileIsReadInTraditionalCharactersAndSplit() throws Exception {
        Path file = Files.write(dir.resolve("wire.txt"),
                "颱風過境　港口停航\n本報訊 受颱風影響，港口今日全面停航。\n颱風預計明晨離境。\n（記者 陳明）\n".getBytes("Big5"));

        ProposedStory story = split.readFile(file).stories().get(0);
        assertThat(story.headline()).isEqualTo("颱風過境　港口停航");
        // The cues know the traditional forms: 本報訊 is a dateline, （記者 陳明） an end byline.
        assertThat(story.paragraphs()).extracting(ProposedStory.Paragraph::kind)
                .containsExactly(org.copydesk.exchange.SplitLabel.LEAD, org.copydesk.exchange.SplitLabel.BODY,
                        org.copydesk.exchange.SplitLabel.BYLINE);
        assertThat(org.copydesk.exchange.SplitArticles.toArticle(story, "wire.txt", "a", "e", java.time.Instant.EPOCH)
                .body().get(0)).isEqualTo(new org.copydesk.model.Block.Lead("本報訊", "受颱風影響，港口今日全面停航。"));
    }

    @Test
    void aMissingOrEmptyFileIsRefusedNamingIt() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertThatThrownBy(() -> split.readFile(dir.resolve("none.txt"))).hasMessageContaining("none.txt");
        assertThatThrownBy(() -> split.readFile(empty)).hasMessageContaining("empty.txt");
    }
}
