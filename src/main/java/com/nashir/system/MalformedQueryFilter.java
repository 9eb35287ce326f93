package com.nashir.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string that is not well-formed percent-encoded UTF-8 ({@code ?q=%E0%A4}, {@code ?x=%ZZ})
 * is refused with 400 before anything reads a parameter: Tomcat throws when it parses such a query,
 * which reached every controller as an unexpected error (500 and a stack trace in the log). The
 * JSON API answers a problem+json naming the query, the WordPress API WordPress's error shape,
 * the site its error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedQueryFilter extends OncePerRequestFilter {
    static final String MESSAGE = Messages.text("system.query.malformed");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (wellFormed(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + Messages.text("api.problem.invalid")
                            + "\",\"status\":400,\"detail\":\""
                            + MESSAGE + "\",\"field\":\"(query)\",\"errors\":[{\"field\":\"(query)\",\"message\":\""
                            + MESSAGE + "\"}]}");
        } else if (path.startsWith("/wp-json")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"code\":\"rest_invalid_param\",\"message\":\"" + MESSAGE
                            + "\",\"data\":{\"status\":400}}");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * No parameter without a name, every {@code %} followed by two hex digits, the bytes they make
     * valid UTF-8, and no control character in a parameter's name.
     */
    public static boolean wellFormed(String query) {
        if (query == null) {
            return true;
        }
        // A parameter without a name ("=x"): Tomcat refuses to parse the whole query.
        if (query.startsWith("=") || query.contains("&=")) {
            return false;
        }
        if (query.indexOf('%') < 0) {
            return true; // nothing encoded: no control character either (Tomcat refuses raw ones)
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int hi = Character.digit(query.charAt(i + 1), 16);
                int lo = Character.digit(query.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                return false; // Tomcat hands over the raw query; a non-ASCII byte here is not a valid request
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
        return namesPrintable(query);
    }

    /**
     * No parameter name holds a control character or an unassigned code point ({@code ?a%0A=1}):
     * Spring Security's firewall rejects such a name when a controller first reads the parameters,
     * which every audience reported as a 500 (found by the public surface fuzz test).
     */
    private static boolean namesPrintable(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isISOControl(c) || !Character.isDefined(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
