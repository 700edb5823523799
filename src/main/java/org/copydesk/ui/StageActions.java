package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.copydesk.desk.Desk;
import org.copydesk.desk.People;
import org.copydesk.desk.Stages;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Page;
import org.copydesk.model.Person;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Stage;
import org.copydesk.model.StageRules;
import org.copydesk.store.EditionRepository;

/**
 * Stages from the window: Story &gt; Stage (the moves the stage rules give the person at work, Send
 * on with Ctrl+Shift+Enter, the history of moves), Page &gt; Proof round (校次), the editor's stage
 * list, File &gt; Stage rules… and Switch user…. Every move runs {@link Stages} off the FX thread, as
 * {@code copydesk status} and {@code copydesk proof} do; afterwards the edition opens again as stored.
 */
final class StageActions {
    private final EditionRepository repository;
    private final Desk desk;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;
    private final BiConsumer<String, Integer> reopen;
    private final ArticleEditorPane editorPane;
    private final SignIn signIn;
    /** The rules as last read; the menus are filled from them without waiting on the database. */
    private volatile StageRules rules = new StageRules(java.util.Set.of());
    private Runnable rulesChanged = () -> { };

    StageActions(EditionRepository repository, Desk desk, BackgroundWork work, UiText text, Window owner,
                 EditionWorkspace workspace, StatusBar status, BiConsumer<String, Integer> reopen,
                 ArticleEditorPane editorPane, String databaseDescription) {
        this.repository = Objects.requireNonNull(repository);
        this.desk = Objects.requireNonNull(desk);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
        this.reopen = Objects.requireNonNull(reopen);
        this.editorPane = Objects.requireNonNull(editorPane);
        this.signIn = new SignIn(repository, desk, SignIn.userPreferences(), databaseDescription);
        editorPane.onStatusPicked(this::moveFromEditor);
        rulesChanged = () -> editorPane.stageChoices(this::storyChoices);
        loadRules();
    }

    /** The window's title: Copydesk and who is working in it. */
    String title() {
        return text.format("window.titlePerson", text.get("app.title"), person().name(), People.roleName(person().role()));
    }

    /**
     * Reads the rules again in the background, then offers the editor the moves they give and puts
     * who is working in the window's title (both change with the rules or the person).
     */
    void loadRules() {
        work.run(() -> desk.stages().rules(repository), loaded -> {
            rules = loaded;
            rulesChanged.run();
            if (owner instanceof javafx.stage.Stage stage) {
                stage.setTitle(title());
            }
        }, error -> status.showActivity(error.getMessage(), null));
    }

    Person person() {
        return repository.person();
    }

    /** The stages the person at work may move a story at {@code from} to. */
    List<ArticleStatus> storyChoices(ArticleStatus from) {
        return desk.stages().allowedMoves(rules, person(), from).stream().map(ArticleStatus.class::cast).toList();
    }

    /** The editor's stage list picked another stage. */
    void moveFromEditor(Change.StatusChange pick) {
        moveStory(pick.articleId(), pick.after());
    }

    /** Story &gt; Stage &gt; Send on (Ctrl+Shift+Enter): the usual next stage, when the rules allow it. */
    void forward() {
        selectedStory().ifPresent(story -> desk.stages().forward(rules, person(), story.status()).ifPresentOrElse(
                to -> moveStory(story.id(), (ArticleStatus) to),
                () -> status.showActivity(text.format("stage.noForward", Stages.name(story.status())), null)));
    }

    /**
     * Moves the story once its editor's pending text is saved (the move is a new revision on top of it),
     * then opens the edition again as stored. A refused move shows the desk's reason, which names who may.
     */
    void moveStory(String articleId, ArticleStatus to) {
        CompletableFuture<?> saved = editorPane.model().filter(m -> m.article().id().equals(articleId))
                .<CompletableFuture<?>>map(ArticleEditorModel::flush).orElse(CompletableFuture.completedFuture(null));
        saved.whenComplete((ignored, error) -> Platform.runLater(() -> {
            status.showActivity(text.format("stage.moving", Stages.name(to)), new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty());
            work.run(() -> desk.stages().moveStory(repository, articleId, to), moved -> {
                status.showActivity(text.format("stage.moved", moved.headline(), Stages.name(moved.status()),
                        person().name()), null);
                reopen.accept(moved.editionId(), shownPage());
            }, this::refused);
        }));
    }

    /** Page &gt; Proof round: moves the page on screen to {@code to}. */
    void moveProof(ProofRound to) {
        workspace.shownPage().ifPresent(page -> {
            status.showActivity(text.format("stage.moving", Stages.name(to)), new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty());
            work.run(() -> desk.stages().moveProof(repository, page.editionId(), page.number(), to), moved -> {
                status.showActivity(text.format("stage.proofMoved", moved.number(), Stages.name(to), person().name()), null);
                reopen.accept(moved.editionId(), moved.number());
            }, this::refused);
        });
    }

