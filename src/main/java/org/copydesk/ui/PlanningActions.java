package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.stage.Window;
import org.copydesk.desk.Desk;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.FrameSubject;
import org.copydesk.model.PaperSettings;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Planning the paper from the window, through the same desk services as {@code copydesk edition},
 * {@code page} and {@code story}: a new edition, its pages added, named, moved and deleted, the
 * edition renamed or deleted, a story spiked, duplicated or taken off its page. Each runs off the UI
 * thread; afterwards the edition is opened again as stored, at the page that matters.
 */
final class PlanningActions {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningActions.class);

    private final EditionRepository repository;
    private final Desk desk;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;
    private final BiConsumer<String, Integer> reopen;
    private final PageSplitActions split;
    private final ArchiveSearchActions archiveSearch;
    private final StageActions stages;

    /** @param reopen opens an edition (by id) at a page once pending edits are saved */
    PlanningActions(UiServices services, BackgroundWork work, UiText text, Window owner, EditionWorkspace workspace,
                    StatusBar status, BiConsumer<String, Integer> reopen, ArticleEditorPane editorPane) {
        this.repository = services.repository();
        this.desk = services.desk();
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
        this.reopen = Objects.requireNonNull(reopen);
        this.split = new PageSplitActions(repository, desk, work, text, owner, workspace, status);
        this.archiveSearch = new ArchiveSearchActions(repository, desk, work, text, owner, workspace, reopen);
        this.stages = new StageActions(repository, desk, work, text, owner, workspace, status, reopen, editorPane,
                services.databaseDescription());
    }

    /** Story &gt; Stage, Page &gt; Proof round, the editor's stage list, the stage rules and switching user. */
    StageActions stages() {
        return stages;
    }

    /** File > New edition…: proposes name, number and spec from the database, then makes it and opens it. */
    void newEdition() {
        run(text.get("newEdition.reading"), () -> new NewEditionDialog.Proposal(
                desk.planning().proposedName(repository).orElse(""), desk.planning().proposedIssueNumber(repository),
                desk.planning().proposedSpec(repository), repository.editionSummaries(EditionOpening.LISTED)), proposal -> {
            status.showActivity("", null);
            new NewEditionDialog(text, owner, proposal).ask().ifPresent(this::create);
        });
    }

    /** Makes the edition, names its pages, and opens it at page 1. */
    private void create(NewEditionDialog.Answer answer) {
        run(text.get("newEdition.making"), () -> {
            EditionContent made = desk.planning().create(repository, answer.request());
            List<String> sections = answer.sections();
            for (int i = 0; i < sections.size() && i < made.pages().size(); i++) {
                made = desk.pages().rename(repository, made.edition().id(), i + 1, sections.get(i));
            }
            return made;
        }, made -> {
            status.showActivity(text.format("newEdition.made", made.edition().publicationDate().toString(),
                    made.edition().issueNumber(), made.pages().size()), null);
            reopen.accept(made.edition().id(), 1);
        });
    }

    /** File > Paper settings…: read, shown, checked by the desk and saved. */
    void paperSettings() {
        run(text.get("paper.reading"), () -> desk.paperSettings().load(repository), current -> {
            status.showActivity("", null);
            new PaperSettingsDialog(text, owner, current, new PaperSettingsDialog.Check() {
                @Override
                public PaperSettings settings(String name, String masthead, String registration, String specName) {
                    return desk.paperSettings().settings(name, masthead, registration, specName);
                }

                @Override
                public PaperSettings.Ear ear(String title, String earText, boolean left) {
                    return desk.paperSettings().ear(title, earText, left);
                }
            }).ask().ifPresent(chosen ->
                        run(text.get("paper.saving"), () -> {
                            desk.paperSettings().save(repository, chosen);
                            return chosen;
                        }, saved -> status.showActivity(text.get("paper.saved"), null)));
        });
    }

    /** File > Word styles…: the table Word and WPS documents are imported with. */
    void wordStyles() {
        run(text.get("wordStyles.reading"), () -> desk.wordStyles().load(repository), current -> {
            status.showActivity("", null);
            new WordStylesDialog(text, owner, current).ask().ifPresent(chosen ->
                    run(text.get("wordStyles.saving"), () -> {
                        desk.wordStyles().save(repository, chosen);
                        return chosen;
                    }, saved -> status.showActivity(text.get("wordStyles.saved"), null)));
        });
    }

    /** File > Edition name and date…: renames and re-dates (and renumbers) the open edition. */
    void editEdition() {
        workspace.content().ifPresent(c -> new EditionPropertiesDialog(text, owner, c.edition()).ask().ifPresent(answer -> {
            String id = c.edition().id();
            change(() -> {
                desk.planning().rename(repository, id, answer.name());
                return desk.planning().redate(repository, id, answer.date(), java.util.OptionalInt.of(answer.issueNumber()));
            }, id, shownPage());
        }));
    }

    /** Story > Move to edition…: the story leaves this edition's pages for another edition, unplaced. */
    void moveStory() {
        // The newest editions, as the chooser lists them: a story moves to a coming or recent paper.
        selectedStory().ifPresent(story -> run(text.get("newEdition.reading"),
                () -> repository.editionSummaries(EditionOpening.LISTED), editions -> {
            status.showActivity("", null);
            var others = editions.stream().filter(e -> !e.edition().id().equals(story.editionId()))
                    .map(e -> new EditionChoice(e.edition().id(), text.format("editions.item", e.edition().name(),
                            e.edition().publicationDate().toString(), e.edition().issueNumber(), e.pageCount())))
                    .toList();
            if (others.isEmpty()) {
                status.showActivity(text.get("story.noOtherEdition"), null);
                return;
            }
            Alerts.choose(owner, text, text.get("menu.story.move"), text.format("story.moveTo", story.headline()), others)
                    .ifPresent(target -> change(() -> desk.stories().moveTo(repository, story.id(), target.id()),
                    story.editionId(), shownPage()));
        }));
    }

    /** An edition in a list of choices, shown as the chooser shows it. */
    private record EditionChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** File > Delete edition…: asks; asks again, naming them, when stories in it are signed off. */
    void deleteEdition() {
        workspace.content().ifPresent(c -> {
            String id = c.edition().id();
            if (!Alerts.confirm(owner, text, text.format("edition.confirmDelete", c.edition().name(),
                    c.edition().publicationDate().toString(), c.edition().issueNumber()))) {
                return;
            }
            List<Article> signedOff = c.articles().stream()
                    .filter(a -> a.status() == org.copydesk.model.ArticleStatus.SIGNED_OFF).toList();
            boolean force = !signedOff.isEmpty();
            if (force && !Alerts.confirm(owner, text, text.format("edition.confirmSignedOff", signedOff.size()))) {
                return;
            }
            run(text.get("edition.deleting"), () -> {
                desk.planning().delete(repository, id, force);
                return repository.latestEdition();
            }, latest -> {
                status.showActivity(text.format("edition.deleted", c.edition().publicationDate().toString()), null);
                latest.ifPresent(e -> reopen.accept(e.id(), 1));
                if (latest.isEmpty()) {
                    reopen.accept("", 0);
                }
            });
        });
    }

    /** Page > Add page after this one. */
    void addPage() {
        workspace.content().ifPresent(c -> {
            int after = shownPage();
            change(() -> desk.pages().add(repository, c.edition().id(), after, "", Optional.empty()),
                    c.edition().id(), after + 1);
        });
    }

    /** Page > Delete page: its frames come off; its stories and photos stay in the edition. */
    void deletePage() {
        workspace.shownPage().ifPresent(page -> {
            if (Alerts.confirm(owner, text, text.format("page.confirmDelete", page.number(), page.placements().size()))) {
                String id = page.editionId();
                change(() -> desk.pages().delete(repository, id, page.number()), id, Math.max(1, page.number() - 1));
            }
        });
    }

    /** Page > Move page earlier ({@code by} -1) or later (+1); jump lines follow the new numbers. */
    void movePage(int by) {
        workspace.content().ifPresent(c -> workspace.shownPage().ifPresent(page -> {
            int to = page.number() + by;
            if (to >= 1 && to <= c.pages().size()) {
                movePage(page.number(), to);
            }
        }));
    }

    /** Moves page {@code from} to place {@code to}, as the flatplan's drag does. */
    void movePage(int from, int to) {
        workspace.content().ifPresent(c -> change(() -> desk.pages().move(repository, c.edition().id(), from, to),
                c.edition().id(), to));
    }

    /** Page > Page name (版名)…. */
    void renamePage() {
        workspace.shownPage().ifPresent(page -> Alerts.ask(owner, text, text.format("page.renameTitle", page.number()),
                text.get("page.section"), page.section()).ifPresent(section -> change(
                () -> desk.pages().rename(repository, page.editionId(), page.number(), section), page.editionId(), page.number())));
    }

    /** Story > Spike story: off every page, kept and restorable (copydesk story restore). */
    void spikeStory() {
        selectedStory().ifPresent(story -> {
            if (Alerts.confirm(owner, text, text.format("story.confirmSpike", story.headline()))) {
                change(() -> desk.stories().spike(repository, story.id()), story.editionId(), shownPage());
            }
        });
    }

    /** Story > Duplicate story: a new draft copy, unplaced. */
    void duplicateStory() {
        selectedStory().ifPresent(story -> change(() -> desk.stories().duplicate(repository, story.id(), null),
                story.editionId(), shownPage()));
    }

    /**
     * Page > Place ad slot…: asks the advertiser's name and, optionally, the PDF they delivered
     * (cancel the file chooser for a grey placeholder); the slot goes in the first free spot, to be
     * dragged and sized like any frame.
     */
    void placeAd() {
        Alerts.ask(owner, text, text.get("ad.title"), text.get("ad.advertiser"), "").filter(name -> !name.isBlank())
                .ifPresent(name -> {
                    var chooser = new javafx.stage.FileChooser();
                    chooser.setTitle(text.get("ad.artwork"));
                    chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
                    placeAd(name, Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath));
                });
    }

    /** Places an ad slot for {@code advertiser} on the page on screen, with the artwork when given. */
    void placeAd(String advertiser, Optional<java.nio.file.Path> artwork) {
        workspace.content().ifPresent(c -> workspace.shownPage().ifPresent(page -> change(() -> {
            FrameSubject.Ad ad = desk.makeup().ad(advertiser);
            FrameRules.Frame frame = FrameRules.startingFrame(c, page, ad);
            return desk.makeup().placeAd(repository, page.editionId(), ad, page.number(), frame, artwork);
        }, page.editionId(), page.number())));
    }

    /** Page > Take off page: the selection's frames on the page on screen come off. */
    void takeOffPage() {
        Selection selection = workspace.selectionProperty().get();
        workspace.shownPage().ifPresent(page -> subject(selection).ifPresent(subject -> change(
                () -> desk.makeup().unplace(repository, page.editionId(), subject, java.util.OptionalInt.empty(),
                        java.util.OptionalInt.of(page.number())), page.editionId(), page.number())));
    }

    private Optional<FrameSubject> subject(Selection selection) {
        if (selection instanceof Selection.Story s) {
            return Optional.of(new FrameSubject.Story(s.articleId()));
        } else if (selection instanceof Selection.Picture p) {
            return Optional.of(new FrameSubject.Picture(p.photoId()));
        } else if (selection instanceof Selection.Ad a) {
            return Optional.of(new FrameSubject.Ad(a.adId()));
        } else if (selection instanceof Selection.Banner b) {
            return Optional.of(new FrameSubject.Banner(b.bannerId()));
        } else if (selection instanceof Selection.IndexBox i) {
            return Optional.of(new FrameSubject.IndexBox(i.indexId()));
        }
        status.showActivity(text.get("frame.nothing"), null);
        return Optional.empty();
    }

    private Optional<Article> selectedStory() {
        if (workspace.selectionProperty().get() instanceof Selection.Story s) {
            return workspace.content().flatMap(c -> c.article(s.articleId()));
        }
        status.showActivity(text.get("story.selectFirst"), null);
        return Optional.empty();
    }

    private int shownPage() {
        return workspace.shownPage().map(Page::number).orElse(1);
    }

    /** Runs a desk operation, then opens the edition as stored at {@code page}. */
    private void change(Callable<?> operation, String editionId, int page) {
        run(text.get("plan.working"), operation, done -> {
            status.showActivity(text.get("plan.done"), null);
            reopen.accept(editionId, page);
        });
    }

    private <T> void run(String message, Callable<T> operation, Consumer<T> done) {
        status.showActivity(message, new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty());
        work.run(operation, done, error -> {
            LOG.warn("{} failed", message, error);
            status.showActivity("", null);
            Alerts.error(owner, text, text.format("task.failed", message),
                    error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }

    /** File > Split page text… and Split pasted text…. */
    PageSplitActions split() {
        return split;
    }

    /** Edit > Search archive…: every story and caption of every edition; a result opens its edition. */
    ArchiveSearchDialog searchArchive() {
        return archiveSearch.show();
    }
}
