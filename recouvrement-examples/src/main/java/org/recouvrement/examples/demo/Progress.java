package org.recouvrement.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Shows how far a long task has gone: on a terminal a bar redrawn in place, elsewhere (a pipe, a log) a line at each
 * quarter, so that a log is not filled with hundreds of lines.
 */
final class Progress {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private String task = "";
    private int total;
    private int done;
    private int lastQuarter;

    Progress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** Returns a progress on the standard error, redrawn in place when it is a terminal. */
    static Progress forConsole(boolean interactive) {
        return new Progress(new PrintStream(System.err, true, StandardCharsets.UTF_8), interactive);
    }

    void start(String name, int steps) {
        task = name;
        total = steps;
        done = 0;
        lastQuarter = 0;
        if (interactive) {
            draw();
        } else {
            out.println(task + ": 0/" + total);
        }
    }

    void advance() {
        done++;
        if (interactive) {
            draw();
            return;
        }
        int quarter = total == 0 ? 4 : done * 4 / total;
        if (quarter > lastQuarter && done < total) {
            lastQuarter = quarter;
            out.println(task + ": " + done + "/" + total);
        }
    }

    void done() {
        if (interactive) {
            draw();
            out.println();
        } else {
            out.println(task + ": " + done + "/" + total + ", done");
        }
    }

    private void draw() {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        out.print("\r" + task + " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total);
        out.flush();
    }
}
