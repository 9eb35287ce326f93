package com.nashir.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers requests for fresh cached pages inside Tomcat's engine, before the servlet filters,
 * Spring Security, the session lookup and Spring MVC, none of which a cached anonymous page needs:
 * the cache key, a map lookup, the headers and the bytes. Anything else (a miss, a stale page, a
 * personal notice, a HEAD, the search) goes on to {@link PageCacheFilter}. Runs after Tomcat's
 * forwarded-header valve, so the scheme and host in the key are those the reader used.
 */
final class CachedPageValve extends ValveBase {
    private final PageCache cache;
    private final CachedPageWriter writer;
    private final PageCacheSettings settings;

    CachedPageValve(PageCache cache, CachedPageWriter writer, PageCacheSettings settings) {
        super(true);
        this.cache = cache;
        this.writer = writer;
        this.settings = settings;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (settings.enabled()
                && "GET".equals(request.getMethod())
                && CachedPageWriter.isPublicPage(request)
                && !CachedPageWriter.isUncached(request.getRequestURI())
                && !personal(request.getQueryString())) {
            CachedPage page = cache.fresh(CachedPageWriter.key(request));
            if (page != null) {
                writer.send(page, request, response, "hit");
                return;
            }
        }
        getNext().invoke(request, response);
    }

    /** "?comment=…": the page with a notice for one reader, which the filter renders for that reader alone. */
    private static boolean personal(String query) {
        return query != null && (query.startsWith("comment=") || query.contains("&comment="));
    }
}
