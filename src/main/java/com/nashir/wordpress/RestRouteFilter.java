package com.nashir.wordpress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Everything under /wp-json, and WordPress's fallback address {@code /?rest_route=/wp/v2/posts}
 * (what a site without pretty permalinks uses): adds the headers WordPress sends on its API
 * (CORS for any origin, since the data is public and the API only reads), answers CORS
 * preflights, and forwards a {@code rest_route} request to the same route under /wp-json, so
 * both addresses give the same answer. The page cache leaves both alone (PageCacheFilter).
 */
class RestRouteFilter extends OncePerRequestFilter {
    static final String PARAM = "rest_route";
    /** WordPress route characters only: no dots, so no "..", and nothing but the API can be reached. */
    private static final Pattern ROUTE = Pattern.compile("(/[A-Za-z0-9_-]+)*/?");

    private final WpResponses responses;

    RestRouteFilter(WpResponses responses) {
        this.responses = responses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(WpSite.ROOT)
                || path.startsWith(WpSite.ROOT + "/")
                || (path.equals("/") && request.getParameter(PARAM) != null));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-WP-Total, X-WP-TotalPages, Link");
        response.setHeader(
                HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Robots-Tag", "noindex");
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        String route = request.getRequestURI().equals("/") ? request.getParameter(PARAM) : null;
        if (route == null) {
            chain.doFilter(request, response);
            return;
        }
        if (route.isEmpty()) {
            route = "/";
        }
        if (!ROUTE.matcher(route).matches()) {
            write(responses.error(WpError.noRoute()), response);
            return;
        }
        request.getRequestDispatcher(WpSite.ROOT + route).forward(request, response);
    }

    private static void write(org.springframework.http.ResponseEntity<byte[]> answer, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] body = answer.getBody();
        if (body != null) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
