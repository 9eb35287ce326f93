package com.nashir.backup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a site the way a reader, a feed reader and an API client would: from a few starting
 * addresses, every same-site address found in a page, feed, sitemap or JSON answer, once each,
 * newsroom and live streams aside. Keeps each answer's status, type and bytes.
 */
final class SiteCrawler {
    record Answer(int status, String type, byte[] body) {}

    private static final Pattern LINK =
            Pattern.compile("(?:href|src|srcset)=\"([^\"]+)\"|<loc>([^<]+)</loc>|\"(https?://[^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String token;

    SiteCrawler(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    Map<String, Answer> crawl(List<String> start, int limit) throws Exception {
        Map<String, Answer> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty() && seen.size() < limit) {
            String path = queue.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            Answer a = get(path);
            seen.put(path, a);
            if (a.type().startsWith("image/")) {
                continue;
            }
            String text = new String(a.body(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                for (String candidate : raw.split(",\\s*")) {
                    String p = local(candidate
                            .strip()
                            .split(" ")[0]
                            .replace("&amp;", "&")
                            .replace("\\/", "/"));
                    if (p != null && !seen.containsKey(p)) {
                        queue.add(p);
                    }
                }
            }
        }
        return seen;
    }

    Answer get(String path) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null && (path.startsWith("/api/"))) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** The path of a same-site address worth reading, or null. */
    private String local(String href) {
        String p;
        if (href.startsWith(base)) {
            p = href.substring(base.length());
        } else if (href.startsWith("/") && !href.startsWith("//")) {
            p = href;
        } else {
            return null;
        }
        int hash = p.indexOf('#');
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        if (p.isEmpty() || p.startsWith("/admin") || p.startsWith("/live") || p.contains("{")) {
            return null;
        }
        return p;
    }
}
