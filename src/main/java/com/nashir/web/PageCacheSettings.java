package com.nashir.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The page cache's settings ({@code nashir.page-cache.*}, environment {@code NASHIR_PAGE_CACHE_*}).
 *
 * @param enabled      off only to measure rendering (the benchmark's cold runs)
 * @param ttl          how long a page is fresh without a change that touches it
 * @param keepStale    how long a stale page is kept after that, to be served while one request renders it
 *                     again or when rendering fails (the database down)
 * @param maxBytes     memory bound; 0 = an eighth of the heap
 * @param waitForRender how long a request waits for another's render of the same page before rendering itself
 * @param sharedMaxAge {@code s-maxage} for a CDN or proxy in front (which cannot hear Nashir's changes unless
 *                     purged by {@code Surrogate-Key}); browsers always revalidate
 * @param staleWhileRevalidate {@code stale-while-revalidate} for such a cache
 * @param staleIfError {@code stale-if-error} for such a cache
 * @param keepOnFirstRequest keep a page from its first render; by default a page is kept from its second request
 *                     (within minutes), so the pages asked for once, as a crawler asks for most of an archive, are
 *                     rendered and sent but never fill the memory ({@link PageCache#store})
 */
@ConfigurationProperties("nashir.page-cache")
record PageCacheSettings(
        Boolean enabled,
        Duration ttl,
        Duration keepStale,
        Long maxBytes,
        Duration waitForRender,
        Duration sharedMaxAge,
        Duration staleWhileRevalidate,
        Duration staleIfError,
        Boolean keepOnFirstRequest) {
    PageCacheSettings {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofMinutes(10) : ttl;
        keepStale = keepStale == null ? Duration.ofHours(24) : keepStale;
        maxBytes = maxBytes == null || maxBytes <= 0 ? Runtime.getRuntime().maxMemory() / 8 : maxBytes;
        waitForRender = waitForRender == null ? Duration.ofSeconds(10) : waitForRender;
        sharedMaxAge = sharedMaxAge == null ? Duration.ofSeconds(60) : sharedMaxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofSeconds(60) : staleWhileRevalidate;
        staleIfError = staleIfError == null ? Duration.ofDays(1) : staleIfError;
        keepOnFirstRequest = keepOnFirstRequest != null && keepOnFirstRequest;
    }

    /** The defaults (tests). */
    static PageCacheSettings defaults() {
        return new PageCacheSettings(null, null, null, null, null, null, null, null, null);
    }

    /** These settings, keeping every page from its first render (tests of what is kept and dropped). */
    PageCacheSettings keepingEveryPage() {
        return new PageCacheSettings(
                enabled,
                ttl,
                keepStale,
                maxBytes,
                waitForRender,
                sharedMaxAge,
                staleWhileRevalidate,
                staleIfError,
                true);
    }

    /** What public pages tell browsers and caches in front: browsers revalidate every time; shared caches may keep them briefly. */
    String cacheControl() {
        return "public, max-age=0, s-maxage=" + sharedMaxAge.toSeconds() + ", stale-while-revalidate="
                + staleWhileRevalidate.toSeconds() + ", stale-if-error=" + staleIfError.toSeconds();
    }
}
