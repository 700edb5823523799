package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.desk.PageSignOffState;
import org.copydesk.desk.PageSignOffs;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PageSignOff;
import org.copydesk.typeset.SnapshotDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk signoff}: signs a page off (签发) as it composes now and prints the page's digest;
 * withdraws a sign-off with a reason; writes the "changed after sign-off" PDF of a page; or, without
 * {@code --page}, lists every page's standing. The window's Page menu calls the same desk service.
 */
@Command(name = "signoff", mixinStandardHelpOptions = true,
        description = "Sign a page off (签发) as composed, withdraw a sign-off, write the changed-after-sign-off PDF "
                + "of a page, or list each page's sign-off (without --page).")
final class SignoffCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(SignoffCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @Option(names = "--page", paramLabel = "N", description = "The page (版次) to sign off, withdraw or show.")
    Integer page;

    @Option(names = "--withdraw", description = "Withdraw the page's sign-off (needs --reason).")
    boolean withdraw;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the sign-off is withdrawn.")
    String reason;

    @Option(names = "--changed-pdf", paramLabel = "FILE",
            description = "Write the page as it is now with the lines changed since its sign-off marked.")
    Path changedPdf;

    @Option(names = "--json", description = "List the pages' sign-offs as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PageSignOffs signOffs = root.desk().signOffs();
        if (page == null) {
            if (withdraw || changedPdf != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("signoff.pageNeeded"));
            }
            return list(signOffs);
        }
        if (withdraw && changedPdf != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("signoff.oneThing"));
        }
        EditionContent content = root.editionContent(edition.edition);
        String editionId = content.edition().id();
        if (withdraw) {
            if (reason == null || reason.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("signoff.reasonNeeded"));
            }
            PageSignOff withdrawn = signOffs.withdraw(root.repository(), editionId, page, reason);
            EditionCommand.print(spec, WORDS.format("signoff.withdrawn", page, withdrawn.signedBy(),
                    TerminalText.visible(withdrawn.withdrawnReason())));
            return 0;
        }
        if (changedPdf != null) {
            PageSignOffs.ChangedPage changed = signOffs.writeChangedPdf(root.repository(), editionId, page, changedPdf,
                    org.copydesk.preflight.PreflightText.forSystem().locale());
            SnapshotDiff diff = changed.diff();
            EditionCommand.print(spec, WORDS.format("signoff.changedPdf", changedPdf.toAbsolutePath(),
                    diff.count(SnapshotDiff.LineChange.CHANGED), diff.count(SnapshotDiff.LineChange.MOVED),
                    diff.removedLines(), diff.changedFrames().size() + diff.removedFrames().size()));
            return 0;
        }
        PageSignOff signed = signOffs.sign(root.repository(), editionId, page);
        EditionCommand.print(spec, signed.layoutHash());
        return 0;
    }

    private int list(PageSignOffs signOffs) throws Exception {
        List<PageSignOffState> states = signOffs.states(root.repository(), edition.edition);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PageSignOffState s : states) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("page", s.pageNumber());
                row.put("state", s.standing().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                row.put("current", s.signed());
                if (!s.currentHash().isEmpty()) {
                    row.put("currentHash", s.currentHash());
                }
                s.signOff().ifPresent(o -> {
                    row.put("signedBy", o.signedBy());
                    row.put("signedAt", o.signedAt().toString());
                    row.put("signedHash", o.layoutHash());
                    o.withdrawnAt().ifPresent(at -> row.put("withdrawnAt", at.toString()));
                    o.withdrawnBy().ifPresent(by -> row.put("withdrawnBy", by));
                    if (o.withdrawn()) {
                        row.put("withdrawnReason", o.withdrawnReason());
                    }
                });
                rows.add(row);
            }
            EditionCommand.print(spec, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("pages", rows)));
            return 0;
        }
        for (PageSignOffState s : states) {
            EditionCommand.print(spec, switch (s.standing()) {
                case NOT_SIGNED -> WORDS.format("signoff.line.notSigned", s.pageNumber());
                case SIGNED -> WORDS.format("signoff.line.signed", s.pageNumber(), s.signOff().get().signedBy(),
                        s.signOff().get().signedAt().toString());
                case WITHDRAWN -> WORDS.format("signoff.line.withdrawn", s.pageNumber(), s.signOff().get().signedBy(),
                        s.signOff().get().signedAt().toString(), s.signOff().get().withdrawnBy().orElse("?"),
                        s.signOff().get().withdrawnForChange() ? WORDS.format("signoff.changedReason")
                                : TerminalText.visible(s.signOff().get().withdrawnReason()));
            });
        }
        return 0;
    }
}
