package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.SseClient;
import com.nashir.testing.WebSession;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live "عاجل" stream (/live/breaking) read by a plain Java client: every change is an event
 * with an ordered id, a client that reconnects with Last-Event-ID gets exactly what it missed,
 * expiries are announced live, the stream is neither cached nor compressed, and the newsroom's
 * edit form changes an item live.
 */
@IntegrationTest
class LiveBreakingIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    Http http;
    String tag;
    final List<Long> posted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    /** Other tests share the application: leave the strip as it was. */
    @AfterEach
    void deletePosted() {
        for (long id : posted) {
            http.api("DELETE", "/api/v1/breaking/" + id, null);
        }
    }

    @Test
    void streamIsAnUncompressedUncachedEventStream() throws Exception {
        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", null, "Accept-Encoding", "gzip")) {
            var r = sse.response();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(r.headers().firstValue("ETag")).isEmpty();
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            // Without a position the stream starts with the strip as it stands, at once.
            SseClient.Event first = sse.next(WAIT);
            assertThat(first).isNotNull();
            assertThat(first.name()).isEqualTo("breaking");
            assertThat(first.data().get("kind").asString()).isEqualTo("snapshot");
            // A second connection is not served from the page cache either: it sees a new item.
            long id = post("يصل مباشرة " + tag, null);
            SseClient.Event e = sse.await(ev -> ev.texts().contains("يصل مباشرة " + tag), WAIT);
            assertThat(e.data().get("kind").asString()).isEqualTo("posted");
            assertThat(e.data().get("item").asLong()).isEqualTo(id);
        }
    }

    @Test
    void headAnswersAtOnceWithoutOpeningAStream() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var r = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/live/breaking"))
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    }

    @Test
    void reconnectingWithLastEventIdReceivesWhatWasMissed() throws Exception {
        String seen;
        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", null)) {
            sse.next(WAIT); // the snapshot
            post("قبل الانقطاع " + tag, null);
            seen = sse.await(ev -> ev.texts().contains("قبل الانقطاع " + tag), WAIT)
                    .id();
        }
        // Disconnected: three changes happen.
        long b = post("أثناء الانقطاع ١ " + tag, null);
        long c = post("أثناء الانقطاع ٢ " + tag, "/a/1");
        var edit =
                http.api("PATCH", "/api/v1/breaking/" + b, Http.json(Map.of("text", "أثناء الانقطاع ١ معدّل " + tag)));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(http.api("DELETE", "/api/v1/breaking/" + c, null).status()).isEqualTo(204);

        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", seen)) {
            List<SseClient.Event> missed = new ArrayList<>();
            while (missed.size() < 4) {
                SseClient.Event e = sse.next(WAIT);
                assertThat(e)
                        .as("missed events after " + seen + ", got " + missed)
                        .isNotNull();
                missed.add(e);
            }
            assertThat(missed)
                    .extracting(e -> e.data().get("kind").asString())
                    .containsExactly("posted", "posted", "changed", "deleted");
            assertThat(missed).extracting(e -> e.data().get("item").asLong()).containsExactly(b, c, b, c);
            assertThat(missed.get(0).idNumber()).isEqualTo(Long.parseLong(seen) + 1);
            for (int i = 1; i < missed.size(); i++) {
                assertThat(missed.get(i).idNumber()).isEqualTo(missed.get(i - 1).idNumber() + 1);
            }
            List<String> finalStrip = missed.get(3).texts();
            assertThat(finalStrip).contains("أثناء الانقطاع ١ معدّل " + tag).doesNotContain("أثناء الانقطاع ٢ " + tag);
            assertThat(sse.next(Duration.ofMillis(500)))
                    .as("nothing more than what was missed")
                    .isNull();
        }
    }

    @Test
    void aPageResumesFromTheEventItWasRenderedAt() throws Exception {
        String stream =
                Jsoup.parse(http.get("/").body()).selectFirst("[data-breaking]").attr("data-stream");
        assertThat(stream).matches("/live/breaking\\?after=\\d+");
        // Posted after the page was read: its stream must still bring it.
        post("بعد تحميل الصفحة " + tag, null);
        try (SseClient sse = SseClient.open(http.base(), stream, null)) {
            SseClient.Event e = sse.await(ev -> ev.texts().contains("بعد تحميل الصفحة " + tag), WAIT);
            assertThat(e.data().get("kind").asString()).isEqualTo("posted");
        }
    }

    @Test
    void anUnknownPositionGetsTheCurrentStrip() throws Exception {
        post("حالة الشريط " + tag, null);
        for (String bad : List.of("999999999999", "abc", "-5")) {
            try (SseClient sse = SseClient.open(http.base(), "/live/breaking", bad)) {
                SseClient.Event e = sse.next(WAIT);
                assertThat(e).as("Last-Event-ID " + bad).isNotNull();
                assertThat(e.data().get("kind").asString()).isEqualTo("snapshot");
                assertThat(e.texts()).contains("حالة الشريط " + tag);
            }
        }
    }

    @Test
    void anExpiringItemDisappearsLive() throws Exception {
        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", null)) {
            sse.next(WAIT);
            OffsetDateTime expires =
                    OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", "ينتهي بعد ثوان " + tag);
            body.put("expiresAt", expires.toString());
            var r = http.api("POST", "/api/v1/breaking", Http.json(body));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            long id = r.json().get("id").asLong();
            posted.add(id);
            sse.await(ev -> ev.texts().contains("ينتهي بعد ثوان " + tag), WAIT);
            SseClient.Event gone = sse.await(
                    ev -> "expired".equals(ev.data().get("kind").asString())
                            && ev.data().get("item").asLong() == id,
                    Duration.ofSeconds(10));
            assertThat(gone.texts()).doesNotContain("ينتهي بعد ثوان " + tag);
            assertThat(gone.receivedAt() - expires.toInstant().toEpochMilli())
                    .as("ms after the expiry")
                    .isLessThan(1000);
            // Announced once, even though every node's watcher looks.
            assertThat(sse.next(Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void endingAnItemRemovesItLive() throws Exception {
        long id = post("ينتهي مبكراً " + tag, null);
        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", null)) {
            assertThat(sse.next(WAIT).texts()).contains("ينتهي مبكراً " + tag);
            assertThat(http.api("POST", "/api/v1/breaking/" + id + "/end", null).status())
                    .isEqualTo(200);
            SseClient.Event e =
                    sse.await(ev -> "ended".equals(ev.data().get("kind").asString()), WAIT);
            assertThat(e.texts()).doesNotContain("ينتهي مبكراً " + tag);
        }
    }

    @Test
    void editorEditsAnItemInTheNewsroomAndItChangesLive() throws Exception {
        WebSession editor = new Newsroom(http).signIn(port, "editor");
        long id = post("نص قبل التعديل " + tag, null);
        var form = editor.page("/admin/breaking/" + id + "/edit");
        assertThat(form.selectFirst("#breaking-edit textarea[name=text]").text())
                .isEqualTo("نص قبل التعديل " + tag);
        String expires =
                form.selectFirst("#breaking-edit input[name=expiresAt]").attr("value");
        assertThat(expires).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        assertThat(editor.page("/admin/breaking").select("a[href=/admin/breaking/" + id + "/edit]"))
                .hasSize(1);

        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", null)) {
            sse.next(WAIT);
            // A bad link: the form comes back with the typed text and an Arabic message; nothing changes.
            var bad = editor.post(
                    "/admin/breaking/" + id,
                    Map.of("text", "نص جديد " + tag, "url", "javascript:alert(1)", "expiresAt", expires),
                    "/admin/breaking/" + id + "/edit",
                    true);
            assertThat(bad.statusCode()).isEqualTo(200);
            var page = Jsoup.parse(bad.body());
            assertThat(page.selectFirst(".field-error").text()).contains("الرابط");
            assertThat(page.selectFirst("textarea[name=text]").text()).isEqualTo("نص جديد " + tag);
            assertThat(http.api("GET", "/api/v1/breaking/" + id, null)
                            .json()
                            .get("text")
                            .asString())
                    .isEqualTo("نص قبل التعديل " + tag);

            var ok = editor.post(
                    "/admin/breaking/" + id,
                    Map.of("text", "نص بعد التعديل " + tag, "url", "/a/1", "expiresAt", expires),
                    "/admin/breaking/" + id + "/edit",
                    true);
            assertThat(ok.statusCode()).isEqualTo(302);
            SseClient.Event e =
                    sse.await(ev -> "changed".equals(ev.data().get("kind").asString()), WAIT);
            assertThat(e.texts()).contains("نص بعد التعديل " + tag).doesNotContain("نص قبل التعديل " + tag);
            var item = http.api("GET", "/api/v1/breaking/" + id, null).json();
            assertThat(item.get("url").asString()).isEqualTo("/a/1");
        }
        assertThat(editor.page("/admin/breaking").text()).contains("حُفظ التعديل");
    }

    @Test
    void aWriterCannotEditBreakingNews() {
        WebSession writer = new Newsroom(http).signIn(port, "writer");
        long id = post("لا يعدّله الكاتب " + tag, null);
        assertThat(writer.get("/admin/breaking/" + id + "/edit").statusCode()).isEqualTo(403);
        var r = writer.post("/admin/breaking/" + id, Map.of("text", "محاولة " + tag), "/admin", true);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(http.api("GET", "/api/v1/breaking/" + id, null)
                        .json()
                        .get("text")
                        .asString())
                .isEqualTo("لا يعدّله الكاتب " + tag);
    }

    private long post(String text, String url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (url != null) {
            body.put("url", url);
        }
        var r = http.api("POST", "/api/v1/breaking", Http.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        posted.add(id);
        return id;
    }
}
