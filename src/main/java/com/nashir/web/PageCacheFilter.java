package com.nashir.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages through the {@link PageCache}: a fresh page is sent as stored (the Tomcat valve,
 * {@link CachedPageValve}, usually answers those before any filter runs); otherwise one request
 * renders the page through Spring MVC and stores it, while the others wait for that render or
 * get the stale copy. A page whose render fails is answered from its stale copy when there is one
 * (stale-if-error: readers keep reading while the database is away).
 */
class PageCacheFilter extends OncePerRequestFilter {
    private static final int MAX_BODY = 2 * 1024 * 1024;
    private static final String[] CACHED_TYPES = {
        "text/html",
        "text/plain",
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/xml"
    };

    private final PageCache cache;
    private final PageCacheSettings settings;
    private final CachedPageWriter writer;

    PageCacheFilter(PageCache cache, PageCacheSettings settings, CachedPageWriter writer) {
        this.cache = cache;
        this.settings = settings;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CachedPageWriter.isPublicPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CachedPageWriter.isUncached(request.getRequestURI()) || !settings.enabled()) {
            // Search pages follow the index, not the changes this cache hears: rendered each time, same headers.
            CachedPageWriter.securityHeaders(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            chain.doFilter(request, response);
            return;
        }
        // "?comment=pending" after a comment was posted: rendered for this reader only, never stored,
        // so the notice cannot be served to anyone else (and the plain address stays cached).
        if (request.getParameter("comment") != null) {
            Rendered r = render(request, response, chain);
            if (r.storable()) {
                writer.send(
                        cache.unstored(r.body(), r.contentType(), r.headers()),
                        request,
                        response,
                        CachedPageWriter.PERSONAL);
            } else {
                r.sendAsIs();
            }
            return;
        }
        String key = CachedPageWriter.key(request);
        if ("HEAD".equals(request.getMethod())) {
            // Never lookup(): it would claim the page's render, which a HEAD never does (every GET would wait for it).
            CachedPage page = cache.peek(key);
            if (page != null) {
                writer.send(page, request, response, "hit");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        PageCache.Lookup lookup = cache.lookup(key);
        switch (lookup.outcome()) {
            case HIT -> writer.send(lookup.page(), request, response, "hit");
            case STALE -> writer.send(lookup.page(), request, response, "stale");
            case WAIT -> {
                CachedPage shared = cache.await(lookup.render());
                if (shared != null) {
                    writer.send(shared, request, response, "wait");
                } else {
                    Rendered r = render(request, response, chain);
                    if (r.storable()) {
                        writer.send(cache.unstored(r.body(), r.contentType(), r.headers()), request, response, "miss");
                    } else {
                        r.sendAsIs();
                    }
                }
            }
            case RENDER -> renderAndStore(key, lookup, request, response, chain);
        }
    }

    private void renderAndStore(
            String key,
            PageCache.Lookup lookup,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        long changes = cache.changeCount();
        long generation = cache.generation();
        CachedPage stored = null;
        try {
            Rendered r;
            try {
                r = render(request, response, chain);
            } catch (IOException | ServletException | RuntimeException e) {
                if (lookup.page() != null && !response.isCommitted()) {
                    // Stale-if-error: the last good copy rather than an error page.
                    response.reset();
                    writer.send(lookup.page(), request, response, "stale-error");
                    return;
                }
                throw e;
            }
            if (r.storable()) {
                Set<String> keys = new LinkedHashSet<>(PageKeys.of(request));
                stored = cache.store(
                        key,
                        r.body(),
                        r.contentType(),
                        keys,
                        r.headers(),
                        PageKeys.freshUntil(request),
                        changes,
                        generation);
                writer.send(stored, request, response, "miss");
            } else if (lookup.page() != null && r.status() >= 500 && !response.isCommitted()) {
                response.reset();
                writer.send(lookup.page(), request, response, "stale-error");
            } else {
                r.sendAsIs();
            }
        } finally {
            cache.finished(key, lookup.render(), stored);
        }
    }

    /** What a render gave: a page to store (body, type, headers to replay such as WordPress's Link), or a response to send as it is. */
    private record Rendered(
            ContentCachingResponseWrapper wrapper,
            int status,
            boolean storable,
            byte[] body,
            String contentType,
            List<CachedPage.Header> headers) {
        void sendAsIs() throws IOException {
            wrapper.copyBodyToResponse();
        }
    }

    /**
     * Renders the page through the rest of the chain into a buffer. Storable when the response
     * is a plain 200 page, feed or sitemap without a cookie; anything else (an error, a redirect)
     * is kept in the buffer for the caller to send as it is, or to replace with a stale copy.
     */
    private Rendered render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        int status = wrapper.getStatus();
        if (status != 200
                || !cacheable(type)
                || wrapper.getContentSize() > MAX_BODY
                || wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
            return new Rendered(wrapper, status, false, null, type, List.of());
        }
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String link : wrapper.getHeaders(HttpHeaders.LINK)) {
            headers.add(new CachedPage.Header(HttpHeaders.LINK, link));
        }
        byte[] body = wrapper.getContentAsByteArray();
        wrapper.resetBuffer();
        return new Rendered(wrapper, status, true, body, type, headers);
    }

    /** Pages, robots.txt, feeds and sitemaps: what the public site renders from content. */
    static boolean cacheable(String contentType) {
        if (contentType == null) {
            return false;
        }
        for (String type : CACHED_TYPES) {
            if (contentType.startsWith(type)) {
                return true;
            }
        }
        return false;
    }
}