    /** Page &gt; Proof round &gt; Next round (Ctrl+Alt+P). */
    void nextProof() {
        workspace.shownPage().ifPresent(page -> desk.stages().forward(rules, person(), page.proofRound()).ifPresentOrElse(
                to -> moveProof((ProofRound) to),
                () -> status.showActivity(text.format("stage.noForward", Stages.name(page.proofRound())), null)));
    }

    /** Story &gt; Stage &gt; History…: who moved the story from which stage to which, and when. */
    void history() {
        selectedStory().ifPresent(story -> work.run(() -> desk.stages().storyHistory(repository, story.id()),
                moves -> StageHistoryDialog.show(text, owner, story.headline(), story.status(), moves), this::refused));
    }

    private void refused(Throwable error) {
        status.showActivity("", null);
        loadRules();
        Alerts.error(owner, text, text.get("stage.refusedHeader"), error.getMessage() == null ? error.toString() : error.getMessage());
    }

    /** Story &gt; Stage: the moves are listed afresh each time the menu opens. */
    Menu storyMenu() {
        var menu = new Menu(text.get("menu.story.stage"));
        menu.setId("stage-menu");
        MenuItem forward = item(text.get("menu.story.stage.forward"), "Shortcut+Shift+Enter", this::forward);
        MenuItem history = item(text.get("menu.story.stage.history"), "Shortcut+Alt+H", this::history);
        menu.getItems().setAll(forward, history, new SeparatorMenuItem());
        menu.setOnShowing(e -> {
            menu.getItems().setAll(forward, history, new SeparatorMenuItem());
            Optional<Article> story = shownStory();
            List<? extends Stage> moves = story.map(a -> desk.stages().allowedMoves(rules, person(), a.status()))
                    .orElse(List.of());
            story.ifPresent(a -> menu.getItems().add(disabled(text.format("menu.stage.now", Stages.name(a.status())))));
            moves.forEach(to -> menu.getItems().add(item(text.format("menu.stage.to", Stages.name(to)), null,
                    () -> moveStory(story.orElseThrow().id(), (ArticleStatus) to))));
            if (story.isPresent() && moves.isEmpty()) {
                menu.getItems().add(disabled(text.format("menu.stage.none", person().name(), People.roleName(person().role()))));
            }
        });
        return menu;
    }

    /** Page &gt; Proof round (校次). */
    Menu proofMenu() {
        var menu = new Menu(text.get("menu.page.proof"));
        menu.setId("proof-menu");
        MenuItem next = item(text.get("menu.page.proof.next"), "Shortcut+Alt+P", this::nextProof);
        menu.getItems().setAll(next, new SeparatorMenuItem());
        menu.setOnShowing(e -> {
            menu.getItems().setAll(next, new SeparatorMenuItem());
            Optional<Page> page = workspace.shownPage();
            page.ifPresent(p -> menu.getItems().add(disabled(text.format("menu.stage.now", Stages.name(p.proofRound())))));
            page.ifPresent(p -> desk.stages().allowedMoves(rules, person(), p.proofRound()).forEach(to -> menu.getItems()
                    .add(item(text.format("menu.stage.to", Stages.name(to)), null, () -> moveProof((ProofRound) to)))));
        });
        return menu;
    }

    /** File &gt; Stage rules…: shown to everyone, changed by admins (the desk refuses anyone else). */
    void editRules() {
        work.run(() -> desk.stages().rules(repository), loaded -> {
            rules = loaded;
            new StageRulesDialog(text, owner, loaded, person(), change -> work.run(change, after -> {
                rules = after;
                rulesChanged.run();
            }, this::refused), desk, repository).show();
        }, this::refused);
    }

    /** File &gt; Switch user…: on a shared server the database user is the person, so there it only says so. */
    void switchUser() {
        if (!signIn.canSwitch()) {
            Alerts.info(owner, text, text.get("signin.title"), text.format("signin.server", person().name()));
            return;
        }
        work.run(signIn::people, people -> new SignInDialog(text, owner, people, person().name()).ask()
                .ifPresent(name -> work.run(() -> signIn.settle(name), who -> {
                    loadRules();
                    status.showActivity(text.format("signin.now", who.name(), People.roleName(who.role())), null);
                }, this::refused)), this::refused);
    }

    private Optional<Article> selectedStory() {
        Optional<Article> story = shownStory();
        if (story.isEmpty()) {
            status.showActivity(text.get("story.selectFirst"), null);
        }
        return story;
    }

    private Optional<Article> shownStory() {
        if (workspace.selectionProperty().get() instanceof Selection.Story s) {
            return workspace.content().flatMap(c -> c.article(s.articleId()));
        }
        return Optional.empty();
    }

    private int shownPage() {
        return workspace.shownPage().map(Page::number).orElse(1);
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        var item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabled(String label) {
        var item = new MenuItem(label);
        item.setDisable(true);
        return item;
    }
}
