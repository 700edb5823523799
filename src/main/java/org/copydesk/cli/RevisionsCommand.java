package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.desk.StoryRevisions;
import org.copydesk.i18n.Words;
import org.copydesk.model.ArticleStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk revisions STORY_ID [--json]}: a story's saved revisions, newest first, with who
 * saved each, when, its 字数 and status, through the desk's {@link StoryRevisions} as the window's
 * Revisions dialog.
 */
@Command(name = "revisions", mixinStandardHelpOptions = true,
        description = "List a story's revisions, newest first: version, author, time, 字数 (characters) and status.")
final class RevisionsCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(RevisionsCommand.class);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY_ID", description = "The story's id.")
    String story;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** One revision as JSON; {@code author} is null for revisions saved before authors were recorded. */
    record EntryJson(long version, String author, Instant savedAt, int zi, String status, boolean current) {
        static EntryJson of(StoryRevisions.Entry e) {
            return new EntryJson(e.version(), e.author().orElse(null), e.savedAt(), e.zi(), RevisionsCommand.status(e.status()), e.current());
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<StoryRevisions.Entry> entries = root.desk().revisions().list(root.repository(), story);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ListCommand.toJson(entries.stream().map(EntryJson::of).toList()));
        } else {
            out.println(WORDS.format("revisions.heading"));
            ZoneId zone = ZoneId.systemDefault();
            for (StoryRevisions.Entry e : entries) {
                String author = e.author().map(TerminalText::visible).orElse(WORDS.format("revisions.unknownAuthor"));
                out.println(WORDS.format("revisions.row", e.version(), author, TIME.format(e.savedAt().atZone(zone)),
                        e.zi(), status(e.status()), e.current() ? WORDS.format("revisions.current") : ""));
            }
        }
        out.flush();
        return 0;
    }

    /** The status as the CLI spells it everywhere: draft, editing, signed-off, spiked. */
    static String status(ArticleStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
