package com.nashir.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A cookie-keeping HTTP session for the newsroom's HTML forms (login, CSRF), without a browser. */
public class WebSession {
    private final HttpClient client;
    private final String base;
    /**
     * Each session comes from its own address (Tomcat trusts X-Forwarded-For from localhost, as
     * from any internal proxy), so failed logins in one test never count against another's
     * per-address throttle.
     */
    private final String address;

    private static final java.util.Random RANDOM = new java.util.Random();

    public WebSession(int port) {
        this(
                port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254)));
    }

    private WebSession(int port, HttpClient client, String address) {
        this.base = "http://localhost:" + port;
        this.client = client;
        this.address = address;
    }

    /**
     * The same browser (cookies, address) talking to another node on {@code port}: cookies are
     * per host, not per port, as behind a load balancer.
     */
    public WebSession on(int port) {
        return new WebSession(port, client, address);
    }

    public String address() {
        return address;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Document page(String path) {
        return Jsoup.parse(get(path).body(), base + path);
    }

    /** Posts a form; the CSRF token is taken from the page at {@code formPage} unless {@code csrf} is false. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String formPage, boolean csrf) {
        return post(path, fields, formPage, csrf, new String[0]);
    }

    /** {@link #post(String, Map, String, boolean)} with more request headers, as names and values in turn. */
    public HttpResponse<String> post(
            String path, Map<String, String> fields, String formPage, boolean csrf, String... headers) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf) {
            var input = page(formPage).selectFirst("input[name=_csrf]");
            all.put("_csrf", input == null ? "" : input.attr("value"));
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Posts a multipart form with one file. The CSRF token from {@code formPage} goes in a field
     * and, as the newsroom's upload forms do, in the address; {@code csrf} false sends none.
     */
    public HttpResponse<String> upload(
            String path, Map<String, String> fields, String filename, byte[] file, String formPage, boolean csrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        String target = path;
        if (csrf) {
            String token = csrf(formPage);
            all.put("_csrf", token);
            target += (path.contains("?") ? "&" : "?") + "_csrf=" + enc(token);
        }
        String boundary = "----nashir" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                                + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + target))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    /** Sends a request built by the caller (JSON endpoints of the newsroom) with this session's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) {
        return send(request.uri(URI.create(base + path)).build());
    }

    /** The CSRF token in the first form of a page. */
    public String csrf(String formPage) {
        var input = page(formPage).selectFirst("input[name=_csrf]");
        return input == null ? "" : input.attr("value");
    }

    public HttpResponse<String> login(String login, String password) {
        return post("/admin/login", Map.of("login", login, "password", password), "/admin/login", true);
    }

    private HttpResponse<String> send(HttpRequest request) {
        request = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("X-Forwarded-For", address)
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
