package com.nashir.wpimport;

/**
 * The export file cannot be read as a WordPress export: not XML, cut short, or refused for
 * safety (a DOCTYPE). The message is Arabic and names the line; nothing was imported.
 */
public class WxrException extends RuntimeException {
    private final int line;

    WxrException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line of the file where reading stopped (1-based; 0 when unknown). */
    public int line() {
        return line;
    }
}
