package com.nashir.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nashir.system.ContentChangedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, kept as bytes with their gzip form and validators. Any content change
 * empties it (after the transaction commits); entries also live at most {@link #MAX_AGE}, which
 * bounds how long an expired breaking item, a newly due article or another node's change can
 * take to show.
 */
@Component
public class PageCache {
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** One rendered page. {@code lastModified} survives re-renders that produce the same bytes. */
    record Entry(byte[] body, byte[] gzip, String contentType, String etag, Instant lastModified) {}

    private record Validator(String etag, Instant lastModified) {}

    private final Cache<String, Entry> pages = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String k, Entry e) -> e.body().length + e.gzip().length + k.length())
            .expireAfterWrite(MAX_AGE)
            .build();
    // Kept longer than pages so Last-Modified stays stable while the content does.
    private final Cache<String, Validator> validators = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofDays(1)).build();
    private final Clock clock;
    // Bumped by every clear: a render that began before a change must not be stored after it.
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    PageCache(Clock clock) {
        this.clock = clock;
    }

    Entry get(String key) {
        return pages.getIfPresent(key);
    }

    /** Taken before rendering and handed back to {@link #put}, which then refuses stale results. */
    long generation() {
        return generation.get();
    }

    /**
     * Stores a rendered page unless the cache was cleared while it was rendered; the entry is
     * returned either way so the response can still be sent with its validators.
     */
    Entry put(String key, byte[] body, String contentType, long renderedInGeneration) {
        String etag = "\"" + sha256(body) + "\"";
        Validator previous = validators.getIfPresent(key);
        Instant lastModified = previous != null && previous.etag().equals(etag)
                ? previous.lastModified() : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        validators.put(key, new Validator(etag, lastModified));
        Entry entry = new Entry(body, gzip(body), contentType, etag, lastModified);
        if (generation.get() == renderedInGeneration) {
            pages.put(key, entry);
        }
        return entry;
    }

    /** An entry for one response only (a page with a personal notice): neither stored nor remembered. */
    Entry unstored(byte[] body, String contentType) {
        return new Entry(body, gzip(body), contentType, "\"" + sha256(body) + "\"", clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    public void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onContentChanged(ContentChangedEvent event) {
        clear();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
