package com.nashir.ops;

import com.nashir.access.Role;
import com.nashir.system.Messages;
import com.nashir.user.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read /actuator: anyone may read health (a balancer's liveness and readiness checks);
 * everything else (Prometheus metrics, the metrics list) needs {@code Authorization: Bearer} with
 * the metrics token ({@code NASHIR_METRICS_TOKEN}, for a Prometheus scrape config) or an
 * administrator's API token. Anything else is a 401 problem, in Arabic.
 */
class ActuatorAccess extends OncePerRequestFilter {
    static final String PREFIX = "/actuator";
    private static final String HEALTH = PREFIX + "/health";

    private final ApiTokens tokens;
    private final byte[] metricsToken;

    ActuatorAccess(ApiTokens tokens, String metricsToken) {
        this.tokens = tokens;
        this.metricsToken = metricsToken == null || metricsToken.isBlank()
                ? null
                : metricsToken.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Health and its groups (liveness, readiness) are public: they say up or down, no details. */
    static boolean isPublic(String path) {
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/")) || isPublic(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        if (token != null && allowed(token)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nashir-metrics\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + Messages.text("api.auth.title")
                        + "\",\"status\":401,\"detail\":\"" + Messages.text("ops.metrics.token-required")
                        + "\",\"field\":\"Authorization\"}");
    }

    private boolean allowed(String token) {
        if (metricsToken != null && MessageDigest.isEqual(metricsToken, token.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return tokens.authenticate(token)
                .filter(actor -> actor.role() == Role.ADMIN)
                .isPresent();
    }
}
