package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.i18n.Words;
import org.copydesk.render.pdf.ExportProgress;

/**
 * Export progress for the terminal: one line per finished page, e.g. {@code pdf 第3版 3/8}, on
 * stderr so stdout keeps only the results.
 */
final class ProgressLines implements ExportProgress {
    private static final Words WORDS = Words.ofPackage(ProgressLines.class);
    private final PrintWriter err;
    private final String label;
    private final List<Integer> pageNumbers;

    /**
     * @param label       what is being written (pdf, pages, png, package), in the user's words
     * @param pageNumbers the 版次 of the pages in export order
     */
    ProgressLines(PrintWriter err, String label, List<Integer> pageNumbers) {
        this.err = err;
        this.label = label;
        this.pageNumbers = List.copyOf(pageNumbers);
    }

    @Override
    public void pageDone(int done, int total) {
        err.println(done >= 1 && done <= pageNumbers.size()
                ? WORDS.format("progress.page", label, pageNumbers.get(done - 1), done, total)
                : WORDS.format("progress.count", label, done, total));
        err.flush();
    }

    /**
     * Whether the process's stderr is a terminal. Java 17 cannot ask directly: on Linux the file
     * descriptor's link names the terminal device; elsewhere an interactive console stands in.
     */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** Whether file descriptor {@code descriptor} of this process (1 stdout, 2 stderr) is a terminal. */
    static boolean isTerminal(int descriptor) {
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            if (Files.exists(fd)) {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console test
        }
        return System.console() != null;
    }
}
