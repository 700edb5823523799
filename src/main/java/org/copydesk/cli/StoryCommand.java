package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.desk.StoryOperations;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk story status|delete|restore|move|duplicate --story ID}: a story as a whole through the
 * desk's {@link org.copydesk.desk.StoryOperations}. Delete spikes: the story leaves the pages and is
 * kept, listed as spiked, until {@code story restore}.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Spike (delete, recoverably), restore, move, duplicate or convert (简/繁) a story.",
        subcommands = {StoryCommand.Status.class, StoryCommand.Delete.class, StoryCommand.Restore.class, StoryCommand.Move.class,
                StoryCommand.Duplicate.class, StoryConvertCommand.class, StoryCommand.JumpHeadlineCommand.class})
final class StoryCommand implements Runnable {
    private static final Words WORDS = Words.ofPackage(StoryCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("command.subcommandRequired"));
    }

    /** A subcommand acting on one story ({@code --story ID}); it prints the line {@link #act} returns. */
    abstract static class OneStory implements Callable<Integer> {
        @ParentCommand
        StoryCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--story", required = true, paramLabel = "ID", description = "The story's id.")
        String story;

        abstract String act(StoryOperations stories, EditionRepository repository);

        @Override
        public Integer call() {
            EditionCommand.print(spec, act(parent.root.desk().stories(), parent.root.repository()));
            return 0;
        }
    }

    @Command(name = "jump-headline", mixinStandardHelpOptions = true,
            description = "Set the story's 转版标题, printed over its continuation on another page; \"\" goes back to the headline shortened.")
    static final class JumpHeadlineCommand extends OneStory {
        @CommandLine.Parameters(index = "0", paramLabel = "TEXT", description = "The jump headline (one line, at most 30 characters).")
        String text;

        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            Article saved = stories.setJumpHeadline(repository, story, text);
            return WORDS.format("story.jumpHeadline", describe(saved),
                    org.copydesk.typeset.JumpHeadline.of(saved), saved.jumpHeadline().isEmpty() ? 1 : 0);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Move a story along the desk under the stage rules (as 'copydesk status STORY_ID STAGE'): draft, submitted, editing, for-review or signed-off.")
    static final class Status extends OneStory {
        @Option(names = "--to", required = true, paramLabel = "STATUS",
                description = "draft, submitted, editing, for-review or signed-off (草稿, 待编, 编辑中, 待审, 已签发).",
                converter = StatusConverter.class)
        ArticleStatus to;

        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            Article moved = stories.setStatus(repository, story, to);
            return WORDS.format("story.status", describe(moved), moved.status().word());
        }
    }

    /** Accepts the words a desk uses, in either language: signed-off, signed_off, 签发, 已签发 ... */
    static final class StatusConverter implements CommandLine.ITypeConverter<ArticleStatus> {
        @Override
        public ArticleStatus convert(String value) {
            return ArticleStatus.fromWord(value).filter(s -> s != ArticleStatus.SPIKED).orElseThrow(() ->
                    new CommandLine.TypeConversionException(WORDS.format("story.badStatus", value)));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Spike a story: it leaves the pages and is kept, listed as spiked, until 'story restore'.")
    static final class Delete extends OneStory {
        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            return WORDS.format("story.spiked", describe(stories.spike(repository, story)));
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Bring a spiked story back with the status it had, unplaced.")
    static final class Restore extends OneStory {
        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            return WORDS.format("story.restored", describe(stories.restore(repository, story)));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a story to another edition; it leaves the old edition's pages.")
    static final class Move extends OneStory {
        @Option(names = "--to-edition", required = true, paramLabel = "ID|latest", description = "The edition to move it to.")
        String toEdition;

        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            Article moved = stories.moveTo(repository, story, toEdition);
            return WORDS.format("story.moved", describe(moved), moved.editionId());
        }
    }

    @Command(name = "duplicate", mixinStandardHelpOptions = true,
            description = "Copy a story as a new draft (printing the copy's id), in its own edition or another.")
    static final class Duplicate extends OneStory {
        @Option(names = "--to-edition", paramLabel = "ID|latest", description = "Put the copy in this edition.")
        String toEdition;

        @Override
        String act(StoryOperations stories, EditionRepository repository) {
            return stories.duplicate(repository, story, toEdition).id();
        }
    }

    private static String describe(Article a) {
        return WORDS.format("story.describe", TerminalText.visible(a.headline()), TerminalText.visible(a.id()));
    }
}
