package com.nashir.wordpress;

import com.nashir.address.Permalinks;
import com.nashir.address.SiteAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * WordPress's API discovery: every page answers with
 * {@code Link: <https://site/wp-json/>; rel="https://api.w.org/"}, so a WordPress client given
 * only the site's address (wpapi's {@code WPAPI.discover}, the mobile apps, Jetpack-style tools)
 * finds the API, as it does on a WordPress site. Set before the page cache answers, so cached
 * pages carry it too.
 */
class WpDiscoveryFilter extends OncePerRequestFilter {
    static final String REL = "https://api.w.org/";

    private final SiteAddress address;

    WpDiscoveryFilter(SiteAddress address) {
        this.address = address;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || path.startsWith("/assets/") || path.startsWith("/media/") || path.startsWith("/live/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String base = address.base(request);
        response.addHeader("Link", "<" + base + Permalinks.wpApiIndex() + ">; rel=\"" + REL + "\"");
        chain.doFilter(request, response);
    }
}
