package org.copydesk.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.typeset.TextLength;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StaleArticleException;

/**
 * The article being edited, as a value: converts between the body area's styled paragraphs and
 * {@link Block}s, holds the current {@link Article}, and autosaves it. Holds no controls.
 *
 * <p>Called on the UI thread. Store calls run on the context's background executor.
 */
public final class ArticleEditorModel {

    /** One paragraph of the body area: its text (no line breaks) and style. */
    public record StyledParagraph(String text, ParagraphKind kind) {
        public StyledParagraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final EditionRepository repository;
    private final AutosaveContext context;
    private final ReadOnlyObjectWrapper<Article> article;
    private final Autosave<Article> autosave;
    private final List<Consumer<Article>> replacedListeners = new ArrayList<>();
    /** The body {@link #count()} counted last (by identity: blocks are immutable) and its count. */
    private List<Block> countedBody;
    private TextLength counted;
    /** The 字数 of each block of the body counted last, by identity: a keystroke counts one block again. */
    private Map<Block, TextLength> blockCounts = new IdentityHashMap<>();

    public ArticleEditorModel(Article initial, EditionRepository repository, AutosaveContext context) {
        this(initial, repository, context, a -> { });
    }

    /**
     * @param beforeSave runs on the background executor before each save and may refuse it by
     *                   throwing (the window's check-out, broken by a colleague)
     */
    public ArticleEditorModel(Article initial, EditionRepository repository, AutosaveContext context,
                              Consumer<Article> beforeSave) {
        this.repository = Objects.requireNonNull(repository);
        this.context = Objects.requireNonNull(context);
        this.article = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
        Objects.requireNonNull(beforeSave);
        this.autosave = new Autosave<>(article::get, a -> {
            beforeSave.accept(a);
            return repository.saveArticle(a);
        }, this::saved, context);
    }

    // ---- conversion between the area and blocks ----

    /** The area paragraphs showing these blocks. */
    public static List<StyledParagraph> paragraphsOf(List<Block> blocks) {
        return blocks.stream().map(ArticleEditorModel::paragraphOf).toList();
    }

    private static StyledParagraph paragraphOf(Block block) {
        // Java 17: no pattern switch yet; Block is sealed, so these four cases are all there is.
        if (block instanceof Block.Lead lead) {
            return new StyledParagraph(lead.text(), ParagraphKind.LEAD);
        } else if (block instanceof Block.Subhead s) {
            return new StyledParagraph(s.text(), ParagraphKind.SUBHEAD);
        } else if (block instanceof Block.EndByline e) {
            return new StyledParagraph(e.text(), ParagraphKind.END_BYLINE);
        }
        return new StyledParagraph(block.text(), ParagraphKind.BODY);
    }

    /**
     * The blocks of the area's paragraphs. Blank paragraphs are dropped; only the first paragraph
     * can be a lead (a lead style further down, e.g. inherited by pressing Enter, is body text).
     */
    public static List<Block> blocksOf(List<StyledParagraph> paragraphs) {
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < paragraphs.size(); i++) {
            StyledParagraph p = paragraphs.get(i);
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            ParagraphKind kind = p.kind() == ParagraphKind.LEAD && !blocks.isEmpty() ? ParagraphKind.BODY : p.kind();
            blocks.add(switch (kind) {
                case LEAD -> lead(text);
                case BODY -> new Block.Paragraph(text);
                case SUBHEAD -> new Block.Subhead(text);
                case END_BYLINE -> new Block.EndByline(text);
            });
        }
        return List.copyOf(blocks);
    }

