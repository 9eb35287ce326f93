package com.nashir;

import com.nashir.search.IndexBuilder;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar for command-line runs: {@code [#####.....]  52%  1,234/2,371}. */
final class ConsoleProgress implements IndexBuilder.Progress {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private int shown = -1;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (percent == shown && done != total) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        out.print(String.format(
                Locale.ROOT,
                "\r[%s%s] %3d%%  %,d/%,d",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                percent,
                done,
                total));
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    @Override
    public synchronized void merging() {
        out.println("Merging the index into one segment...");
        out.flush();
    }
}
