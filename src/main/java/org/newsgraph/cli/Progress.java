package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a line rewritten in place on a terminal, one plain line per article
 * otherwise (logs and CI), nothing with {@code --quiet}.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintWriter err, boolean quiet, int total) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.total = total;
    }

    void step(String what) {
        done++;
        if (quiet) {
            return;
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        long eta = Math.round((total - done) / Math.max(rate, 1e-9));
        String line = String.format(Locale.ROOT, "[%d/%d] %.2f articles/s, ETA %ds  %s", done, total, rate, eta, what);
        if (terminal) {
            err.print("\r\033[K" + line);
            if (done == total) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** A message that must not be overwritten by the progress line. */
    void note(String message) {
        if (terminal && !quiet && done > 0 && done < total) {
            err.print("\r\033[K");
        }
        err.println(message);
        err.flush();
    }
}
