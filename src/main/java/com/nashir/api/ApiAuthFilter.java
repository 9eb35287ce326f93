package com.nashir.api;

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
     * Logging in to get a token cannot carry one; search reads only published articles, what
     * the public site shows anyway, so readers' apps need none (GET only).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(LoginApi.PATH) || ("GET".equals(request.getMethod())
                && (path.equals(SearchApi.PATH) || path.equals(SearchApi.SUGGEST_PATH)));
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
            String detail = token == null ? "مطلوب رمز دخول: Authorization: Bearer <token>" : "رمز الدخول غير صالح أو ملغى";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"مطلوب رمز دخول صالح\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\",\"field\":\"Authorization\"}");
            return;
        }
        request.setAttribute(CALLER, caller.get().from(request.getRemoteAddr()));
        chain.doFilter(request, response);
    }
}
