package org.copydesk.ui;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.store.StoreException;
import org.copydesk.ui.ArticleEditorModel.StyledParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleEditorModelTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Runnable> background = new ArrayList<>();
    private final Executor sameThread = Runnable::run;
    private final InMemoryEditionRepository repository = FixtureEdition.repository();

    private AutosaveContext immediate() {
        return new AutosaveContext(sameThread, sameThread, scheduler, scheduler.clock(), Duration.ofMillis(1500));
    }

    /** Background work waits in a queue until the test runs it, like a slow database. */
    private AutosaveContext queued() {
        return new AutosaveContext(background::add, sameThread, scheduler, scheduler.clock(), Duration.ofMillis(1500));
    }

    private Article bridge() {
        return repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
    }

    private static List<StyledParagraph> typed(String text, ParagraphKind... kinds) {
        return ArticleEditorModel.paragraphsOf(text, List.of(kinds));
    }

    @Test
    void theCountFollowsEachEditOfTheBody() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        model.editBody(typed("江澜二桥", ParagraphKind.BODY));
        assertThat(model.count().zi()).isEqualTo(4);
        assertThat(model.count().zi()).as("asked again, same text").isEqualTo(4);

        model.editBody(typed("江澜二桥今晨通车", ParagraphKind.BODY));
        assertThat(model.count().zi()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a character typed in the middle  | 导语　江澜二桥\\n今晨通车，车流平稳\\n小标题\\n二段 APP 5G\\n三段      | 导语　江澜二桥\\n今晨通车，车流新平稳\\n小标题\\n二段 APP 5G\\n三段
            a paragraph split in two         | 导语　江澜二桥\\n今晨通车，车流平稳\\n小标题\\n二段 APP 5G\\n三段      | 导语　江澜二桥\\n今晨通车，\\n车流平稳\\n小标题\\n二段 APP 5G\\n三段
            two paragraphs joined            | 导语　江澜二桥\\n今晨通车，车流平稳\\n小标题\\n二段 APP 5G\\n三段      | 导语　江澜二桥\\n今晨通车，车流平稳小标题\\n二段 APP 5G\\n三段
            the same paragraph twice, one cut | 一段\\n二段\\n二段\\n三段                                            | 一段\\n二段\\n三段
            a Latin word typed at the end     | 一段\\n二段                                                      | 一段\\n二段 Copydesk 5G
            """)
    void theCountAndTheUnchangedBlocksFollowEditsOfAnyShape(String edit, String before, String after) {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        ParagraphKind[] kinds = {ParagraphKind.LEAD, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.BODY, ParagraphKind.BODY};
        model.editBody(typed(before.replace("\\n", "\n"), kinds));
        assertThat(model.count()).isEqualTo(org.copydesk.typeset.TextLength.of(model.article().body()));
        List<Block> was = model.article().body();

        model.editBody(typed(after.replace("\\n", "\n"), kinds));
        List<Block> now = model.article().body();
        assertThat(now).isEqualTo(ArticleEditorModel.blocksOf(typed(after.replace("\\n", "\n"), kinds)));
        assertThat(model.count()).as(edit).isEqualTo(org.copydesk.typeset.TextLength.of(now));
        // A block that did not change is the value the body held before.
        assertThat(now.get(0)).isSameAs(was.get(0));
        if (now.get(now.size() - 1).equals(was.get(was.size() - 1))) {
            assertThat(now.get(now.size() - 1)).isSameAs(was.get(was.size() - 1));
        }
    }

    @Test
    void blocksSurviveTheTripThroughTheAreaText() {
        List<Block> blocks = bridge().body();
        List<StyledParagraph> paragraphs = ArticleEditorModel.paragraphsOf(blocks);
        String areaText = ArticleEditorModel.textOf(paragraphs);
        List<ParagraphKind> kinds = paragraphs.stream().map(StyledParagraph::kind).toList();

        List<Block> back = ArticleEditorModel.blocksOf(ArticleEditorModel.paragraphsOf(areaText, kinds));

        assertThat(back).isEqualTo(blocks);
        assertThat(areaText).startsWith("本报讯\u3000经过三年建设").contains("\n公交线路同步调整\n").endsWith("王晓明 李娜");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            本报讯　近日，城东……      | 本报讯   | 近日，城东……
            新华社北京11月26日电 记者 | 新华社北京11月26日电 | 记者
            没有电头的导语            |          | 没有电头的导语
            """)
    void leadSplitsItsDatelineAtTheFirstSpace(String text, String dateline, String body) {
        Block.Lead lead = ArticleEditorModel.lead(text.strip());
        assertThat(lead.dateline()).isEqualTo(dateline == null ? "" : dateline);
        assertThat(lead.body()).isEqualTo(body);
    }

    @Test
    void eachParagraphStyleGivesItsBlockKind() {
        var blocks = ArticleEditorModel.blocksOf(typed("本报讯　开头\n正文一段\n小标题\n署名甲 署名乙",
                ParagraphKind.LEAD, ParagraphKind.BODY, ParagraphKind.SUBHEAD, ParagraphKind.END_BYLINE));
        assertThat(blocks).containsExactly(new Block.Lead("本报讯", "开头"), new Block.Paragraph("正文一段"),
                new Block.Subhead("小标题"), new Block.EndByline("署名甲 署名乙"));
    }

    @Test
    void onlyTheFirstParagraphLeadsAndBlankParagraphsAreDropped() {
        var blocks = ArticleEditorModel.blocksOf(typed("本报讯　开头\n\n  \n按回车后的新段",
                ParagraphKind.LEAD, ParagraphKind.LEAD, ParagraphKind.BODY, ParagraphKind.LEAD));
        assertThat(blocks).containsExactly(new Block.Lead("本报讯", "开头"), new Block.Paragraph("按回车后的新段"));
    }

    @Test
    void editsAreSavedOnceAfterThePauseFollowingTheLastKeystroke() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        for (int i = 1; i <= 5; i++) {
            model.editHeadlines("", "江澜二桥今日通车" + "！".repeat(i), "");
            scheduler.advance(Duration.ofMillis(400));
        }
        assertThat(repository.articleSaves).hasValue(0);
        assertThat(model.saveStateProperty().get()).isInstanceOf(SaveState.Unsaved.class);

        scheduler.advance(Duration.ofMillis(1100));

        assertThat(repository.articleSaves).hasValue(1);
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline()).isEqualTo("江澜二桥今日通车！！！！！");
        assertThat(model.article().version()).isEqualTo(4);
        assertThat(model.saveStateProperty().get()).isEqualTo(new SaveState.Saved(java.time.LocalTime.of(18, 42, 3)));
    }

    @Test
    void editsTypedDuringASaveAreSavedNextOnTopOfTheNewVersion() {
        var model = new ArticleEditorModel(bridge(), repository, queued());
        model.editByline("本报记者 王晓明 通讯员 赵强");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(background).hasSize(1);

        model.editByline("本报记者 王晓明 通讯员 赵强 实习生 孙悦");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(background).as("one save in flight at a time").hasSize(1);

        background.remove(0).run();
        assertThat(model.article().version()).isEqualTo(4);
        assertThat(model.article().byline()).endsWith("实习生 孙悦");
        assertThat(background).as("the second edit is saved next").hasSize(1);
        background.remove(0).run();

        Article stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.byline()).endsWith("实习生 孙悦");
        assertThat(stored.version()).isEqualTo(5);
        assertThat(model.saveStateProperty().get()).isInstanceOf(SaveState.Saved.class);
    }

    @Test
    void aStaleSaveKeepsTheTextAndStopsSavingUntilTheUserDecides() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        Article theirs = repository.saveElsewhere(bridge().withHeadlines("", "他人改过的标题", ""));

        model.editHeadlines("", "我的标题", "");
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(model.saveStateProperty().get()).isInstanceOf(SaveState.Stale.class);
        assertThat(model.article().headline()).isEqualTo("我的标题");
        assertThat(repository.article(theirs.id()).orElseThrow().headline()).isEqualTo("他人改过的标题");

        model.editHeadlines("", "我的标题（改）", "");
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(repository.articleSaves).as("no retry that could overwrite").hasValue(1);

        model.keepMine();
        Article stored = repository.article(theirs.id()).orElseThrow();
        assertThat(stored.headline()).isEqualTo("我的标题（改）");
        assertThat(stored.version()).isEqualTo(theirs.version() + 1);
        assertThat(model.saveStateProperty().get()).isInstanceOf(SaveState.Saved.class);
    }

    @Test
    void reloadAfterAStaleSaveShowsTheStoredText() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        var replaced = new ArrayList<Article>();
        model.onReplaced(replaced::add);
        repository.saveElsewhere(bridge().withHeadlines("", "他人改过的标题", ""));
        model.editHeadlines("", "我的标题", "");
        scheduler.advance(Duration.ofSeconds(2));

        model.reloadFromStore();

        assertThat(model.article().headline()).isEqualTo("他人改过的标题");
        assertThat(replaced).extracting(Article::headline).containsExactly("他人改过的标题");
        assertThat(model.saveStateProperty().get().holdsUnsavedText()).isFalse();
        model.editHeadlines("", "重新编辑", "");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().headline()).isEqualTo("重新编辑");
    }

    @Test
    void signingOffIsAnEditLikeAnyOther() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        model.editStatus(org.copydesk.model.ArticleStatus.SIGNED_OFF);
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().status())
                .isEqualTo(org.copydesk.model.ArticleStatus.SIGNED_OFF);
    }

    @Test
    void aFailedSaveIsRetriedOnTheNextEdit() {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        repository.failNextSave(new StoreException("disk full"));
        model.editByline("本报记者 甲");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(model.saveStateProperty().get()).isEqualTo(new SaveState.Failed("disk full"));

        model.editByline("本报记者 乙");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().byline()).isEqualTo("本报记者 乙");
    }

    @Test
    void flushSavesAtOnceWithoutWaitingForThePause() throws Exception {
        var model = new ArticleEditorModel(bridge(), repository, immediate());
        model.editBody(typed("本报讯　改写的导语", ParagraphKind.LEAD));
        var done = model.flush();
        assertThat(done).isCompleted();
        assertThat(done.get()).isInstanceOf(SaveState.Saved.class);
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().body())
                .containsExactly(new Block.Lead("本报讯", "改写的导语"));
        assertThat(scheduler.pendingCount()).isZero();
    }
}
