package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.ArticleStatus;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk search QUERY [--json] [--from DATE] [--to DATE] [--page N] [--author NAME]
 * [--status S] [--limit N]}: every story and caption of every edition, through the desk's archive
 * search as the window's search dialog; matched words are printed between 【 and 】.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search every story and caption of every edition.")
public final class SearchCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(SearchCommand.class);
    static final String OPEN = "【";
    static final String CLOSE = "】";

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find; all must be in the story.")
    List<String> words = List.of();

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--from", paramLabel = "DATE", description = "First edition date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last edition date (YYYY-MM-DD).")
    String to;

    @Option(names = "--page", paramLabel = "N", description = "Only stories placed on page N.")
    Integer page;

    @Option(names = "--author", paramLabel = "NAME", description = "Only stories whose reporter line holds NAME.")
    String author;

    @Option(names = "--status", paramLabel = "S", description = "draft, editing, signed-off or spiked.")
    String status;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default 50).")
    int limit = SearchRequest.DEFAULT_LIMIT;

    /** One result as JSON: the snippet marked with 【】, and the matched words apart. */
    record HitJson(String kind, String id, String editionId, String editionName, LocalDate editionDate,
                   int issueNumber, int page, String headline, String status, String snippet, List<String> matched,
                   float score) {
        static HitJson of(SearchHit h) {
            return new HitJson(h.kind(), h.id(), h.editionId(), h.editionName(), h.editionDate(), h.issueNumber(),
                    h.page(), h.headline(), h.status(), h.snippetMarked(OPEN, CLOSE),
                    h.snippet().stream().filter(SearchHit.Span::matched).map(SearchHit.Span::text).toList(), h.score());
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        SearchRequest request = request();
        if (request.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("search.nothing"));
        }
        root.onlyReads();
        SearchResults results = root.desk().archiveSearch().find(root.repository(), request);
        List<SearchHit> hits = results.hits();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ListCommand.toJson(hits.stream().map(HitJson::of).toList()) : text(results, request));
        out.flush();
        return 0;
    }

    private SearchRequest request() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("search.badLimit", limit));
        }
        return new SearchRequest(String.join(" ", words), date(from, "--from"), date(to, "--to"),
                page == null ? OptionalInt.empty() : OptionalInt.of(page), Optional.ofNullable(author),
                Optional.ofNullable(status).map(this::status), limit);
    }

    private Optional<LocalDate> date(String value, String option) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("search.badDate", option, value));
        }
    }

    private ArticleStatus status(String value) {
        return ArticleStatus.fromWord(value).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), WORDS.format("search.badStatus", value)));
    }

    private static String text(SearchResults results, SearchRequest request) {
        List<SearchHit> hits = results.hits();
        if (hits.isEmpty()) {
            return WORDS.format("search.none", TerminalText.visible(request.query())) + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (SearchHit h : hits) {
            n++;
            String where = h.page() > 0 ? WORDS.format("search.page", h.page()) : WORDS.format("search.noPage");
            String headline = h.kind().equals("photo") ? WORDS.format("search.photo", TerminalText.visible(h.headline()))
                    : TerminalText.visible(h.headline());
            text.append(WORDS.format("search.hit", n, h.editionDate().toString(), TerminalText.visible(h.editionName()),
                    h.issueNumber(), where, headline, TerminalText.visible(h.id()))).append(System.lineSeparator());
            text.append("    ").append(TerminalText.visible(h.snippetMarked(OPEN, CLOSE))).append(System.lineSeparator());
        }
        if (results.moreFound() || results.found() > hits.size()) {
            text.append(WORDS.format(results.moreFound() ? "search.shownMore" : "search.shown", results.found(),
                    hits.size())).append(System.lineSeparator());
        }
        return text.toString();
    }
}
