package com.nashir.api;

import com.nashir.system.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every /api/ call but login and search needs "Authorization: Bearer <token>"; without a valid one it is a 401 problem. */
class ApiAuthFilter extends OncePerRequestFilter {
    static final String CALLER = "nashir.api.caller";

    private final com.nashir.user.ApiTokens tokens;

    ApiAuthFilter(com.nashir.user.ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Logging in to get a token cannot carry one. Two reads are public because the public site
     * shows the same to anyone: search over published articles, and an article's approved comments.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals(LoginApi.PATH) || isPublic(request);
    }

    /** GET or HEAD of search, suggestions, or {@code /api/v1/articles/{id}/comments}, exactly: nothing else under /api/ is public. */
    static boolean isPublic(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method))
                && (path.equals(SearchApi.PATH)
                        || path.equals(SearchApi.SUGGEST_PATH)
                        || path.matches(CommentsApi.PUBLIC_LIST));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        var caller = tokens.authenticate(token);
        if (caller.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nashir\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String detail =
                    token == null ? Messages.text("api.auth.token-missing") : Messages.text("api.auth.token-invalid");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + Messages.text("api.auth.title")
                            + "\",\"status\":401," + "\"detail\":\"" + detail + "\",\"field\":\"Authorization\"}");
            return;
        }
        request.setAttribute(CALLER, caller.get().from(request.getRemoteAddr()));
        chain.doFilter(request, response);
    }
}
