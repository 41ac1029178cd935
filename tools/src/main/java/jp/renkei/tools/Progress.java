package jp.renkei.tools;

import java.io.PrintWriter;

/**
 * Shows how far a long command has got: on a terminal one bar redrawn in place, elsewhere (a pipe, a log) one plain
 * line per step. Thread-safe.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean bar;
    private final int total;
    private int done;

    Progress(PrintWriter out, boolean bar, int total) {
        this.out = out;
        this.bar = bar;
        this.total = total;
    }

    /** True when standard output is an interactive terminal. */
    static boolean terminal() {
        return System.console() != null;
    }

    /** One step done; {@code line} describes it (printed as a line, or kept off the bar unless it is a problem). */
    synchronized void step(String line, boolean problem) {
        done++;
        if (!bar) {
            out.println(line);
        } else {
            if (problem) {
                out.print("\r\033[K");
                out.println(line);
            }
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
            if (done == total) {
                out.println();
            }
        }
        out.flush();
    }

    /** A message between steps, never mixed into the bar. */
    synchronized void note(String line) {
        if (bar && done > 0 && done < total) {
            out.print("\r\033[K");
        }
        out.println(line);
        out.flush();
    }
}
