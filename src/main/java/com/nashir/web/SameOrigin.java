package com.nashir.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Cross-site forgery guard for the public comment form, which has no session and so no CSRF
 * token: a browser names the page that sent a POST in {@code Origin} (and in {@code Referer});
 * the post is accepted only when that is this site — the configured base URL, or the scheme,
 * host and port the request itself came in on. A POST carrying neither header is refused too:
 * every current browser sends {@code Origin} with a form POST.
 */
final class SameOrigin {
    private SameOrigin() {}

    static boolean check(HttpServletRequest request, String baseUrl) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return false;
            }
            origin = referer;
        }
        String sent = originOf(origin);
        return sent != null
                && (sent.equals(originOf(self(request))) || (!baseUrl.isEmpty() && sent.equals(originOf(baseUrl))));
    }

    private static String self(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** "scheme://host:port" with the default port written out, or null when it is no http(s) address. */
    static String originOf(String url) {
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return null;
            }
            int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
