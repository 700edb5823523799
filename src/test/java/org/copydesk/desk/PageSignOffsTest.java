package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PageSignOff;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;
import org.copydesk.preflight.PreflightRules;
import org.copydesk.preflight.Severity;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 签发: who may sign, what withdraws a sign-off and what does not, preflight's view of it, and the changed PDF. */
class PageSignOffsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T07:30:00Z");
    private static PageComposer composer;

    @TempDir
    Path dir;

    private InMemoryEditionRepository repository;
    private PageSignOffs signOffs;
    private EditionContent sample;

    @BeforeAll
    static void fonts() {
        composer = NewspaperComposer.withBundledFonts();
    }

    @BeforeEach
    void edition() {
        repository = new InMemoryEditionRepository();
        sample = SampleEdition.create();
        repository.insertEdition(sample);
        repository.actAs(new Person("王总编", Role.SIGNER));
        signOffs = new PageSignOffs(new EditionLoading(), () -> composer, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REPORTER", "EDITOR"})
    void onlyASignerOrAnAdminMaySignOrWithdraw(Role role) {
        signOffs.sign(repository, sample.edition().id(), 1);
        repository.actAs(new Person("李明", role));

        assertThatThrownBy(() -> signOffs.sign(repository, sample.edition().id(), 2))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("李明");
        assertThatThrownBy(() -> signOffs.withdraw(repository, sample.edition().id(), 1, "版面要改"))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("李明");
        assertThat(repository.pageSignOffs(sample.edition().id())).hasSize(1);
        assertThat(states().get(0).standing()).isEqualTo(PageSignOffState.Standing.SIGNED);
    }

    @Test
    void aSignOffRecordsWhoWhenAndTheDigestOfThePageAsComposed() {
        PageSignOff signed = signOffs.sign(repository, sample.edition().id(), 1);
        assertThat(signed.signedBy()).isEqualTo("王总编");
        assertThat(signed.signedAt()).isEqualTo(NOW);
        assertThat(signed.pageNumber()).isEqualTo(1);
        assertThat(signed.layoutHash()).isEqualTo(signOffs.digest(sample, 1));
        repository.actAs(new Person("管理员", Role.ADMIN));
        assertThat(signOffs.sign(repository, sample.edition().id(), 2).signedBy()).isEqualTo("管理员");
        assertThat(states()).extracting(PageSignOffState::standing).startsWith(
                PageSignOffState.Standing.SIGNED, PageSignOffState.Standing.SIGNED, PageSignOffState.Standing.NOT_SIGNED);
    }

    @Test
    void aChangeToTheSignedPageWithdrawsItOnceAndAChangeElsewhereKeepsTheOthers() {
        signOffs.sign(repository, sample.edition().id(), 1);
        signOffs.sign(repository, sample.edition().id(), 2);
        repository.actAs(new Person("李编辑", Role.EDITOR));
        Article onPage1 = storyOpeningOn(1);
        repository.saveArticle(onPage1.withHeadlines(onPage1.kicker(), onPage1.headline() + "！", onPage1.subtitle()));

        List<PageSignOffState> first = states();
        assertThat(first.get(0).standing()).isEqualTo(PageSignOffState.Standing.WITHDRAWN);
        assertThat(first.get(0).changedAfterSignOff()).isTrue();
        assertThat(first.get(0).signOff().orElseThrow().withdrawnBy()).contains("李编辑");
        assertThat(first.get(0).signOff().orElseThrow().withdrawnReason()).isEqualTo("changed after sign-off");
        assertThat(first.get(1).standing()).isEqualTo(PageSignOffState.Standing.SIGNED);

        // Noticed again by someone else, the first record stands.
        repository.actAs(new Person("赵编辑", Role.EDITOR));
        assertThat(states().get(0).signOff().orElseThrow().withdrawnBy()).contains("李编辑");
    }

    @Test
    void aSignOffWithdrawnByHandNeedsAReasonAndSaysWhoWithdrewIt() {
        signOffs.sign(repository, sample.edition().id(), 3);
        assertThatThrownBy(() -> signOffs.withdraw(repository, sample.edition().id(), 3, "  "))
                .isInstanceOf(OperationRefusedException.class);
        PageSignOff withdrawn = signOffs.withdraw(repository, sample.edition().id(), 3, "头条换稿");

        assertThat(withdrawn.withdrawnBy()).contains("王总编");
        PageSignOffState state = states().get(2);
        assertThat(state.standing()).isEqualTo(PageSignOffState.Standing.WITHDRAWN);
        assertThat(state.changedAfterSignOff()).isFalse();
        assertThatThrownBy(() -> signOffs.withdraw(repository, sample.edition().id(), 3, "again"))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("3");
        // Signed again, it holds again.
        signOffs.sign(repository, sample.edition().id(), 3);
        assertThat(states().get(2).standing()).isEqualTo(PageSignOffState.Standing.SIGNED);
    }

    @Test
    void forThePressAnUnsignedPageIsAnErrorOnASharedDeskAndAWarningOnASingleUserDatabase() {
        var check = new EditionCheck(composer);
        PreflightRules press = EditionCheck.rulesFor(PdfOptions.print());
        for (int page = 1; page < sample.pages().size(); page++) {
            signOffs.sign(repository, sample.edition().id(), page);
        }
        int last = sample.pages().size();

        List<Finding> shared = check.run(repository, sample, press.withSingleUser(false), Locale.ENGLISH);
        assertThat(pageFindings(shared)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.PAGE_NOT_SIGNED_OFF);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pageNumber()).isEqualTo(last);
        });
        List<Finding> single = check.run(repository, sample, press.withSingleUser(true), Locale.ENGLISH);
        assertThat(pageFindings(single)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        // On the screen a page nobody signed yet is no finding: every page is, while it is made up.
        assertThat(pageFindings(check.run(repository, sample, Locale.ENGLISH))).isEmpty();
        // An in-memory or embedded database is one person's; a server is shared.
        assertThat(EditionCheck.singleUser(repository)).isTrue();
    }

    @Test
    void aPageChangedAfterItsSignOffShowsAsWithdrawnInPreflightOnTheScreenToo() {
        signOffs.sign(repository, sample.edition().id(), 1);
        Article onPage1 = storyOpeningOn(1);
        repository.saveArticle(onPage1.withHeadlines(onPage1.kicker(), onPage1.headline() + "！", onPage1.subtitle()));
        EditionContent changed = repository.loadEdition(sample.edition().id()).orElseThrow();

        List<Finding> screen = new EditionCheck(composer).run(repository, changed, Locale.ENGLISH);
        assertThat(pageFindings(screen)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(Check.SIGN_OFF_WITHDRAWN);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("签发已撤销").contains("changed after").contains("王总编");
        });
    }

    @Test
    void theChangedPdfMarksTheChangedLineInPlaceAndNamesWhoSignedWhen() throws Exception {
        signOffs.sign(repository, sample.edition().id(), 1);
        Article onPage1 = storyOpeningOn(1);
        String headline = onPage1.headline() + "！";
        repository.saveArticle(onPage1.withHeadlines(onPage1.kicker(), headline, onPage1.subtitle()));
        Path pdf = dir.resolve("changed.pdf");

        PageSignOffs.ChangedPage changed = signOffs.writeChangedPdf(repository, sample.edition().id(), 1, pdf, Locale.ENGLISH);

        PageLayout layout = changed.layout();
        LayoutLine marked = layout.allLines().stream().filter(l -> l.text().equals(headline)).findFirst().orElseThrow();
        LayoutLine unchanged = layout.frames().stream().flatMap(f -> f.lines().stream())
                .filter(l -> l.role() == org.copydesk.typeset.LineRole.BODY).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("signed off by 王总编").contains("1 lines changed");
            float scale = 2;
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale);
            assertThat(isMarkRed(image, barPoint(marked, scale))).as("bar beside the changed headline").isTrue();
            assertThat(isMarkRed(image, barPoint(unchanged, scale))).as("no bar beside an unchanged line").isFalse();
            int[] inLine = {(int) ((marked.runs().get(0).left() + 2) * scale), (int) ((marked.baseline() + 2) * scale)};
            assertThat(isHighlighted(image, inLine)).as("the changed line is highlighted").isTrue();
        }
    }

    /** The middle of the bar drawn left of a line: 2.5 pt gap and a 2 pt bar, half-way up the type. */
    private static int[] barPoint(LayoutLine line, float scale) {
        double size = line.runs().stream().mapToDouble(r -> r.sizePt()).max().orElse(10);
        double x = line.runs().get(0).left() - 0.5 - 2.5 - 1;
        double y = line.baseline() - size * 0.9 + size * 1.15 / 2;
        return new int[] {(int) Math.round(x * scale), (int) Math.round(y * scale)};
    }

    private static boolean isMarkRed(BufferedImage image, int[] point) {
        int rgb = image.getRGB(point[0], point[1]);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 170 && g < 90 && b < 90;
    }

    /** Yellow-tinted paper: red and green high, blue clearly lower. */
    private static boolean isHighlighted(BufferedImage image, int[] point) {
        int rgb = image.getRGB(point[0], point[1]);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 200 && g > 190 && b < 200;
    }

    private List<PageSignOffState> states() {
        return signOffs.states(repository, sample.edition().id());
    }

    private Article storyOpeningOn(int page) {
        EditionContent now = repository.loadEdition(sample.edition().id()).orElseThrow();
        StoryPlacement story = (StoryPlacement) now.page(page).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0).findFirst().orElseThrow();
        return now.article(story.articleId()).orElseThrow();
    }

    private static List<Finding> pageFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.check() == Check.PAGE_NOT_SIGNED_OFF || f.check() == Check.SIGN_OFF_WITHDRAWN)
                .toList();
    }

    @Test
    void aServerIsASharedDesk() {
        var location = Optional.of(new DatabaseLocation("jdbc:postgresql://db.example/copydesk", Optional.empty()));
        var server = (org.copydesk.store.EditionRepository) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.copydesk.store.EditionRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("location")) {
                        return location;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertThat(EditionCheck.singleUser(server)).isFalse();
        assertThat(EditionCheck.rulesFor(PdfOptions.print(), server).singleUser()).isFalse();
    }
}
