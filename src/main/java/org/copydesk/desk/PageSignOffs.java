package org.copydesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSignOff;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.render.pdf.AtomicFile;
import org.copydesk.render.pdf.ChangedLinesPdf;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PageSnapshot;
import org.copydesk.typeset.SnapshotDiff;

/**
 * 签发: signing a page off as it is composed, withdrawing a sign-off, telling each page's standing,
 * and the "changed after sign-off" PDF. A sign-off binds the page's {@link PageSnapshot#digest()}:
 * whatever changes what the page prints (a word of a story on it, a frame, a crop, a photo, the page
 * number in the running head) changes the digest and withdraws the sign-off; a change elsewhere in
 * the edition does not. The withdrawal is recorded the first time any desk composes the changed page
 * for its standing (the window does after every write, so there it is the writer who records it).
 */
public final class PageSignOffs {
    private static final Words WORDS = Words.ofPackage(PageSignOffs.class);
    /** Who may sign a page off or withdraw a sign-off: the 签发人 (值班总编) and an admin. */
    public static final Set<Role> MAY_SIGN = Set.of(Role.SIGNER, Role.ADMIN);

    private final EditionLoading loading;
    private final Supplier<PageComposer> composer;
    private final Clock clock;

    PageSignOffs(EditionLoading loading, Supplier<PageComposer> composer, Clock clock) {
        this.loading = Objects.requireNonNull(loading, "loading");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code person} may sign pages off. */
    public static boolean maySign(Person person) {
        return MAY_SIGN.contains(person.role());
    }

    /**
     * Signs page {@code pageNumber} off as it composes now, as the repository's person.
     *
     * @throws OperationRefusedException when that person's role may not sign, or there is no such page
     */
    public PageSignOff sign(EditionRepository repository, String editionId, int pageNumber) {
        Person person = repository.person();
        refuseUnlessSigner(person, "signOff.refusedRole");
        EditionContent content = loading.load(repository, editionId);
        Page page = page(content, pageNumber);
        PageSnapshot snapshot = PageSnapshot.of(composer.get().compose(content, pageNumber), content);
        return repository.insertPageSignOff(PageSignOff.signed(UUID.randomUUID().toString(), page, person.name(),
                clock.instant(), snapshot.digest(), snapshot.json()));
    }

