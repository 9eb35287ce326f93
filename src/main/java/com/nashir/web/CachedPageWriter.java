package com.nashir.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Which requests are public pages, the cache key of each, and how a {@link CachedPage} is sent:
 * validators and 304, compressed forms, the headers of the page policy, and {@code Surrogate-Key}
 * (the content keys of what the page shows, so a CDN in front can purge by them as Nashir does).
 * Used by the valve (cache hits, before any filter) and by the filter (everything else) alike.
 */
@Component
class CachedPageWriter {
    /** The language every page is in, as rendered pages declare it too (WebConfig's locale). */
    private static final String CONTENT_LANGUAGE = com.nashir.system.Messages.LOCALE.toLanguageTag();

    /** Cache-Control of a page rendered for one reader only (a personal notice). */
    static final String PERSONAL = "personal";
    /**
     * Public pages run only their own script (the live breaking strip, which connects back to this
     * site) and load nothing from other hosts, so the policy can be strict;
     * images may come from anywhere (featured image URLs point anywhere). Frames may come only from
     * the embed providers' player hosts, and only an article's own script makes one, when the reader
     * asks for an embed ({@link StoryBodies}).
     */
    static final String CSP = "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; "
            + "frame-src "
            + java.util.Arrays.stream(com.nashir.embed.EmbedProvider.values())
                    .map(p -> "https://" + p.playerHost())
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(" "))
            + "; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Query parameters added by ad and social networks; they never change a page, so they are left out of its key. */
    private static final java.util.regex.Pattern TRACKING = java.util.regex.Pattern.compile(
            "(utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|yclid|twclid|ttclid)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final String cacheControl;
    /** Told the cache status of every page sent ({@link WebMetrics} counts them). */
    private volatile java.util.function.Consumer<String> sent = status -> {};

    private final SecurityHeaders headers;
    private final WholePageWrite wholePage = WholePageWrite.forThisMachine();

    CachedPageWriter(PageCacheSettings settings, SecurityHeaders headers) {
        this.cacheControl = settings.cacheControl();
        this.headers = headers;
    }

    void onSent(java.util.function.Consumer<String> listener) {
        this.sent = listener;
    }

    /** GET or HEAD of a page the public site renders from content (not the API, the newsroom, files or the live stream). */
    static boolean isPublicPage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        // /live/ is an endless event stream: caching it would buffer it forever.
        return !(path.startsWith("/api/")
                || path.startsWith("/admin")
                || path.startsWith("/assets/")
                || path.startsWith("/live/")
                || path.startsWith("/demo/")
                || path.startsWith("/media/")
                || path.startsWith("/vendor/")
                || path.startsWith("/error")
                || isWordPressApi(request));
    }

    /**
     * The WordPress-compatible API: /wp-json and its fallback address "/?rest_route=…", which is
     * the home page's path but must never get the home page (its JSON has its own ETag and caching).
     */
    static boolean isWordPressApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/wp-json") || path.startsWith("/wp-json/")) {
            return true;
        }
        String q = request.getQueryString();
        return q != null && q.contains("rest_route") && request.getParameter("rest_route") != null;
    }

    /** Public pages that are rendered for every request: the search, whose results follow the index. */
    static boolean isUncached(String path) {
        return path.equals("/search") || path.startsWith("/search/");
    }

    /**
     * The page's cache key: scheme, host and port (absolute links may be built from them), path,
     * and the query without tracking parameters (a story shared on Facebook arrives with a new
     * {@code fbclid} on every click: each must not be a page of its own).
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(128)
                .append(request.getScheme())
                .append("://")
                .append(request.getServerName())
                .append(':')
                .append(request.getServerPort())
                .append(request.getRequestURI());
        String q = request.getQueryString();
        if (q != null && !q.isEmpty()) {
            char sep = '?';
            for (String part : q.split("&")) {
                int eq = part.indexOf('=');
                if (part.isEmpty()
                        || TRACKING.matcher(eq < 0 ? part : part.substring(0, eq))
                                .matches()) {
                    continue;
                }
                key.append(sep).append(part);
                sep = '&';
            }
        }
        return key.toString();
    }

    /** Sends a page: 304 when the reader's copy is current, else the body in the best encoding the reader accepts. */
    void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String cacheStatus)
            throws IOException {
        sent.accept(cacheStatus);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(
                HttpHeaders.LAST_MODIFIED,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atOffset(ZoneOffset.UTC)));
        boolean personal = PERSONAL.equals(cacheStatus);
        response.setHeader(HttpHeaders.CACHE_CONTROL, personal ? "private, no-store" : cacheControl);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, CONTENT_LANGUAGE);
        if (!personal) {
            response.setHeader("Surrogate-Key", surrogateKey(page));
            response.setHeader("X-Cache", cacheStatus);
        }
        securityHeaders(response);
        // A hit is answered before the filters: HSTS too must be written here.
        headers.hsts(request, response);
        for (CachedPage.Header h : page.headers()) {
            response.setHeader(h.name(), h.value());
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        String encoding = Compression.choose(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] bytes = page.body();
        if ("br".equals(encoding)) {
            bytes = page.encodings().brotli(page.body());
        } else if ("gzip".equals(encoding)) {
            bytes = page.encodings().gzip(page.body());
        }
        if (encoding != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, encoding);
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod()) && !wholePage.write(response, bytes)) {
            response.getOutputStream().write(bytes);
        }
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /** The page's content keys and those of the frame every page shows, space-separated (Fastly's form). */
    static String surrogateKey(CachedPage page) {
        StringBuilder b = new StringBuilder(16 * (page.keys().size() + 4));
        for (String k : page.keys()) {
            b.append(k).append(' ');
        }
        for (String k : PageKeys.FRAME) {
            b.append(k).append(' ');
        }
        return b.substring(0, b.length() - 1);
    }

    static boolean notModified(CachedPage page, HttpServletRequest request) {
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null) {
            return inm.trim().equals("*") || inm.contains(page.etag()) || inm.contains("W/" + page.etag());
        }
        String ims = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ims != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from);
                return !page.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
