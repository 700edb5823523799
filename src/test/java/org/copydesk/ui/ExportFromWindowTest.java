package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.copydesk.model.EditionContent;
import org.copydesk.render.pdf.PdfProfile;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export PDF… on a real background thread, held at its first page by a gate in the composer, so the
 * test can press Cancel while it runs.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {
    private static final PageComposer REAL = NewspaperComposer.withBundledFonts();

    @TempDir
    Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final GatedComposer composer = new GatedComposer();
    private MainWindow window;

    /** Blocks background compositions while armed, until released; the FX thread is never held. */
    private static final class GatedComposer implements PageComposer {
        volatile CountDownLatch entered;
        volatile CountDownLatch release;

        @Override
        public PageLayout compose(EditionContent content, int pageNumber) {
            CountDownLatch gate = release;
            if (gate != null && !Platform.isFxApplicationThread()) {
                entered.countDown();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return REAL.compose(content, pageNumber);
        }

        void arm() {
            entered = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        void open() {
            CountDownLatch gate = release;
            release = null;
            gate.countDown();
        }
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var services = new UiServices(FixtureEdition.repository(), composer, "memory", background);
        var scheduler = new ManualScheduler();
        var autosave = new AutosaveContext(background, Platform::runLater, scheduler, scheduler.clock(),
                AutosaveContext.DEFAULT_DELAY);
        window = new MainWindow(services, UiText.forLocale(Locale.SIMPLIFIED_CHINESE), stage, autosave);
        window.show();
        window.openLatestEdition();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void cancelStopsTheExportBetweenPagesAndTheOldFileStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
                window.preflightModel().statusProperty().get() instanceof PreflightModel.Status.Checked);
        Path target = Files.writeString(dir.resolve("周报.pdf"), "yesterday's file");
        var content = window.workspace().content().orElseThrow();
        Button cancel = window.statusBar().cancelButton();
        assertThat(cancel.isVisible()).isFalse();

        composer.arm();
        Platform.runLater(() -> window.actions().exportPdf(content, new ExportChoice(PdfProfile.ARCHIVE, target)));
        assertThat(composer.entered.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().progressBar().isVisible()).isTrue();
        assertThat(window.statusBar().activityLabel().getText()).isEqualTo("正在导出 周报.pdf……");

        robot.clickOn("#status-cancel");
        assertThat(cancel.isDisabled()).as("pressed once").isTrue();
        composer.open();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.statusBar().activityLabel().getText().startsWith("已取消导出"));

        assertThat(window.statusBar().activityLabel().getText()).contains(target.toString());
        assertThat(Files.readString(target)).isEqualTo("yesterday's file");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(cancel.isVisible()).isFalse();
        assertThat(window.statusBar().progressBar().isVisible()).isFalse();

        Platform.runLater(() -> window.actions().exportPdf(content, new ExportChoice(PdfProfile.ARCHIVE, target)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.statusBar().activityLabel().getText().startsWith("已导出"));
        assertThat(window.statusBar().activityLabel().getText()).isEqualTo("已导出 " + target + "（共 2 版）");
        assertThat(new String(Files.readAllBytes(target), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theDialogAsksForTheProfileAndFileAndTheArchiveChoiceRenamesTheSuggestion(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspace().content().isPresent());
        Platform.runLater(window::exportPdf);
        TestWindow.waitUntilShowing(robot, "#export-archive");
        var file = robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class);
        assertThat(file.getText()).endsWith("江澜周报-20261127.pdf");

        robot.clickOn("#export-archive");
        assertThat(file.getText()).endsWith("江澜周报-20261127-archive.pdf");
        Path target = dir.resolve("存档").resolve("周报-archive.pdf");
        Files.createDirectories(target.getParent());
        robot.interact(() -> file.setText(target.toString()));
        robot.clickOn("#export-print");
        assertThat(file.getText()).as("a name the user typed is kept").isEqualTo(target.toString());
        robot.clickOn("#export-archive");
        robot.clickOn("导出");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.statusBar().activityLabel().getText().startsWith("已导出"));
        assertThat(window.statusBar().activityLabel().getText()).isEqualTo("已导出 " + target + "（共 2 版）");
        // PDF/A carries its identification in the XMP metadata; the print profile does not write it.
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1)).contains("pdfaid:part");
    }
}
