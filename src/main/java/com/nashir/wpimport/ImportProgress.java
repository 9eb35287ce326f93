package com.nashir.wpimport;

/** Hears how an import is getting on: the phase, items handled, and bytes of the file read so far. */
@FunctionalInterface
public interface ImportProgress {
    /** {@code phase} is "check" (reading the whole file once to find mistakes) or "import". */
    void update(String phase, long items, long bytesRead, long totalBytes);

    ImportProgress NONE = (phase, items, bytesRead, totalBytes) -> {};
}
