package org.copydesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.copydesk.desk.Desk;
import org.copydesk.model.EditionContent;
import org.copydesk.model.StoryPlacement;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageLayout;

/**
 * Keystroke to updated preview, on the real window: the sample edition in an embedded database, the
 * real {@link MainWindow} (real autosave clock, store work on a background thread), its front-page
 * lead story selected and characters typed into its body as key-typed events, one at a time.
 *
 * <p>For each keystroke: the wall time from firing the event until the preview's canvas has been
 * drawn from a page layout composed from the new text (the interval issue 12 names: composition and
 * drawing of the page being edited); until that and the next pulse has laid out the scene (what the
 * screen shows next: this adds the wait for JavaFX's 60 Hz pulse, 0 to 17 ms whatever the work);
 * and the CPU the FX thread spent from the keystroke until just before the next one
 * (so deferred work — a coalesced recomposition, listeners — counts, whenever it runs). Not a JUnit
 * test (surefire ignores {@code *Bench}); run headless with Monocle, command in docs/performance.md.
 *
 * <p>The page is drawn by the pulse after the keystroke, and pulses come at JavaFX's 60 Hz; a fixed gap
 * between keystrokes lands every keystroke at the same point of that cycle, and what it waits for
 * the pulse then depends on how long the previous frame took, not on the typing. A typist's keys land
 * anywhere in the cycle: with a jitter, each gap is lengthened by a random 0 to jitter milliseconds
 * (fixed seed), so every point of the cycle is measured. Also printed: the time to the end of that
 * pulse and to the frame drawn by the render thread (keystroke to pixels), and whether the preview
 * was in the first pulse after the keystroke.
 *
 * <p>Arguments: {@code [keystrokes=300] [warmup=150] [gapMillis=40] [jitterMillis=0] [fit=page|width]}:
 * the preview at fit-page zoom (the whole page, the setting) unless {@code width} is given.
 */
public final class TypingLatencyBench {
    private static final String TYPED = "本报讯市政府今日宣布新建公园与社区图书馆计划";

