package com.nashir;

import com.nashir.wpimport.ImportProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a WordPress import on the command line, one line per pass, redrawn at most four
 * times a second: {@code import [##########..........]  52%  1,234 items  52.3/100.0 MB}.
 */
final class ImportConsole implements ImportProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private String phase = "";
    private long lastDraw;

    ImportConsole(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(String phase, long items, long bytesRead, long totalBytes) {
        boolean done = bytesRead >= totalBytes;
        long now = System.nanoTime();
        if (phase.equals(this.phase) && !done && now - lastDraw < 250_000_000L) {
            return;
        }
        if (!phase.equals(this.phase) && !this.phase.isEmpty()) {
            out.println();
        }
        this.phase = phase;
        lastDraw = now;
        int percent = totalBytes == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        int filled = percent * WIDTH / 100;
        String label = "check".equals(phase) ? "checking" : "importing";
        out.print(String.format(
                Locale.ROOT,
                "\r%-9s [%s%s] %3d%%  %,d items  %.1f/%.1f MB",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                percent,
                items,
                bytesRead / 1e6,
                totalBytes / 1e6));
        out.flush();
    }

    /** Ends the last progress line. */
    synchronized void end() {
        if (!phase.isEmpty()) {
            out.println();
        }
    }
}
