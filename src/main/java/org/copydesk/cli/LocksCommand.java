package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.desk.CheckoutService;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;
import org.copydesk.store.EditionRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk locks [--json]} lists who has which story or page checked out, since when and when
 * their Copydesk last said it is still there; {@code copydesk locks --break ID --reason TEXT} breaks
 * one, and its holder is shown who broke it and why.
 */
@Command(name = "locks", mixinStandardHelpOptions = true,
        description = {"List the stories and pages checked out for editing, or break a check-out.",
                "A check-out whose holder's Copydesk has not renewed it within the lease is marked stale."})
public final class LocksCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(LocksCommand.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--break", paramLabel = "ID", description = "Break the check-out of this story or page (its id as listed).")
    String breakId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the check-out is broken; shown to its holder.")
    String reason;

    /** One check-out as listed. */
    record LockRow(String id, String kind, String title, String holder, String host, long pid, Instant since,
                   Instant heartbeat, boolean stale) {
    }

    /** A check-out just broken. */
    record BrokenRow(String id, String kind, String holder, String host, Instant since, String brokenBy,
                     String reason, Instant brokenAt) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (breakId == null && reason != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("locks.reasonAlone"));
        }
        PrintWriter out = spec.commandLine().getOut();
        EditionRepository repository = root.repository();
        CheckoutService checkouts = root.desk().checkouts();
        if (breakId != null) {
            if (reason == null || reason.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("locks.reasonRequired"));
            }
            BrokenCheckout broken = checkouts.breakCheckout(repository, breakId.strip(), reason);
            Checkout lost = broken.lost();
            BrokenRow row = new BrokenRow(lost.subject().id(), kind(lost), lost.holder().name(), lost.holder().host(),
                    lost.since(), broken.brokenBy(), broken.reason(), broken.brokenAt());
            out.print(json ? ListCommand.toJson(row) : WORDS.format("locks.broken", row.id(), TerminalText.visible(row.holder()),
                    TerminalText.visible(row.host()), local(row.since()), TerminalText.visible(row.reason())) + System.lineSeparator());
            out.flush();
            return 0;
        }
        Instant now = repository.checkouts().now();
        List<LockRow> rows = checkouts.list(repository).stream().map(c -> new LockRow(c.subject().id(), kind(c),
                title(repository, c), c.holder().name(), c.holder().host(), c.holder().pid(), c.since(), c.heartbeat(),
                c.isStale(now, checkouts.lease()))).toList();
        out.print(json ? ListCommand.toJson(rows) : text(rows));
        out.flush();
        return 0;
    }

    private static String kind(Checkout c) {
        return c.subject().kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The story's headline, so a desk editor knows which one it is; pages are listed by id. */
    private static String title(EditionRepository repository, Checkout c) {
        if (c.subject().kind() != Checkout.Kind.STORY) {
            return "";
        }
        return repository.article(c.subject().id()).map(Article::headline).orElse("");
    }

    private static String text(List<LockRow> rows) {
        if (rows.isEmpty()) {
            return WORDS.format("locks.none") + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder(WORDS.format("locks.header", ZoneId.systemDefault().getId()))
                .append(System.lineSeparator());
        for (LockRow row : rows) {
            text.append(WORDS.format(row.stale() ? "locks.rowStale" : "locks.row", row.id(),
                    WORDS.format(row.kind().equals("page") ? "locks.kind.page" : "locks.kind.story"),
                    TerminalText.visible(row.title()),
                    TerminalText.visible(row.holder()), TerminalText.visible(row.host()), row.pid(), local(row.since()),
                    local(row.heartbeat()))).append(System.lineSeparator());
        }
        text.append(WORDS.format("locks.how")).append(System.lineSeparator());
        return text.toString();
    }

    private static String local(Instant time) {
        return TIME.format(time.atZone(ZoneId.systemDefault()));
    }
}
