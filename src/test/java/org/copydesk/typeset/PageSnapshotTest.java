package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The digest a sign-off binds: the same page gives the same digest; any printed change changes it, on its page only. */
class PageSnapshotTest {
    private static PageComposer composer;
    private static EditionContent sample;

    @BeforeAll
    static void compose() {
        composer = new NewspaperComposer(FontCatalogue.bundled());
        sample = SampleEdition.create();
    }

    private static PageSnapshot snapshot(PageComposer with, EditionContent content, int page) {
        return PageSnapshot.of(with.compose(content, page), content);
    }

    @Test
    void aPageComposedTwiceByTwoComposersFromTwoCopiesGivesTheSameBytesAndDigest() {
        PageSnapshot first = snapshot(composer, sample, 1);
        PageSnapshot second = snapshot(new NewspaperComposer(FontCatalogue.bundled()), SampleEdition.create(), 1);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.digest()).isEqualTo(first.digest()).startsWith("sha256:").hasSize(7 + 64);
        // Written with integers only and read back to the same value: what the store keeps and diffs against.
        assertThat(PageSnapshot.parse(first.json())).isEqualTo(first);
        assertThat(PageSnapshot.parse(first.json()).json()).isEqualTo(first.json());
    }

    @Test
    void theDigestIsPinnedSoAChangeInHowItIsWrittenCannotSlipThrough() {
        // Every sign-off in every database holds a digest of this form; a change to the JSON would withdraw them all.
        PageSnapshot tiny = new PageSnapshot(List.of(new PageSnapshot.Line("a#0", "BODY", "江澜\"\\", "SERIF",
                "SERIF@10500", 12000, 34500, "abc")), List.of(new PageSnapshot.Frame("PHOTO", "p#0",
                List.of(1L, 2L, 3L, 4L), List.of(), "ff")));
        assertThat(tiny.json()).isEqualTo("{\"v\":1,\"lines\":[{\"f\":\"a#0\",\"r\":\"BODY\",\"t\":\"江澜\\\"\\\\\","
                + "\"face\":\"SERIF\",\"faces\":\"SERIF@10500\",\"x\":12000,\"y\":34500,\"g\":\"abc\"}],"
                + "\"frames\":[{\"k\":\"PHOTO\",\"id\":\"p#0\",\"box\":[1,2,3,4],\"crop\":[],\"pic\":\"ff\"}]}");
        assertThat(PageSnapshot.parse(tiny.json())).isEqualTo(tiny);
    }

    @Test
    void oneChangedCharacterOfAStoryChangesItsPageAndNoOther() {
        String page1 = snapshot(composer, sample, 1).digest();
        String page2 = snapshot(composer, sample, 2).digest();
        StoryPlacement onPage1 = (StoryPlacement) sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0).findFirst().orElseThrow();
        EditionContent edited = replace(sample, oneCharacterChanged(sample.article(onPage1.articleId()).orElseThrow()));

        assertThat(snapshot(composer, edited, 1).digest()).isNotEqualTo(page1);
        assertThat(snapshot(composer, edited, 2).digest()).isEqualTo(page2);
    }

    @Test
    void aCropOfAPhotoChangesThePageThoughNoWordChanges() {
        var page = sample.page(1).orElseThrow();
        List<Placement> placements = new ArrayList<>();
        for (Placement p : page.placements()) {
            placements.add(p instanceof PhotoPlacement photo ? photo.withCrop(java.util.Optional.of(new PhotoCrop(0.3, 0.5, 1.5))) : p);
        }
        EditionContent cropped = withPage(sample, page.withPlacements(placements));
        PageSnapshot before = snapshot(composer, sample, 1);
        PageSnapshot after = snapshot(composer, cropped, 1);

        assertThat(after.digest()).isNotEqualTo(before.digest());
        SnapshotDiff diff = SnapshotDiff.between(before, after);
        // No words changed; the picture's frame did (its caption may sit differently under a cropped picture).
        assertThat(diff.count(SnapshotDiff.LineChange.CHANGED)).isZero();
        assertThat(diff.removedLines()).isZero();
        assertThat(diff.changedFrames()).hasSize(1);
    }

    @Test
    void theDiffMarksTheLinesWhoseWordsChangedAndNoOthers() {
        StoryPlacement onPage1 = (StoryPlacement) sample.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0).findFirst().orElseThrow();
        Article story = sample.article(onPage1.articleId()).orElseThrow();
        EditionContent edited = replace(sample, story.withHeadlines(story.kicker(), story.headline() + "！", story.subtitle()));
        PageLayout layout = composer.compose(edited, 1);
        SnapshotDiff diff = SnapshotDiff.between(snapshot(composer, sample, 1), PageSnapshot.of(layout, edited));

        List<LayoutLine> lines = layout.allLines();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (diff.lineChanges().get(i) == SnapshotDiff.LineChange.CHANGED) {
                changed.add(lines.get(i).text());
            }
        }
        assertThat(changed).containsExactly(story.headline() + "！");
        assertThat(diff.removedLines()).isEqualTo(1);
        assertThat(diff.unchanged()).isFalse();
        assertThat(SnapshotDiff.between(snapshot(composer, sample, 2), snapshot(composer, edited, 2)).unchanged()).isTrue();
    }

    private static Article oneCharacterChanged(Article article) {
        var body = new ArrayList<>(article.body());
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof org.copydesk.model.Block.Paragraph p && p.text().length() > 10) {
                body.set(i, new org.copydesk.model.Block.Paragraph(p.text().replaceFirst("^.", "甲")));
                break;
            }
        }
        assertThat(body).isNotEqualTo(article.body());
        return article.withBody(body);
    }

    private static EditionContent replace(EditionContent content, Article article) {
        List<Article> articles = content.articles().stream().map(a -> a.id().equals(article.id()) ? article : a).toList();
        return new EditionContent(content.edition(), content.pages(), articles, content.photos());
    }

    private static EditionContent withPage(EditionContent content, org.copydesk.model.Page page) {
        var pages = content.pages().stream().map(p -> p.id().equals(page.id()) ? page : p).toList();
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }
}
