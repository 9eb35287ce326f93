package com.nashir.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer outside the newsroom (whose Spring Security chain writes its
 * own): {@code nosniff}, a Content-Security-Policy (the pages' policy, or "nothing at all" for the
 * JSON APIs), the referrer policy, and HSTS ({@code NASHIR_HTTP_HSTS}, empty to leave it out) on
 * requests that came over TLS (directly, or through a trusted proxy's {@code X-Forwarded-Proto}).
 * Set before anything runs, so error pages and API problems carry them too; cached pages get the
 * same from {@link CachedPageWriter}, which answers before this filter.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {
    /** For answers that are data, never a document: nothing may load, nothing may frame it. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private final String hsts;

    SecurityHeaders(@Value("${nashir.http.hsts:max-age=31536000}") String hsts) {
        this.hsts = hsts == null ? "" : hsts.strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Writes the headers for this request (the error dispatch too: its page is an answer like any other). */
    void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        if (path.startsWith("/admin")) {
            return;
        }
        boolean data = path.startsWith("/api/") || path.startsWith("/wp-json");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", data ? API_CSP : CachedPageWriter.CSP);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        hsts(request, response);
    }

    /** HSTS on a request that came over TLS, when configured. */
    void hsts(HttpServletRequest request, HttpServletResponse response) {
        if (!hsts.isEmpty() && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    static DispatcherType[] dispatches() {
        return new DispatcherType[] {DispatcherType.REQUEST, DispatcherType.ERROR};
    }
}
