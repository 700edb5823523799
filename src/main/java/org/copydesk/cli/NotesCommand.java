package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.desk.EditorNotes;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.EditorNote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk notes STORY_ID [--json]}: the editors' notes (批注) on a story, each with the text
 * it marks, who wrote it and when, open or resolved; {@code --add --paragraph N --from A --to B
 * --text T} adds one, {@code --resolve ID} and {@code --reopen ID} change one. Through the desk's
 * {@link EditorNotes}, as the article editor's notes list.
 */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "List, add, resolve or reopen editors' notes (批注) on a story's text. Notes are never printed.")
final class NotesCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(NotesCommand.class);
    /** The start of a note's id that the list shows; --resolve and --reopen take it. */
    static final int SHORT_ID = 8;

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY_ID", description = "The story's id.")
    String story;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--add", description = "Add a note on --paragraph N, characters --from A --to B, saying --text T.")
    boolean add;

    @Option(names = "--paragraph", paramLabel = "N", description = "With --add: the body paragraph (1 = the first).")
    Integer paragraph;

    @Option(names = "--from", paramLabel = "A", description = "With --add: the first character marked, counted from 1.")
    Integer from;

    @Option(names = "--to", paramLabel = "B", description = "With --add: the last character marked (included).")
    Integer to;

    @Option(names = "--text", paramLabel = "T", description = "With --add: what the note says.")
    String text;

    @Option(names = "--resolve", paramLabel = "ID", description = "Mark the note (its id or the start of it) resolved.")
    String resolve;

    @Option(names = "--reopen", paramLabel = "ID", description = "Open a resolved note again.")
    String reopen;

    /** A note as JSON: the range both as stored (UTF-16 offsets) and as people count (characters from 1). */
    record NoteJson(String id, int paragraph, int fromChar, int toChar, int start, int end, String quoted, String text,
                    String author, Instant created, boolean resolved, boolean detached) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EditorNotes notes = root.desk().notes();
        int actions = (add ? 1 : 0) + (resolve != null ? 1 : 0) + (reopen != null ? 1 : 0);
        if (actions > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("notes.oneAction"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (add) {
            if (paragraph == null || from == null || to == null || text == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("notes.addNeeds"));
            }
            EditorNote added = notes.addOnCharacters(root.repository(), story, paragraph, from, to, text);
            out.println(WORDS.format("notes.added", shortId(added)));
        } else if (resolve != null || reopen != null) {
            boolean resolving = resolve != null;
            EditorNote changed = notes.setResolved(root.repository(), story, resolving ? resolve : reopen, resolving);
            out.println(WORDS.format(resolving ? "notes.resolved" : "notes.reopened", shortId(changed)));
        } else {
            List<EditorNote> all = notes.load(root.repository(), story);
            Article article = root.desk().stories().find(root.repository(), story);
            if (json) {
                out.print(ListCommand.toJson(all.stream().map(n -> json(n, article)).toList()));
            } else {
                print(out, all, article);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, List<EditorNote> all, Article article) {
        if (all.isEmpty()) {
            out.println(WORDS.format("notes.none"));
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        for (EditorNote n : all) {
            NoteJson j = json(n, article);
            String state = WORDS.format(n.detached() ? "notes.state.detached" : n.resolved() ? "notes.state.resolved"
                    : "notes.state.open");
            out.println(WORDS.format("notes.row", shortId(n), n.paragraph() + 1, j.fromChar(), j.toChar(),
                    TerminalText.visible(n.quoted()), TerminalText.visible(n.author()),
                    RevisionsCommand.TIME.format(n.created().atZone(zone)), state));
            out.println("    " + TerminalText.visible(n.text()));
        }
    }

    private static NoteJson json(EditorNote n, Article article) {
        int fromChar = 0;
        int toChar = 0;
        if (!n.detached() && n.paragraph() < article.body().size()) {
            String block = article.body().get(n.paragraph()).text();
            fromChar = block.codePointCount(0, Math.min(n.start(), block.length())) + 1;
            toChar = block.codePointCount(0, Math.min(n.end(), block.length()));
        }
        return new NoteJson(n.id(), n.paragraph() + 1, fromChar, toChar, n.start(), n.end(), n.quoted(), n.text(),
                n.author(), n.created(), n.resolved(), n.detached());
    }

    private static String shortId(EditorNote n) {
        return n.id().substring(0, Math.min(SHORT_ID, n.id().length()));
    }
}