    /**
     * Withdraws the sign-off of page {@code pageNumber} by hand, with {@code reason}.
     *
     * @return the sign-off as withdrawn
     * @throws OperationRefusedException when the person may not, the reason is empty or too long, or the page holds no sign-off
     */
    public PageSignOff withdraw(EditionRepository repository, String editionId, int pageNumber, String reason) {
        Person person = repository.person();
        refuseUnlessSigner(person, "signOff.refusedWithdrawRole");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > PageSignOff.MAX_REASON_LENGTH) {
            throw new OperationRefusedException(WORDS.format("signOff.reasonNeeded", PageSignOff.MAX_REASON_LENGTH));
        }
        EditionContent content = loading.load(repository, editionId);
        Page page = page(content, pageNumber);
        PageSignOff signOff = Optional.ofNullable(repository.pageSignOffs(content.edition().id()).get(page.id()))
                .filter(s -> !s.withdrawn())
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("signOff.nothingToWithdraw", pageNumber)));
        Instant now = clock.instant();
        repository.withdrawPageSignOff(signOff.id(), now, Optional.of(person.name()), why);
        return signOff.withdrawnAs(now, Optional.of(person.name()), why);
    }

    /**
     * Each page's standing, in page order. A sign-off whose page no longer composes as signed and whose
     * withdrawal nobody recorded yet is withdrawn here, as noticed by the repository's person.
     */
    public List<PageSignOffState> states(EditionRepository repository, EditionContent content) {
        Map<String, PageSignOff> signOffs = repository.pageSignOffs(content.edition().id());
        List<PageSignOffState> states = new ArrayList<>();
        for (Page page : content.pages()) {
            PageSignOff signOff = signOffs.get(page.id());
            if (signOff == null) {
                // Not composed: the window asks after every change, and an edition nobody signs costs nothing.
                states.add(new PageSignOffState(page.number(), page.id(), PageSignOffState.Standing.NOT_SIGNED,
                        Optional.empty(), ""));
                continue;
            }
            String hash = digest(content, page.number());
            if (!signOff.withdrawn() && !signOff.layoutHash().equals(hash)) {
                signOff = recordChange(repository, signOff);
            }
            states.add(new PageSignOffState(page.number(), page.id(), signOff.withdrawn()
                    ? PageSignOffState.Standing.WITHDRAWN : PageSignOffState.Standing.SIGNED, Optional.of(signOff), hash));
        }
        return List.copyOf(states);
    }

    /** Each page's standing in the stored edition {@code editionId}. */
    public List<PageSignOffState> states(EditionRepository repository, String editionId) {
        return states(repository, loading.load(repository, editionId));
    }

    /** The withdrawal of a sign-off whose page changed, as this desk noticed it; a desk that noticed first keeps its record. */
    private PageSignOff recordChange(EditionRepository repository, PageSignOff signOff) {
        Instant now = clock.instant();
        Optional<String> by = Optional.of(repository.person().name());
        String reason = PageSignOff.CHANGED_REASON;
        if (repository.withdrawPageSignOff(signOff.id(), now, by, reason)) {
            return signOff.withdrawnAs(now, by, reason);
        }
        return Optional.ofNullable(repository.pageSignOffs(signOff.editionId()).get(signOff.pageId()))
                .orElse(signOff.withdrawnAs(now, Optional.empty(), reason));
    }

    /** How the page {@code pageNumber} differs now from its newest sign-off. */
    public ChangedPage changes(EditionRepository repository, String editionId, int pageNumber) {
        EditionContent content = loading.load(repository, editionId);
        Page page = page(content, pageNumber);
        PageSignOff signOff = Optional.ofNullable(repository.pageSignOffs(content.edition().id()).get(page.id()))
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("signOff.neverSigned", pageNumber)));
        PageLayout layout = composer.get().compose(content, pageNumber);
        PageSnapshot signed;
        try {
            signed = PageSnapshot.parse(signOff.signedLayout());
        } catch (IllegalArgumentException e) {
            throw new OperationRefusedException(WORDS.format("signOff.unreadable", pageNumber, e.getMessage()));
        }
        return new ChangedPage(content, layout, signOff, SnapshotDiff.between(signed, PageSnapshot.of(layout, content)));
    }

    /**
     * The page as it is now.
     *
     * @param content  the edition as loaded
     * @param layout   the page composed now
     * @param signOff  its newest sign-off
     * @param diff     line by line, how it differs from the signed page
     */
    public record ChangedPage(EditionContent content, PageLayout layout, PageSignOff signOff, SnapshotDiff diff) {
    }

    /**
     * Writes the "changed after sign-off" PDF of page {@code pageNumber} to {@code target}: the page as
     * it prints now, with each line that differs from the signed page marked where it prints and a
     * note of who signed it when. The file appears only when complete.
     *
     * @return how the page differs
     */
    public ChangedPage writeChangedPdf(EditionRepository repository, String editionId, int pageNumber, Path target,
                                       Locale locale) {
        ChangedPage changed = changes(repository, editionId, pageNumber);
        List<ChangedLinesPdf.MarkedLine> marks = new ArrayList<>();
        List<LayoutLine> lines = changed.layout().allLines();
        for (int i = 0; i < lines.size(); i++) {
            switch (changed.diff().lineChanges().get(i)) {
                case CHANGED -> marks.add(new ChangedLinesPdf.MarkedLine(lines.get(i), ChangedLinesPdf.Mark.CHANGED));
                case MOVED -> marks.add(new ChangedLinesPdf.MarkedLine(lines.get(i), ChangedLinesPdf.Mark.MOVED));
                case SAME -> { }
            }
        }
        List<Box> frames = new ArrayList<>();
        for (LayoutFrame frame : changed.layout().frames()) {
            if (frame.kind() != LayoutFrame.FrameKind.STORY
                    && changed.diff().changedFrames().contains(frame.contentId() + "#" + frame.part())) {
                frames.add(frame.bounds());
            }
        }
        ChangedLinesPdf marker = new ChangedLinesPdf(new PdfExporter(composer.get()));
        byte[] pdf = marker.mark(marker.pagePdf(changed.content(), changed.layout()), changed.layout(), marks, frames,
                note(changed, locale));
        try {
            AtomicFile.write(target, out -> out.write(pdf));
        } catch (java.io.IOException e) {
            throw new OperationRefusedException(WORDS.format("signOff.pdfNotWritten", target, e.getMessage()));
        }
        return changed;
    }

    /** "Signed off by X at T · changed after sign-off: N lines changed, M moved, K gone". */
    static String note(ChangedPage changed, Locale locale) {
        SnapshotDiff diff = changed.diff();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(changed.signOff().signedAt());
        return WORDS.format(locale, "signOff.pdfNote", changed.layout().pageNumber(), changed.signOff().signedBy(), when,
                diff.count(SnapshotDiff.LineChange.CHANGED), diff.count(SnapshotDiff.LineChange.MOVED),
                diff.removedLines(), diff.changedFrames().size() + diff.removedFrames().size());
    }

    /** The digest of page {@code pageNumber} as it composes now. */
    public String digest(EditionContent content, int pageNumber) {
        return PageSnapshot.of(composer.get().compose(content, pageNumber), content).digest();
    }

    private static void refuseUnlessSigner(Person person, String key) {
        if (!maySign(person)) {
            throw new OperationRefusedException(WORDS.format(key, person.name(), WORDS.format(switch (person.role()) {
                case REPORTER -> "role.REPORTER";
                case EDITOR -> "role.EDITOR";
                case SIGNER -> "role.SIGNER";
                case ADMIN -> "role.ADMIN";
            })));
        }
    }

    private static Page page(EditionContent content, int pageNumber) {
        return content.page(pageNumber).orElseThrow(() -> new OperationRefusedException(
                WORDS.format("signOff.noSuchPage", pageNumber, content.edition().id(), content.pages().size())));
    }
}