    /** Splits a lead paragraph at its first full-width or ordinary space: dateline, then body. */
    static Block.Lead lead(String text) {
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || c == ' ') {
                cut = i;
                break;
            }
        }
        if (cut <= 0) {
            return new Block.Lead("", text);
        }
        return new Block.Lead(text.substring(0, cut), text.substring(cut + 1).strip());
    }

    /** The area's text: one paragraph per line. */
    public static String textOf(List<StyledParagraph> paragraphs) {
        return String.join("\n", paragraphs.stream().map(StyledParagraph::text).toList());
    }

    /** Area text and the style of each of its lines back to paragraphs. */
    public static List<StyledParagraph> paragraphsOf(String text, List<ParagraphKind> kinds) {
        String[] lines = text.split("\n", -1);
        var result = new ArrayList<StyledParagraph>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            result.add(new StyledParagraph(lines[i], i < kinds.size() ? kinds.get(i) : ParagraphKind.BODY));
        }
        return result;
    }

    // ---- the edited value ----

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Article article() {
        return article.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosave.stateProperty();
    }

    /**
     * The body's 字数. The status bar asks after each keystroke and again once the page is composed:
     * the count of the body last counted is kept, so the same text is not counted twice.
     */
    public TextLength count() {
        List<Block> body = article.get().body();
        if (body != countedBody) {
            Map<Block, TextLength> counts = new IdentityHashMap<>();
            TextLength total = TextLength.ZERO;
            for (Block block : body) {
                TextLength length = blockCounts.get(block);
                if (length == null) {
                    length = TextLength.of(block.text());
                }
                counts.put(block, length);
                total = total.plus(length);
            }
            blockCounts = counts;
            counted = total;
            countedBody = body;
        }
        return counted;
    }

    public List<StyledParagraph> paragraphs() {
        return paragraphsOf(article.get().body());
    }

    public void editBody(List<StyledParagraph> paragraphs) {
        List<Block> before = article.get().body();
        List<Block> blocks = blocksOf(paragraphs);
        if (!blocks.equals(before)) {
            edit(article.get().withBody(keepUnchanged(before, blocks)));
        }
    }

    /**
     * {@code after} with each block that equals the one in its place in {@code before}, counted
     * from either end, replaced by that block: what did not change stays the same value, so the
     * count and the composer's caches recognise it without reading its text.
     */
    static List<Block> keepUnchanged(List<Block> before, List<Block> after) {
        int head = 0;
        int limit = Math.min(before.size(), after.size());
        while (head < limit && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < limit - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        if (head + tail == 0) {
            return after;
        }
        var kept = new ArrayList<Block>(after.size());
        kept.addAll(before.subList(0, head));
        kept.addAll(after.subList(head, after.size() - tail));
        kept.addAll(before.subList(before.size() - tail, before.size()));
        return List.copyOf(kept);
    }

    public void editHeadlines(String kicker, String headline, String subtitle) {
        Article a = article.get();
        if (!kicker.equals(a.kicker()) || !headline.equals(a.headline()) || !subtitle.equals(a.subtitle())) {
            edit(a.withHeadlines(kicker, headline, subtitle));
        }
    }

    public void editJumpHeadline(String jumpHeadline) {
        if (!jumpHeadline.equals(article.get().jumpHeadline())) {
            edit(article.get().withJumpHeadline(jumpHeadline));
        }
    }

    public void editByline(String byline) {
        if (!byline.equals(article.get().byline())) {
            edit(article.get().withByline(byline));
        }
    }

    public void editStatus(ArticleStatus status) {
        if (status != article.get().status()) {
            edit(article.get().withStatus(status));
        }
    }

    private void edit(Article edited) {
        article.set(edited);
        autosave.changed();
    }

    private void saved(Article saved) {
        // Edits typed while the save ran stay; only the version and time move on.
        article.set(article.get().withSaved(saved.version(), saved.updated()));
    }

    /** Writes a story that was never saved (version 0): the store inserts it. */
    public CompletableFuture<SaveState> saveNew() {
        if (article.get().version() != 0) {
            throw new IllegalStateException("article " + article.get().id() + " is already saved");
        }
        autosave.changed();
        return autosave.flush();
    }

    /** Saves whatever is pending now (switching away, closing the window). */
    public CompletableFuture<SaveState> flush() {
        return autosave.flush();
    }

    // ---- after a stale save ----

    /** Listeners told when the article was replaced from the store, so views reload their fields. */
    public void onReplaced(Consumer<Article> listener) {
        replacedListeners.add(listener);
    }

    /**
     * Shows an article the store just wrote on this editor's behalf (a restored revision): it is
     * current and saved, so nothing is pending and the views reload their fields.
     */
    public void replaceWithStored(Article stored) {
        if (!stored.id().equals(article.get().id())) {
            throw new IllegalArgumentException("article " + stored.id() + " is not " + article.get().id());
        }
        showStored(stored);
    }

    /** A write on this editor's behalf found the story changed elsewhere: hold it as a stale save. */
    public void heldStale(StaleArticleException stale) {
        autosave.holdStale(stale);
    }

    private void showStored(Article stored) {
        article.set(stored);
        autosave.discardPending();
        autosave.resume();
        replacedListeners.forEach(l -> l.accept(stored));
    }

    /**
     * Drops this editor's unsaved text and shows the stored article. If the story was deleted or the
     * store fails, the editor keeps its text and autosave tries again, reporting a failure itself.
     */
    public void reloadFromStore() {
        String id = article.get().id();
        context.background().execute(() -> {
            try {
                Optional<Article> stored = repository.article(id);
                context.ui().execute(() -> stored.ifPresentOrElse(this::showStored, autosave::changed));
            } catch (RuntimeException e) {
                context.ui().execute(() -> autosave.changed());
            }
        });
    }

    /**
     * Settles a stale save with {@code chosen} (this editor's text, or a hand merge of it and theirs):
     * it is shown and saved as a new revision on top of the stored version {@code onTopOf}. If someone
     * saved again meanwhile, the save is stale again and nothing is overwritten.
     */
    public void resolve(Article chosen, long onTopOf) {
        if (!chosen.id().equals(article.get().id())) {
            throw new IllegalArgumentException("article " + chosen.id() + " is not " + article.get().id());
        }
        article.set(chosen.withSaved(onTopOf, article.get().updated()));
        replacedListeners.forEach(l -> l.accept(article.get()));
        autosave.changed();
        autosave.resume();
    }

    /**
     * Saves this editor's text as a new revision on top of whatever is stored now (after the story's
     * check-out was broken: the text must not be lost, and the colleague's saves stay in the history).
     */
    public CompletableFuture<Article> saveOnTopOfStored() {
        Article mine = article.get();
        var done = new CompletableFuture<Article>();
        context.background().execute(() -> {
            try {
                long stored = repository.article(mine.id()).map(Article::version).orElse(0L);
                Article saved = repository.saveArticle(mine.withSaved(stored, mine.updated()));
                context.ui().execute(() -> {
                    showStored(saved);
                    done.complete(saved);
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> done.completeExceptionally(e));
            }
        });
        return done;
    }

    /**
     * Keeps this editor's text: saves it as a new revision on top of the stored one. The other
     * person's text stays in the revision history, so nothing is lost.
     */
    public void keepMine() {
        if (autosave.state() instanceof SaveState.Stale stale) {
            article.set(article.get().withSaved(stale.storedVersion(), article.get().updated()));
            autosave.resume();
        }
    }
}
