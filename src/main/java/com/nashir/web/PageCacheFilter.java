package com.nashir.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from {@link PageCache} before Spring MVC is reached, and answers
 * conditional requests with 304. A miss renders normally and stores the result when it is a
 * plain 200 HTML or text page, feed or sitemap.
 */
class PageCacheFilter extends OncePerRequestFilter {
    /** Readers always revalidate (cheap 304s) so breaking news and corrections show at once. */
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /**
     * Public pages run only their own script (the live breaking strip, which connects back to this
     * site) and load nothing from other hosts, so the policy can be strict;
     * images may come from anywhere (featured image URLs point anywhere).
     */
    static final String CSP = "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final String[] CACHED_TYPES = {"text/html", "text/plain", "application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/xml"};

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI();
        // /live/ is an endless event stream: caching it would buffer it forever.
        return path.startsWith("/api/") || path.startsWith("/admin") || path.startsWith("/assets/") || path.startsWith("/live/")
                || path.startsWith("/demo/") || path.startsWith("/media/") || path.startsWith("/error") || isWordPressApi(request);
    }

    /**
     * The WordPress-compatible API: /wp-json and its fallback address "/?rest_route=…", which is
     * the home page's path but must never get the home page (its JSON has its own ETag and caching).
     */
    static boolean isWordPressApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/wp-json") || path.startsWith("/wp-json/") || request.getParameter("rest_route") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUncached(request.getRequestURI())) {
            // Search pages follow the index, not the content events that clear this cache (another
            // node's change reaches the index through the feed): rendered each time, same headers.
            securityHeaders(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        // "?comment=pending" after a comment was posted: rendered for this reader only, never stored,
        // so the notice cannot be served to anyone else (and the plain address stays cached).
        boolean once = request.getParameter("comment") != null;
        PageCache.Entry entry = once ? null : cache.get(key);
        if (entry == null) {
            long generation = cache.generation();
            var wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            String type = wrapper.getContentType();
            if (wrapper.getStatus() != 200 || !cacheable(type)
                    || wrapper.getContentSize() > MAX_BODY || wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
                wrapper.copyBodyToResponse();
                return;
            }
            entry = once ? cache.unstored(wrapper.getContentAsByteArray(), type)
                    : cache.put(key, wrapper.getContentAsByteArray(), type, generation);
            wrapper.resetBuffer();
        }
        send(entry, request, response, once);
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

    private static void send(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response, boolean once)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(entry.lastModified().atOffset(ZoneOffset.UTC)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, once ? "private, no-store" : CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        securityHeaders(response);
        if (notModified(entry, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(200);
        response.setContentType(entry.contentType());
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] bytes = gzip ? entry.gzip() : entry.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** Public pages that are rendered for every request: the search, whose results follow the index. */
    static boolean isUncached(String path) {
        return path.equals("/search") || path.startsWith("/search/");
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static boolean notModified(PageCache.Entry entry, HttpServletRequest request) {
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null) {
            return inm.trim().equals("*") || inm.contains(entry.etag()) || inm.contains("W/" + entry.etag());
        }
        String ims = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ims != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from);
                return !entry.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    /** Host is part of the key because canonical links may be built from it. */
    private static String key(HttpServletRequest request) {
        String q = request.getQueryString();
        return request.getServerName() + ":" + request.getServerPort() + request.getRequestURI() + (q == null ? "" : "?" + q);
    }
}
