package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.StageMove;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk status STORY_ID [STAGE]}: with a stage, moves the story there under the paper's
 * stage rules (the same desk method as the window's Story &gt; Stage menu); without, lists who moved
 * it from which stage to which, and when.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a story's stage and its history of moves, or move it to STAGE under the stage rules "
                + "(draft, submitted, editing, for-review, signed-off, spiked; or 草稿, 待编, 编辑中, 待审, 已签发, 撤稿).")
final class StatusCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(StatusCommand.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY_ID", description = "The story's id.")
    String story;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STAGE", converter = StageWords.StatusWord.class,
            description = "Move the story to this stage.")
    ArticleStatus to;

    @Option(names = "--json", description = "Print the history as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EditionRepository repository = root.repository();
        var stages = root.desk().stages();
        PrintWriter out = spec.commandLine().getOut();
        if (to != null) {
            Article before = root.desk().stories().find(repository, story);
            Article moved = stages.moveStory(repository, story, to);
            out.println(WORDS.format("status.moved", TerminalText.visible(moved.headline()),
                    StageWords.shown(before.status()), StageWords.shown(moved.status()), repository.person().name()));
        } else {
            Article current = root.desk().stories().find(repository, story);
            List<StageMove> moves = stages.storyHistory(repository, story);
            if (json) {
                out.println(json(current, moves));
            } else {
                out.println(WORDS.format("status.now", TerminalText.visible(current.headline()),
                        StageWords.shown(current.status())));
                if (moves.isEmpty()) {
                    out.println(WORDS.format("status.noMoves"));
                }
                moves.forEach(m -> out.println(WORDS.format("status.move", WHEN.format(m.at().atZone(ZoneId.systemDefault())),
                        TerminalText.visible(m.person()), StageWords.shown(m.from()), StageWords.shown(m.to()))));
            }
        }
        out.flush();
        return 0;
    }

    private static String json(Article story, List<StageMove> moves) throws Exception {
        var mapper = new ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("id", story.id());
        root.put("headline", story.headline());
        root.put("status", story.status().name());
        ArrayNode list = root.putArray("moves");
        for (StageMove m : moves) {
            var node = list.addObject();
            node.put("from", m.from().name());
            node.put("to", m.to().name());
            node.put("person", m.person());
            node.put("at", m.at().toString());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
