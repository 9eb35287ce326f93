package com.nashir.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, kept as bytes with the {@link ContentKeys} of what each shows, and
 * dropped by those keys when a change touches them, on every node ({@link ContentChange}, the
 * other nodes' through the database's NOTIFY): a publish drops the article, the home page, its
 * section's, tags' and authors' listings and feeds, its month's sitemap, nothing else.
 *
 * <ul>
 *   <li><b>One render per page at a time.</b> Requests for a page that is being rendered wait
 *       for that render instead of starting their own (no stampede when a popular page is
 *       dropped); a stale copy is served to them instead of waiting when there is one
 *       (stale-while-revalidate: the one request that renders pays, nobody waits).</li>
 *   <li><b>Hard and soft changes.</b> A hard change (an article edited or unpublished, a comment
 *       removed) drops its pages for good; a soft one (the breaking strip, the menu, the settings,
 *       shown on every page) marks them stale.</li>
 *   <li><b>Lifetime.</b> Pages are fresh for {@link PageCacheSettings#ttl()} (time passes on
 *       pages too: "منذ ٥ دقائق", comments closing) and kept stale for
 *       {@link PageCacheSettings#keepStale()} (served while re-rendering, or when rendering fails).</li>
 *   <li><b>A memory bound in bytes</b>, what Caffeine's W-TinyLFU keeps being the pages most
 *       likely to be asked for again, not merely the last ones.</li>
 *   <li><b>Kept from the second request.</b> A page rendered for the first time in a while is sent
 *       but not kept ({@link #store}); the next request for it within minutes keeps it. Most of a
 *       news archive is asked for once (crawlers, a link followed once): keeping those pages cost
 *       the collector a tenth of the node's CPU and pushed out pages read again
 *       (docs/performance.md). {@link PageCacheSettings#keepOnFirstRequest()} keeps every page.</li>
 *   <li><b>No stale store.</b> A render that began before a change to what it shows is stored as
 *       stale, so it is served at most while the page is rendered once more.</li>
 * </ul>
 */
@Component
class PageCache {
    /** Runs after the copies that pages are rendered from (menu, month counts: order 0) have followed the same change. */
    static final int ORDER = 100;

    /** What {@link #lookup} found for a request, and what the request must do. */
    enum Outcome {
        HIT,
        STALE,
        WAIT,
        RENDER
    }

    /** The answer of {@link #lookup}: a page to send, or a render to do or wait for. */
    record Lookup(Outcome outcome, CachedPage page, CompletableFuture<CachedPage> render) {}

    private final PageCacheSettings settings;
    private final Clock clock;
    private final Cache<String, CachedPage> pages;
    /** Content key → the cache keys of the pages showing it. */
    private final ConcurrentHashMap<String, Set<String>> byContent = new ConcurrentHashMap<>();
    /** Pages being rendered now: later requests for them wait for these. */
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    /** Changes so far; a render notes it when it begins, see {@link #store}. */
    private final AtomicLong changes = new AtomicLong();
    /** Content key → the number of the last change that touched it (kept for as long as a render may take). */
    private final Cache<String, Long> changedAt;
    /** Bumped by every change to what every page shows: pages of an older generation are stale. */
    private final AtomicLong generation = new AtomicLong();
    // Kept longer than pages so Last-Modified stays stable while the content does.
    private final Cache<String, Validator> validators;

    private record Validator(String etag, Instant lastModified) {}

    /** Slots of {@link #renderedOnce}: at 2,400 renders a second a key is remembered for about 3.5 minutes. */
    private static final int ONCE_SLOTS = 1 << 19;
    /**
     * The hash of the last key rendered without being kept, per slot ({@code ONCE_SLOTS} ints, 2 MB): a
     * key whose hash is in its slot was rendered once lately. Collisions only forget a key or keep a
     * page one request early.
     */
    private final AtomicIntegerArray renderedOnce = new AtomicIntegerArray(ONCE_SLOTS);

    PageCache(PageCacheSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String k, CachedPage p) -> p.weight() + k.length())
                .expireAfter(Expiry.<String, CachedPage>writing(
                        (k, p) -> java.time.Duration.ofMillis(Math.max(0, p.freshUntilMillis() - clock.millis()))
                                .plus(settings.keepStale())))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .removalListener((String key, CachedPage page, RemovalCause cause) -> {
                    if (page != null && cause != RemovalCause.REPLACED) {
                        unindex(key, page);
                    }
                })
                .recordStats()
                .build();
        this.changedAt = Caffeine.newBuilder()
                .expireAfterWrite(java.time.Duration.ofMinutes(10))
                .build();
        this.validators = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterAccess(java.time.Duration.ofDays(1))
                .build();
    }

    /** The page if it is fresh; null otherwise (for the fast path, which never renders). */
    CachedPage fresh(String key) {
        CachedPage p = pages.getIfPresent(key);
        return p != null && p.isFresh(clock.millis(), generation.get()) ? p : null;
    }

    /** The stored copy, fresh or stale, without claiming its render (a HEAD request, which renders nothing to store). */
    CachedPage peek(String key) {
        return pages.getIfPresent(key);
    }

    /**
     * What a request for {@code key} does: send a fresh page (HIT), send a stale one while
     * another request renders it (STALE), wait for that render (WAIT: no copy to send meanwhile),
     * or render it itself (RENDER: then it must call {@link #finished} whatever happens).
     */
    Lookup lookup(String key) {
        CachedPage page = pages.getIfPresent(key);
        if (page != null && page.isFresh(clock.millis(), generation.get())) {
            return new Lookup(Outcome.HIT, page, null);
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
        if (other == null) {
            return new Lookup(Outcome.RENDER, page, mine);
        }
        if (page == null) {
            remember(key); // asked for again while its first render runs: that render keeps it
            return new Lookup(Outcome.WAIT, null, other);
        }
        return new Lookup(Outcome.STALE, page, other);
    }

    /** Waits for another request's render of the same page; null when it did not give a page to share (or took too long). */
    CachedPage await(CompletableFuture<CachedPage> render) {
        try {
            return render.get(settings.waitForRender().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Ends a render begun by {@link #lookup}: its page (or null: not cacheable, failed) goes to the waiting requests. */
    void finished(String key, CompletableFuture<CachedPage> render, CachedPage page) {
        rendering.remove(key, render);
        render.complete(page);
    }

    /** Noted when a render begins and handed to {@link #store}. */
    long changeCount() {
        return changes.get();
    }

    /** The generation now: a render notes it when it begins, with {@link #changeCount}. */
    long generation() {
        return generation.get();
    }

    /**
     * Stores a rendered page, unless it is the page's first render in a while and no copy of it is
     * held ({@link #renderedOnce}; then it is only remembered). It is stored stale when something it
     * shows changed while it was being rendered (it then serves at most until it is rendered
     * again). The page is returned either way so the response can be sent with its validators (and
     * handed to the requests that waited for this render).
     */
    @SuppressWarnings("ReferenceEquality") // the very page this call stored, not an equal one rendered since
    CachedPage store(
            String key,
            byte[] body,
            String contentType,
            Set<String> keys,
            List<CachedPage.Header> headers,
            Instant freshUntil,
            long changesAtStart,
            long generationAtStart) {
        CachedPage page = page(key, body, contentType, keys, headers, freshUntil, generationAtStart);
        if (!settings.keepOnFirstRequest() && !pages.asMap().containsKey(key) && firstRender(key)) {
            return page;
        }
        CachedPage previous = pages.asMap().put(key, page);
        if (previous != null) {
            unindex(key, previous);
        }
        for (String k : page.keys()) {
            byContent.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(key);
        }
        if (!pages.asMap().containsKey(key)) {
            unindex(key, page); // evicted at once (the memory bound): keep the index clean
        }
        // Checked after indexing: a change that came before this check is seen here, one after it finds the page
        // indexed.
        if (changedSince(keys, changesAtStart)) {
            CachedPage fresh = page;
            pages.asMap().computeIfPresent(key, (x, p) -> p == fresh ? p.asStale() : p);
            page = page.asStale();
        }
        return page;
    }

    /** A page for one response only (a reader's personal notice): neither stored nor remembered. */
    CachedPage unstored(byte[] body, String contentType, List<CachedPage.Header> headers) {
        return new CachedPage(
                body,
                contentType,
                etag(body),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                Set.of(),
                headers,
                0,
                -1,
                true,
                new CachedPage.Encodings());
    }

    /** Drops (hard) or marks stale (soft) every page showing one of {@code keys}. */
    void purge(Set<String> keys, boolean soft) {
        long n = changes.incrementAndGet();
        boolean everyPage = false;
        for (String k : keys) {
            changedAt.put(k, n);
            everyPage |= ContentKeys.everyPage(k);
        }
        if (everyPage) {
            generation.incrementAndGet();
            if (!soft) {
                pages.invalidateAll();
            }
            return;
        }
        for (String k : keys) {
            Set<String> showing = byContent.get(k);
            if (showing == null) {
                continue;
            }
            for (String pageKey : showing.toArray(String[]::new)) {
                if (soft) {
                    pages.asMap().computeIfPresent(pageKey, (x, p) -> p.asStale());
                } else {
                    pages.invalidate(pageKey);
                    remember(pageKey);
                }
            }
        }
    }

    /** Every page is due again (a node that may have missed changes); stale copies may still be served while rendering. */
    void staleAll() {
        changes.incrementAndGet();
        generation.incrementAndGet();
    }

    @Order(ORDER)
    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ContentChange change) {
        if (!change.committed()) {
            purge(change.keys(), change.soft());
        }
    }

    @Order(ORDER)
    @EventListener
    void committed(ContentChange change) {
        if (change.committed()) {
            if (change instanceof com.nashir.system.RemoteContentChange remote && remote.everything()) {
                staleAll();
            } else {
                purge(change.keys(), change.soft());
            }
        }
    }

    long size() {
        return pages.estimatedSize();
    }

    /** Runs pending evictions now (tests read sizes after it). */
    void cleanUp() {
        pages.cleanUp();
    }

    long weightedBytes() {
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
        return pages.stats();
    }

    private CachedPage page(
            String key,
            byte[] body,
            String contentType,
            Set<String> keys,
            List<CachedPage.Header> headers,
            Instant freshUntil,
            long generationAtStart) {
        String etag = etag(body);
        Validator previous = validators.getIfPresent(key);
        Instant lastModified = previous != null && previous.etag().equals(etag)
                ? previous.lastModified()
                : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        validators.put(key, new Validator(etag, lastModified));
        long fresh = Math.min(
                clock.millis() + settings.ttl().toMillis(),
                freshUntil == null ? Long.MAX_VALUE : freshUntil.toEpochMilli());
        return new CachedPage(
                body,
                contentType,
                etag,
                lastModified,
                keys,
                headers,
                fresh,
                generationAtStart,
                false,
                new CachedPage.Encodings());
    }

    /** Whether {@code key} was not rendered lately, remembering it now if so. */
    private boolean firstRender(String key) {
        int hash = key.hashCode();
        if (renderedOnce.get(onceSlot(hash)) == hash) {
            return false;
        }
        remember(key);
        return true;
    }

    /** The next render of {@code key} keeps its page: it was asked for again (or was kept before a change dropped it). */
    private void remember(String key) {
        int hash = key.hashCode();
        renderedOnce.set(onceSlot(hash), hash);
    }

    private static int onceSlot(int hash) {
        return (hash ^ (hash >>> 19)) & (ONCE_SLOTS - 1);
    }

    private boolean changedSince(Set<String> keys, long changesAtStart) {
        if (changes.get() == changesAtStart) {
            return false;
        }
        for (String k : keys) {
            Long at = changedAt.getIfPresent(k);
            if (at != null && at > changesAtStart) {
                return true;
            }
        }
        return false;
    }

    private void unindex(String key, CachedPage page) {
        for (String k : page.keys()) {
            byContent.computeIfPresent(k, (x, set) -> {
                set.remove(key);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /**
     * A validator for the bytes: their length and two 32-bit checksums of different polynomials
     * (CRC-32C and CRC-32, both computed by the processor's own instructions). A page changed by
     * the newsroom gets a new one with certainty far beyond what a validator needs; a cryptographic
     * digest here cost a twentieth of every uncached page (docs/performance.md).
     */
    static String etag(byte[] body) {
        CRC32C c = new CRC32C();
        c.update(body);
        CRC32 d = new CRC32();
        d.update(body);
        return "\"" + Integer.toHexString(body.length) + "-" + HexFormat.of().toHexDigits((int) c.getValue())
                + HexFormat.of().toHexDigits((int) d.getValue()) + "\"";
    }
}
