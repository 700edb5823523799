package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The navigator follows typing in one story by touching only that story's nodes. */
@ExtendWith(ApplicationExtension.class)
class EditionNavigatorStoryEditTest {
    private EditionNavigator navigator;
    /** Advanced by hand: the relabelling's pause and longest wait are run by the test. */
    private final ManualScheduler clock = new ManualScheduler();

    @Start
    void start(Stage stage) {
        navigator = new EditionNavigator(UiText.forLocale(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void typingRelabelsTheStorysNodeInPlaceAndLeavesTheRestOfTheTree(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            navigator.show(content);
            TreeItem<NavItem> root = navigator.node().getRoot();
            List<NavItem> before = values(root);
            TreeItem<NavItem> market = storyNode(root, FixtureEdition.MARKET_STORY);
            Article typed = content.article(FixtureEdition.MARKET_STORY).orElseThrow()
                    .withBody(List.of(new Block.Paragraph("冬季农贸市场今日开市，蔬菜价格总体平稳，市民采购踊跃。")));

            navigator.showStoryEdit(with(content, typed), typed);

            assertThat(navigator.node().getRoot()).isSameAs(root);
            assertThat(storyNode(root, FixtureEdition.MARKET_STORY)).isSameAs(market);
            assertThat(navigator.label(market.getValue())).isEqualTo(navigator.label(new NavItem.StoryItem(typed, false)));
            List<NavItem> after = values(root);
            for (int i = 0; i < before.size(); i++) {
                if (!(before.get(i) instanceof NavItem.StoryItem s && s.article().id().equals(FixtureEdition.MARKET_STORY))) {
                    assertThat(after.get(i)).as("node %d untouched", i).isSameAs(before.get(i));
                }
            }
        });
    }

    @Test
    void anEditThatLeavesTheLabelAsItWasTouchesNothing(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            navigator.show(content);
            TreeItem<NavItem> market = storyNode(navigator.node().getRoot(), FixtureEdition.MARKET_STORY);
            NavItem shown = market.getValue();
            Article original = content.article(FixtureEdition.MARKET_STORY).orElseThrow();
            // Same headline, status and count: a byline edit does not show in the tree.
            Article bylined = original.withByline("本报记者 林晓");

            navigator.showStoryEdit(with(content, bylined), bylined);

            assertThat(market.getValue()).isSameAs(shown);
        });
    }

    @Test
    void spikingAStoryStillMovesItToTheSpikedBranch(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            navigator.show(content);
            Article spiked = content.article(FixtureEdition.MARKET_STORY).orElseThrow().withStatus(ArticleStatus.SPIKED);

            navigator.showStoryEdit(with(content, spiked), spiked);

            TreeItem<NavItem> spikedGroup = navigator.node().getRoot().getChildren().stream()
                    .filter(item -> item.getValue() instanceof NavItem.SpikedItem).findFirst().orElseThrow();
            assertThat(storyNode(spikedGroup, FixtureEdition.MARKET_STORY)).isNotNull();
        });
    }

    /** A navigator showing {@code content} whose relabelling waits on {@link #clock}. FX thread. */
    private EditionNavigator onTheManualClock(EditionContent content) {
        var typing = new EditionNavigator(UiText.forLocale(Locale.SIMPLIFIED_CHINESE), clock);
        typing.show(content);
        return typing;
    }

    @Test
    void typingRelabelsOnceItPausesWithTheLatestText(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            var typing = onTheManualClock(content);
            TreeItem<NavItem> market = storyNode(typing.node().getRoot(), FixtureEdition.MARKET_STORY);
            NavItem shown = market.getValue();
            Article original = content.article(FixtureEdition.MARKET_STORY).orElseThrow();
            Article once = original.withBody(List.of(new Block.Paragraph("冬季农贸市场今日开市")));
            Article twice = original.withBody(List.of(new Block.Paragraph("冬季农贸市场今日开市，蔬菜价格总体平稳。")));

            typing.showTyping(with(content, once), once);
            typing.showTyping(with(content, twice), twice);
            assertThat(market.getValue()).as("not relabelled on the keystroke").isSameAs(shown);

            clock.advance(EditionNavigator.RELABEL_AFTER_PAUSE.minusMillis(1));
            assertThat(market.getValue()).as("typing has not paused long enough yet").isSameAs(shown);
            clock.advance(Duration.ofMillis(1));
            assertThat(typing.label(market.getValue())).isEqualTo(typing.label(new NavItem.StoryItem(twice, false)));
            assertThat(clock.pendingCount()).isZero();
        });
    }

    @Test
    void typingWithoutAPauseStillRelabelsEveryFewSeconds(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            var typing = onTheManualClock(content);
            TreeItem<NavItem> market = storyNode(typing.node().getRoot(), FixtureEdition.MARKET_STORY);
            NavItem shown = market.getValue();
            Article original = content.article(FixtureEdition.MARKET_STORY).orElseThrow();
            Article typed = original;
            var text = new StringBuilder("冬季农贸市场");
            // A keystroke every 100 ms: never a pause of RELABEL_AFTER_PAUSE.
            long elapsed = 0;
            while (elapsed < EditionNavigator.RELABEL_AT_LEAST_EVERY.toMillis() - 100) {
                text.append('市');
                typed = original.withBody(List.of(new Block.Paragraph(text.toString())));
                typing.showTyping(with(content, typed), typed);
                clock.advance(Duration.ofMillis(100));
                elapsed += 100;
            }
            assertThat(market.getValue()).as("no pause yet, and not yet the longest wait").isSameAs(shown);
            text.append('场');
            typed = original.withBody(List.of(new Block.Paragraph(text.toString())));
            typing.showTyping(with(content, typed), typed);
            clock.advance(Duration.ofMillis(100));
            assertThat(typing.label(market.getValue())).isEqualTo(typing.label(new NavItem.StoryItem(typed, false)));
            assertThat(clock.pendingCount()).isZero();
        });
    }

    @Test
    void aRebuiltTreeIsNotRelabelledWithOlderTypedText(FxRobot robot) {
        robot.interact(() -> {
            EditionContent content = FixtureEdition.content();
            var typing = onTheManualClock(content);
            Article original = content.article(FixtureEdition.MARKET_STORY).orElseThrow();
            Article typed = original.withBody(List.of(new Block.Paragraph("冬季农贸市场今日开市")));
            Article later = typed.withHeadlines(typed.kicker(), "农贸市场开市", typed.subtitle());

            typing.showTyping(with(content, typed), typed);
            typing.show(with(content, later));
            clock.advance(EditionNavigator.RELABEL_AFTER_PAUSE);

            TreeItem<NavItem> market = storyNode(typing.node().getRoot(), FixtureEdition.MARKET_STORY);
            assertThat(typing.label(market.getValue())).isEqualTo(typing.label(new NavItem.StoryItem(later, false)));
        });
    }

    private static EditionContent with(EditionContent content, Article article) {
        var articles = new ArrayList<>(content.articles());
        articles.replaceAll(a -> a.id().equals(article.id()) ? article : a);
        return new EditionContent(content.edition(), content.pages(), articles, content.photos());
    }

    private static TreeItem<NavItem> storyNode(TreeItem<NavItem> item, String articleId) {
        if (item.getValue() instanceof NavItem.StoryItem s && s.article().id().equals(articleId)) {
            return item;
        }
        for (TreeItem<NavItem> child : item.getChildren()) {
            TreeItem<NavItem> found = storyNode(child, articleId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<NavItem> values(TreeItem<NavItem> item) {
        var result = new ArrayList<NavItem>();
        result.add(item.getValue());
        item.getChildren().forEach(child -> result.addAll(values(child)));
        return result;
    }
}