    private TypingLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int keystrokes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        long gapMillis = args.length > 2 ? Long.parseLong(args[2]) : 40;
        long jitterMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        // The measure is at fit-page zoom (the whole page on screen); "width" for the default fit.
        boolean fitPage = args.length <= 4 || !args[4].equals("width");
        headless();
        var started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        Path dataDir = Files.createTempDirectory("typing-bench");
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });
        var database = Database.open(DatabaseLocation.resolve(Optional.of(dataDir.toString()), Map.of()));
        EditionContent sample = SampleEdition.create();
        database.repository().insertEdition(sample);
        var services = new UiServices(database.repository(), Desk.around(NewspaperComposer.withBundledFonts()),
                database.description(), background, Optional.empty());

        MainWindow window = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            var stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            var w = new MainWindow(services, UiText.forLocale(Locale.SIMPLIFIED_CHINESE), stage);
            w.show();
            w.openLatestEdition();
            return w;
        });
        waitFor(() -> onFx(() -> window.preview().lastDrawnLayout() != null));

        String lead = leadStory(sample);
        long fxThread = onFx(() -> {
            if (fitPage) {
                window.preview().fitPage();
            }
            window.workspace().select(new org.copydesk.ui.Selection.Story(lead));
            var area = window.articlePane().bodyArea();
            area.requestFocus();
            // Inside the second paragraph, so every keystroke reflows most of the story below it.
            int paragraph = Math.min(1, area.getParagraphs().size() - 1);
            area.moveTo(paragraph, area.getParagraph(paragraph).length() / 2);
            return Thread.currentThread().getId();
        });
        waitFor(() -> onFx(() -> window.preview().lastDrawnLayout().pageNumber() == 1));
        Thread.sleep(500);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var probe = new Probe(window);
        onFx(() -> {
            probe.install();
            return null;
        });
        type(probe, threads, fxThread, warmup, gapMillis, jitterMillis);
        int pageDrawsBefore = onFx(() -> window.preview().pageDraws());
        int liveLinesBefore = onFx(() -> window.preview().liveLinesDrawn());
        int pulsesBefore = onFx(() -> probe.pulses);
        long[] gcBefore = collections();
        Sample result = type(probe, threads, fxThread, keystrokes, gapMillis, jitterMillis);
        String typedBack = onFx(() -> window.articlePane().model().orElseThrow().article().body().get(1).text());
        System.out.printf(Locale.ROOT, "java %s, preview fit %s, scale %.3f%n", Runtime.version(), fitPage ? "page" : "width",
                onFx(() -> window.preview().lastOptions().scale()));
        System.out.printf(Locale.ROOT, "typed %d keystrokes (after %d warm-up), %d ms apart + 0-%d ms jitter; story paragraph now %d characters%n",
                keystrokes, warmup, gapMillis, jitterMillis, typedBack.length());
        System.out.printf(Locale.ROOT, "preview drawn in the first pulse after the keystroke: %d of %d%n",
                Arrays.stream(result.pulsesToPreview).filter(n -> n == 1).count(), keystrokes);
        System.out.printf(Locale.ROOT, "keystroke -> preview composed and drawn (ms): median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(result.previewDrawn, 50), pct(result.previewDrawn, 90), pct(result.previewDrawn, 99), pct(result.previewDrawn, 100));
        System.out.printf(Locale.ROOT, "keystroke -> preview drawn + pulse (ms): median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(result.latency, 50), pct(result.latency, 90), pct(result.latency, 99), pct(result.latency, 100));
        System.out.printf(Locale.ROOT, "keystroke -> end of that pulse (ms):   median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(result.pulseEnd, 50), pct(result.pulseEnd, 90), pct(result.pulseEnd, 99), pct(result.pulseEnd, 100));
        System.out.printf(Locale.ROOT, "keystroke -> frame rendered (ms):      median %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(result.rendered, 50), pct(result.rendered, 90), pct(result.rendered, 99), pct(result.rendered, 100));
        System.out.printf(Locale.ROOT, "FX-thread CPU per keystroke (ms):      median %.2f  p90 %.2f  p99 %.2f  mean %.2f%n",
                pct(result.cpu, 50), pct(result.cpu, 90), pct(result.cpu, 99), Arrays.stream(result.cpu).average().orElse(0));
        System.out.printf(Locale.ROOT, "  of which the key event's own handling:  median %.2f  p90 %.2f  p99 %.2f%n",
                pct(result.dispatch, 50), pct(result.dispatch, 90), pct(result.dispatch, 99));
        System.out.printf(Locale.ROOT, "  composition of the page (ms):           median %.2f  p90 %.2f  p99 %.2f%n",
                pct(result.compose, 50), pct(result.compose, 90), pct(result.compose, 99));
        System.out.printf(Locale.ROOT, "render-thread CPU per keystroke (ms):  median %.2f  p90 %.2f  p99 %.2f%n",
                pct(result.renderCpu, 50), pct(result.renderCpu, 90), pct(result.renderCpu, 99));
        System.out.printf(Locale.ROOT, "page under the typed story drawn again %d times in %d keystrokes%n",
                onFx(() -> window.preview().pageDraws()) - pageDrawsBefore, keystrokes);
        System.out.printf(Locale.ROOT, "lines of the typed story drawn per keystroke: %.1f of %d%n",
                (onFx(() -> window.preview().liveLinesDrawn()) - liveLinesBefore) / (double) keystrokes,
                onFx(() -> org.copydesk.render.fx.PageCanvasRenderer.liveLines(window.preview().lastDrawnLayout(), lead).size()));
        long[] gcAfter = collections();
        System.out.printf(Locale.ROOT, "garbage collections while typing: %d, %d ms in all (pauses and concurrent work)%n",
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        System.out.printf(Locale.ROOT, "pulses per keystroke: %.2f%n", (onFx(() -> probe.pulses) - pulsesBefore) / (double) keystrokes);
        System.out.println(onFx(() -> census(window)));
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after typing and a full collection: %.0f MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
        // Not typing: what the pulses that keep coming (the caret's blinking, timers) cost on their own.
        Thread.sleep(1500);
        int idlePulses = onFx(() -> probe.pulses);
        long idleCpu = threads.getThreadCpuTime(fxThread);
        long idleRender = renderThread() < 0 ? 0 : threads.getThreadCpuTime(renderThread());
        Thread.sleep(3000);
        int pulsed = onFx(() -> probe.pulses) - idlePulses;
        System.out.printf(Locale.ROOT, "idle, 3 s after typing: %d pulses, FX-thread CPU %.3f ms per pulse, render thread %.1f ms in all%n",
                pulsed, (threads.getThreadCpuTime(fxThread) - idleCpu) / 1e6 / Math.max(1, pulsed),
                renderThread() < 0 ? 0 : (threads.getThreadCpuTime(renderThread()) - idleRender) / 1e6);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        Platform.exit();
        System.exit(0);
    }

    /** Collections so far and the milliseconds they took, over every collector. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The story whose opening frame is the largest on page 1: the sample's lead. */
    private static String leadStory(EditionContent content) {
        return content.page(1).orElseThrow().placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0)
                .map(p -> (StoryPlacement) p)
                .max(Comparator.comparingInt(s -> s.frame().columnSpan() * s.frame().rowSpan()))
                .orElseThrow().articleId();
    }

    private record Sample(double[] latency, double[] cpu, double[] dispatch, double[] renderCpu,
                          double[] pulseEnd, double[] rendered, int[] pulsesToPreview, double[] compose,
                          double[] previewDrawn) {
    }

    /** JavaFX's render thread (prism), which rasterises the canvas commands the FX thread recorded. */
    private static long renderThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().map(Thread::getId).orElse(-1L);
    }

    private static Sample type(Probe probe, ThreadMXBean threads, long fxThread, int count, long gapMillis,
                               long jitterMillis) throws Exception {
        var random = new java.util.Random(12);
        int[] pulsesToPreview = new int[count];
        double[] compose = new double[count];
        double[] latency = new double[count];
        double[] cpu = new double[count];
        double[] dispatch = new double[count];
        double[] renderCpu = new double[count];
        double[] pulseEnd = new double[count];
        double[] rendered = new double[count];
        double[] previewDrawn = new double[count];
        long render = renderThread();
        for (int i = 0; i < count; i++) {
            String ch = String.valueOf(TYPED.charAt(i % TYPED.length()));
            long cpuBefore = threads.getThreadCpuTime(fxThread);
            long renderBefore = render < 0 ? 0 : threads.getThreadCpuTime(render);
            CompletableFuture<Long> done = onFx(() -> probe.keystroke(ch));
            latency[i] = done.get(10, TimeUnit.SECONDS) / 1e6;
            dispatch[i] = probe.dispatchNanos / 1e6;
            pulsesToPreview[i] = probe.pulsesToPreview;
            compose[i] = probe.composeNanos / 1e6;
            previewDrawn[i] = probe.drawnAfter / 1e6;
            long jitterMicros = jitterMillis == 0 ? 0 : random.nextInt((int) (jitterMillis * 1000));
            Thread.sleep(gapMillis + jitterMicros / 1000, (int) (jitterMicros % 1000) * 1000);
            // Waited for after the gap, as before this figure was added, so the keystrokes' timing stays the same.
            long[] frame = probe.frame.get(10, TimeUnit.SECONDS);
            pulseEnd[i] = frame[0] / 1e6;
            rendered[i] = frame[1] / 1e6;
            cpu[i] = (threads.getThreadCpuTime(fxThread) - cpuBefore) / 1e6;
            renderCpu[i] = render < 0 ? 0 : (threads.getThreadCpuTime(render) - renderBefore) / 1e6;
        }
        return new Sample(latency, cpu, dispatch, renderCpu, pulseEnd, rendered, pulsesToPreview, compose, previewDrawn);
    }

    /** Fires a key and completes with the nanoseconds until the preview showed the new text. */
    private static final class Probe {
        private final MainWindow window;
        private long firedAt;
        private CompletableFuture<Long> pending;
        /** Nanoseconds from the keystroke to the end of the pulse and to the frame drawn by the render thread. */
        private CompletableFuture<long[]> frame = new CompletableFuture<>();
        private boolean drawn;
        /** Nanoseconds from the keystroke until the preview's canvas was drawn from the new layout; -1 before. */
        private long drawnAfter = -1;
        private long dispatchNanos;
        /** Pulses laid out so far (the caret's blinking and other animations pulse too). */
        private int pulses;
        private int pulsesAtKeystroke;
        private int pulsesToPreview;
        /** How long the composition of the page for the keystroke took (wall time on the FX thread). */
        private long composeNanos;

        Probe(MainWindow window) {
            this.window = window;
        }

        void install() {
            // Registered after the preview's own listener, so it runs once the canvas is redrawn.
            window.workspace().layoutProperty().addListener((obs, old, now) -> {
                drawn = pending != null;
                if (drawn && drawnAfter < 0) {
                    drawnAfter = System.nanoTime() - firedAt;
                }
            });
            window.preview().canvas().getScene().addPostLayoutPulseListener(() -> {
                pulses++;
                if (drawn && pending != null) {
                    var finished = pending;
                    pending = null;
                    drawn = false;
                    long start = firedAt;
                    pulsesToPreview = pulses - pulsesAtKeystroke;
                    composeNanos = window.workspace().lastComposeNanos();
                    finished.complete(System.nanoTime() - start);
                    // After the layout the pulse still updates bounds, copies the scene to the render
                    // thread and hands it the frame; a runnable queued now runs once that pulse is over.
                    var painted = frame;
                    Platform.runLater(() -> {
                        long pulseOver = System.nanoTime() - start;
                        // The render thread runs its jobs in order: this one runs once the frame is drawn.
                        Toolkit.getToolkit().addRenderJob(new RenderJob(
                                () -> painted.complete(new long[] {pulseOver, System.nanoTime() - start})));
                    });
                }
            });
        }

        CompletableFuture<Long> keystroke(String ch) {
            pending = new CompletableFuture<>();
            frame = new CompletableFuture<>();
            pulsesAtKeystroke = pulses;
            drawn = false;
            drawnAfter = -1;
            PageLayout before = window.preview().lastDrawnLayout();
            var area = window.articlePane().bodyArea();
            firedAt = System.nanoTime();
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED,
                    false, false, false, false));
            dispatchNanos = System.nanoTime() - firedAt;
            if (window.preview().lastDrawnLayout() != before && !drawn) {
                drawn = true;
                drawnAfter = dispatchNanos;
            }
            Platform.requestNextPulse();
            return pending;
        }
    }

    /** How many nodes the scene holds, and where: each pulse visits every one of them (bounds). */
    private static String census(MainWindow window) {
        var root = window.preview().canvas().getScene().getRoot();
        return String.format(Locale.ROOT, "scene nodes: %d (navigator %d, preview %d, story editor %d of which body %d, status bar %d)",
                nodes(root), nodes(window.navigator().node()), nodes(window.preview().node()),
                nodes(window.articlePane().node()), nodes(window.articlePane().bodyArea()), nodes(window.statusBar().node()));
    }

    private static int nodes(javafx.scene.Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (var child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void headless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("java.awt.headless", "true");
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out waiting for the window");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
