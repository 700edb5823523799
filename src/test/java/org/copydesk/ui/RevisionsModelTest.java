package org.copydesk.ui;

import org.copydesk.store.InMemoryEditionRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.typeset.TextLength;
import org.junit.jupiter.api.Test;

class RevisionsModelTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Executor sameThread = Runnable::run;
    private final InMemoryEditionRepository repository = FixtureEdition.repository();
    private final QueuedWork work = new QueuedWork();
    private final ArticleEditorModel editor = new ArticleEditorModel(
            repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow(), repository,
            new AutosaveContext(sameThread, sameThread, scheduler, scheduler.clock(), Duration.ofMillis(1500)));
    private final RevisionsModel revisions = new RevisionsModel(editor, repository, work);

    private void typeLead(String body) {
        var blocks = new ArrayList<Block>(editor.article().body());
        blocks.set(0, new Block.Lead("本报讯", body));
        editor.editBody(ArticleEditorModel.paragraphsOf(blocks));
    }

    private void saveNow() {
        scheduler.advance(Duration.ofSeconds(2));
    }

    @Test
    void listingSavesPendingEditsFirstSoTheNewestRevisionIsTheEditorsText() {
        typeLead("二桥今日通车。");
        assertThat(repository.articleSaves).hasValue(0);

        revisions.load();
        assertThat(repository.articleSaves).as("saved before listing").hasValue(1);
        assertThat(revisions.stateProperty().get()).isEqualTo(new RevisionsModel.State.Loading());
        work.runAll();

        assertThat(revisions.stateProperty().get()).isEqualTo(new RevisionsModel.State.Listed());
        RevisionsModel.Row newest = revisions.rows().get(0);
        assertThat(newest.version()).isEqualTo(editor.article().version()).isEqualTo(4);
        assertThat(newest.firstLine()).isEqualTo("本报讯\u3000二桥今日通车。");
        assertThat(newest.zi()).isEqualTo(TextLength.of(editor.article().body()).zi());
        assertThat(revisions.currentVersion()).isEqualTo(4);
    }

    @Test
    void restoringPutsTheOldTextBackAsANewRevisionAndTheEditorShowsIt() {
        typeLead("第一稿。");
        saveNow();
        List<Block> first = editor.article().body();
        typeLead("第二稿。");
        saveNow();
        var replaced = new ArrayList<Article>();
        editor.onReplaced(replaced::add);
        revisions.load();
        work.runAll();
        RevisionsModel.Row older = revisions.rows().stream().filter(r -> r.version() == 4).findFirst().orElseThrow();

        revisions.restore(older);
        work.runAll();

        Article stored = repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow();
        assertThat(stored.version()).isEqualTo(6);
        assertThat(stored.body()).isEqualTo(first);
        assertThat(editor.article()).isEqualTo(stored);
        assertThat(replaced).containsExactly(stored);
        assertThat(editor.saveStateProperty().get().holdsUnsavedText()).isFalse();
        assertThat(revisions.stateProperty().get()).isEqualTo(new RevisionsModel.State.Restored(4, 6));
        saveNow();
        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow().version()).as("nothing left to save").isEqualTo(6);
    }

    @Test
    void aRestoreOverSomeoneElsesSaveWritesNothingAndTheEditorHoldsItsText() {
        typeLead("第一稿。");
        saveNow();
        revisions.load();
        work.runAll();
        Article theirs = repository.saveElsewhere(editor.article().withHeadlines("", "别处改的标题", ""));

        revisions.restore(revisions.rows().get(0));
        work.runAll();

        assertThat(repository.article(FixtureEdition.BRIDGE_STORY).orElseThrow()).isEqualTo(theirs);
        assertThat(editor.saveStateProperty().get()).isInstanceOf(SaveState.Stale.class);
        assertThat(editor.article().headline()).isEqualTo("江澜二桥今日通车");
        assertThat(revisions.stateProperty().get()).isEqualTo(new RevisionsModel.State.Stale());
    }

    @Test
    void aStoreFailureIsReportedWithItsMessageAndTheEditorIsUntouched() {
        Article before = editor.article();
        // The fixture was inserted without revisions: version 3 is not in the history.
        revisions.restore(new RevisionsModel.Row(3, before.updated(), 0, "", before));
        work.runAll();
        assertThat(revisions.stateProperty().get()).isEqualTo(new RevisionsModel.State.Failed("no revision 3"));
        assertThat(editor.article()).isEqualTo(before);
        assertThat(editor.saveStateProperty().get()).isEqualTo(new SaveState.Clean());
    }

    @Test
    void thePreviewShowsHeadlinesReporterAndParagraphsAndTheFirstLineIsShortened() {
        Article bridge = editor.article();
        assertThat(RevisionsModel.previewText(bridge)).isEqualTo("""
                城东交通再添通道
                江澜二桥今日通车
                ——全长三点二公里，可缓解老桥拥堵
                本报记者 王晓明

                本报讯　经过三年建设，江澜二桥于今日上午正式通车。大桥全长3.2公里，双向六车道。

                市交通局负责人介绍，二桥通车后，预计老桥的车流量将减少三成左右。

                公交线路同步调整

                即日起，共有5条公交线路改走二桥，市民可通过APP查询。

                王晓明 李娜""");
        assertThat(RevisionsModel.firstLine(bridge)).isEqualTo("本报讯　经过三年建设，江澜二桥于今日上午正式通车。大桥全…");
    }
}
