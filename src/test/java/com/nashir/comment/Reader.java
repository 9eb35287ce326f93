package com.nashir.comment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader without a browser: opens article pages and posts the comment form from its own
 * network address (X-Forwarded-For, trusted from localhost), with this site's Origin unless told.
 */
final class Reader {
    private static final Random RANDOM = new Random();
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final String base;
    final String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));

    Reader(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Document page(String path) {
        return Jsoup.parse(get(path).body(), base + path);
    }

    /** The form token written into the article page. */
    String token(String articlePath) {
        var input = page(articlePath).selectFirst("#comment-form input[name=token]");
        return input == null ? null : input.attr("value");
    }

    /** Posts the comment form as a browser without JavaScript would (Origin of this site). */
    HttpResponse<String> post(long articleId, Map<String, String> fields) {
        return post(articleId, fields, base, false);
    }

    /** Posts as the page's script does: JSON answers. */
    HttpResponse<String> postJson(long articleId, Map<String, String> fields) {
        return post(articleId, fields, base, true);
    }

    HttpResponse<String> post(long articleId, Map<String, String> fields, String origin, boolean json) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var b = HttpRequest.newBuilder(URI.create(base + "/news/" + articleId + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", json ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return send(b);
    }

    static Map<String, String> form(String token, String name, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("token", token);
        m.put("name", name);
        m.put("email", "");
        m.put("text", text);
        m.put("website", "");
        return m;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(
                    b.header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
