package com.nashir.address;

import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site's absolute base URL for one request, without a trailing slash: the configured one
 * ({@code NASHIR_SITE_BASE_URL}, {@link SiteSettings#baseUrl()}) when set, else the scheme, host
 * and port the request came in on. Pages, feeds, sitemaps and both APIs all ask here, so a link
 * is the same address whichever audience wrote it.
 *
 * <p>Forwarded headers are not read here: Tomcat's RemoteIpValve has already applied them to
 * {@link HttpServletRequest#getScheme()} and {@link HttpServletRequest#getServerName()}, and only
 * when they came from a trusted proxy. Without a configured base URL the result depends on the
 * request's scheme and host, which is why the page cache keys on them.
 */
@Component
public class SiteAddress {
    private final SiteSettingsStore settings;

    SiteAddress(SiteSettingsStore settings) {
        this.settings = settings;
    }

    /** The base URL for {@code request}, with the settings in force now. */
    public String base(HttpServletRequest request) {
        return base(settings.current(), request);
    }

    /**
     * The base URL for the request this thread is serving, for code that is not handed the
     * request (the API's JSON shapes). The request is looked up only when no base URL is
     * configured; outside a request that is an {@link IllegalStateException}.
     */
    public String base() {
        SiteSettings site = settings.current();
        return site.baseUrl().isEmpty() ? fromRequest(currentRequest()) : site.baseUrl();
    }

    /** {@link #base(HttpServletRequest)} with settings the caller already read (a page reads them once). */
    public static String base(SiteSettings site, HttpServletRequest request) {
        return site.baseUrl().isEmpty() ? fromRequest(request) : site.baseUrl();
    }

    /**
     * "scheme://host[:port]" and the context path, as the request came in: the port only when
     * it is not the scheme's default, as browsers write an address (and as the canonical links
     * and feeds have always been written).
     */
    private static String fromRequest(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest();
        }
        throw new IllegalStateException("No current request to take the site's address from");
    }
}
