package org.copydesk.desk;

import java.util.Objects;
import java.util.function.Supplier;
import org.copydesk.typeset.PageComposer;

/**
 * The desk's services, built once by {@code app} and handed to the window and to the CLI, so that
 * both front ends run every operation through the same code. The composer is made on first use:
 * reading the fonts costs time that {@code copydesk list} or an import should not pay.
 */
public final class Desk {
    private final Supplier<PageComposer> composerSource;
    private final EditionLoading editions = new EditionLoading();
    private final StoryImport storyImport;
    private final PaperSettingsService paperSettings = new PaperSettingsService();
    private final WordStyleService wordStyles = new WordStyleService();
    private final EditionPlanning planning = new EditionPlanning(editions);
    private final PageOperations pages = new PageOperations(editions);
    private final Makeup makeup = new Makeup(editions);
    private final StoryOperations stories = new StoryOperations(editions);
    private final PhotoImport photoImport = new PhotoImport();
    private final PhotoCaptions captions = new PhotoCaptions();
    private final PageSplit pageSplit = new PageSplit();
    private final CopyInOperations copyIn = new CopyInOperations(stories);
    private final ArchiveSearch archiveSearch = new ArchiveSearch();
    private PageComposer composer;
    private final CheckoutService checkouts = new CheckoutService();
    private EditionCheck check;
    private EditionExport export;

    private Desk(Supplier<PageComposer> composerSource, StoryImport storyImport) {
        this.composerSource = Objects.requireNonNull(composerSource, "composerSource");
        this.storyImport = Objects.requireNonNull(storyImport, "storyImport");
    }

    /** The services around {@code composer}, with the built-in story readers. */
    public static Desk around(PageComposer composer) {
        Objects.requireNonNull(composer, "composer");
        return new Desk(() -> composer, StoryImport.withBuiltInReaders());
    }

    /** The services around the composer {@code composerSource} makes when first needed. */
    public static Desk lazily(Supplier<PageComposer> composerSource) {
        return new Desk(composerSource, StoryImport.withBuiltInReaders());
    }

    /** The one composition engine. */
    public synchronized PageComposer composer() {
        if (composer == null) {
            composer = Objects.requireNonNull(composerSource.get(), "composer");
        }
        return composer;
    }

    /** Finding and loading editions. */
    public EditionLoading editions() {
        return editions;
    }

    /** Story files into an edition. */
    public StoryImport storyImport() {
        return storyImport;
    }

    /** Preflight. */
    public synchronized EditionCheck check() {
        if (check == null) {
            check = new EditionCheck(composer());
        }
        return check;
    }

    /** The preflight gate and every export target. */
    public synchronized EditionExport export() {
        if (export == null) {
            export = new EditionExport(composer());
        }
        return export;
    }

    /** The paper's settings and house style. */
    public PaperSettingsService paperSettings() {
        return paperSettings;
    }

    /** New editions, their name, date and issue number, deleting them. */
    public EditionPlanning planning() {
        return planning;
    }

    /** Adding, moving, naming and deleting an edition's pages. */
    public PageOperations pages() {
        return pages;
    }

    /** Framing stories and photos on pages in 栏 and 行, and taking frames off. */
    public Makeup makeup() {
        return makeup;
    }

    /** Spiking, restoring, moving and duplicating a story. */
    public StoryOperations stories() {
        return stories;
    }

    /** Captioning a photo: text, photographer, credit and kind, and what the caption still lacks. */
    public PhotoCaptions captions() {
        return captions;
    }

    /** Photo files into an edition, one by one. */
    public PhotoImport photoImport() {
        return photoImport;
    }

    /** Splitting a text of many stories (a wire file, a page's text) into stories, and saving them. */
    public PageSplit pageSplit() {
        return pageSplit;
    }

    /** The paper's Word style table, which Word documents are imported with. */
    public WordStyleService wordStyles() {
        return wordStyles;
    }

    /** Converting a story between Simplified and Traditional; the punctuation and 简繁 tools. */
    public CopyInOperations copyIn() {
        return copyIn;
    }

    /** Full-text search over every story and caption of every edition. */
    public ArchiveSearch archiveSearch() {
        return archiveSearch;
    }

    private final Stages stages = new Stages(editions);
    private final People people = new People();

    /** Moving stories through their stages and pages through their proof rounds, under the rules. */
    public Stages stages() {
        return stages;
    }

    /** Who works at the desk: naming the person a run acts as, and the people an admin keeps. */
    public People people() {
        return people;
    }

    private final PageSignOffs signOffs = new PageSignOffs(editions, this::composer, java.time.Clock.systemUTC());

    /** 签发: signing pages off as composed, their standing, and what changed after a sign-off. */
    public PageSignOffs signOffs() {
        return signOffs;
    }

    private final StoryRevisions revisions = new StoryRevisions(stories);
    private final EditorNotes notes = new EditorNotes(stories, java.time.Clock.systemUTC());

    /** A story's revisions with their authors, the character diff between two, restoring one. */
    public StoryRevisions revisions() {
        return revisions;
    }

    /** Editors' notes (批注) on ranges of a story's text. */
    public EditorNotes notes() {
        return notes;
    }

    /** Check-outs of stories and pages: take, renew, give up, break with a reason, list. */
    public CheckoutService checkouts() {
        return checkouts;
    }
}
