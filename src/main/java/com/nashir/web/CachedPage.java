package com.nashir.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One rendered public page as the page cache keeps it: the bytes, their compressed forms (made
 * on first demand, see {@link Encodings}), validators, the {@link com.nashir.system.ContentKeys}
 * of what it shows, and how long it is fresh. A stale page may still be served while one request
 * renders it again (stale-while-revalidate) or when rendering fails (stale-if-error).
 */
record CachedPage(
        byte[] body,
        String contentType,
        String etag,
        Instant lastModified,
        Set<String> keys,
        List<Header> headers,
        long freshUntilMillis,
        long generation,
        boolean stale,
        Encodings encodings) {

    /** A header of the rendered response that every copy sends again (WordPress's discovery Link). */
    record Header(String name, String value) {}

    CachedPage {
        keys = Set.copyOf(keys);
        headers = List.copyOf(headers);
    }

    /** Fresh: not marked stale, rendered since the last change to every page, and within its lifetime. */
    boolean isFresh(long nowMillis, long currentGeneration) {
        return !stale && generation == currentGeneration && nowMillis < freshUntilMillis;
    }

    CachedPage asStale() {
        return stale
                ? this
                : new CachedPage(
                        body,
                        contentType,
                        etag,
                        lastModified,
                        keys,
                        headers,
                        freshUntilMillis,
                        generation,
                        true,
                        encodings);
    }

    /**
     * Bytes held, for the cache's memory bound: the body, room for its compressed forms (made
     * later, on demand: together about half the body for HTML), and the bookkeeping.
     */
    int weight() {
        return body.length + body.length / 2 + 512 + keys.size() * 48;
    }

    /** The compressed forms of the body, made when a client first asks for each. */
    static final class Encodings {
        private volatile byte[] gzip;
        private volatile byte[] brotli;

        byte[] gzip(byte[] body) {
            byte[] g = gzip;
            if (g == null) {
                synchronized (this) {
                    if (gzip == null) {
                        gzip = Compression.gzip(body);
                    }
                    g = gzip;
                }
            }
            return g;
        }

        /** The brotli form, or null where no brotli encoder could be loaded. */
        byte[] brotli(byte[] body) {
            byte[] b = brotli;
            if (b == null && Compression.brotliAvailable()) {
                synchronized (this) {
                    if (brotli == null) {
                        brotli = Compression.brotli(body);
                    }
                    b = brotli;
                }
            }
            return b;
        }
    }
}
