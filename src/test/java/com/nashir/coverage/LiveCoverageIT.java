package com.nashir.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.SseClient;
import com.nashir.testing.WebSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Live coverage ("تغطية مباشرة") through the API, the public page, the live stream and the
 * newsroom's panel: updates show newest first with the key update on top, travel in the page's
 * live stream (only for public articles), the "مباشر" badge follows the state on the page and on
 * cards, the page's structured data is a LiveBlogPosting, bad input is a problem naming the field
 * and writes nothing, and only the article's people may post.
 */
@IntegrationTest
class LiveCoverageIT {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    Http http;
    Fixtures fx;
    String section;
    String tag;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        section = fx.section();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    private JsonNode liveArticle(String headline, String status) {
        Map<String, Object> a = Fixtures.article(section, headline);
        a.put("status", status);
        if (!"published".equals(status)) {
            a.remove("publishedAt");
        }
        JsonNode created = fx.post(a);
        var r = http.api("PUT", "/api/v1/articles/" + created.get("id").asLong() + "/live", "{\"state\":\"live\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return created;
    }

    private JsonNode update(long article, String html) {
        var r = http.api("POST", "/api/v1/articles/" + article + "/live-updates", Http.json(Map.of("body", html)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private Document page(JsonNode article) {
        return Jsoup.parse(
                http.get(Fixtures.path(article.get("url").asString())).body());
    }

    @Test
    void updatesShowNewestFirstWithTheKeyUpdateOnTopAndTheBadge() {
        JsonNode a = liveArticle("تغطية مباشرة لانتخابات البلدية " + tag, "published");
        long id = a.get("id").asLong();
        assertThat(page(a).select(".live-updates li")).isEmpty();
        assertThat(page(a).selectFirst(".live-none").hasAttr("hidden")).isFalse();

        long first = update(id, "<p>فتحت مراكز الاقتراع أبوابها في السابعة صباحاً.</p>")
                .get("id")
                .asLong();
        long second = update(id, "<p>نسبة المشاركة بلغت 12% حتى الظهر.</p><script>alert(1)</script>")
                .get("id")
                .asLong();
        long third = update(id, "<p>إغلاق الصناديق وبدء الفرز.</p>").get("id").asLong();

        Document p = page(a);
        assertThat(p.select(".live-updates .live-update").eachAttr("data-update"))
                .containsExactly(String.valueOf(third), String.valueOf(second), String.valueOf(first));
        assertThat(p.selectFirst(".live-coverage .live-badge").hasAttr("hidden"))
                .isFalse();
        assertThat(p.selectFirst(".live-none").hasAttr("hidden")).isTrue();
        assertThat(p.select(".live-coverage script")).isEmpty();
        assertThat(p.html()).doesNotContain("alert(1)");

        // The key update goes first, whatever its time.
        assertThat(http.api("PATCH", "/api/v1/live-updates/" + first, "{\"pinned\":true}")
                        .status())
                .isEqualTo(200);
        p = page(a);
        assertThat(p.select(".live-key .live-update").eachAttr("data-update")).containsExactly(String.valueOf(first));
        assertThat(p.selectFirst(".live-key .key-label").text()).isEqualTo("تحديث مثبّت");
        assertThat(p.select(".live-updates .live-update").eachAttr("data-update"))
                .containsExactly(String.valueOf(third), String.valueOf(second));
        // Pinning another one unpins the first.
        assertThat(http.api("PATCH", "/api/v1/live-updates/" + third, "{\"pinned\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(page(a).select(".live-key .live-update").eachAttr("data-update"))
                .containsExactly(String.valueOf(third));

        // Cards say "مباشر" while it is live: the section's listing.
        Document listing = Jsoup.parse(http.get("/section/" + section).body());
        assertThat(listing.select(".card:has(a:contains(" + tag + ")) .live-badge")
                        .text())
                .isEqualTo("مباشر");

        // Structured data: a LiveBlogPosting with its updates.
        JsonNode ld =
                Http.parse(p.selectFirst("script[type=application/ld+json]").data());
        JsonNode posting = null;
        for (JsonNode n : ld.get("@graph")) {
            if ("LiveBlogPosting".equals(n.get("@type").asString())) {
                posting = n;
            }
        }
        assertThat(posting).as(ld.toString()).isNotNull();
        assertThat(posting.get("coverageStartTime")).isNotNull();
        assertThat(posting.get("coverageEndTime")).isNull();
        assertThat(posting.get("liveBlogUpdate").size()).isEqualTo(3);
        assertThat(posting.get("liveBlogUpdate").get(0).get("@type").asString()).isEqualTo("BlogPosting");

        // Ended: the badge goes (page and cards), the updates stay, posting is refused.
        assertThat(http.api("PUT", "/api/v1/articles/" + id + "/live", "{\"state\":\"ended\"}")
                        .status())
                .isEqualTo(200);
        p = page(a);
        assertThat(p.selectFirst(".live-coverage .live-badge").hasAttr("hidden"))
                .isTrue();
        assertThat(p.selectFirst(".live-ended").hasAttr("hidden")).isFalse();
        assertThat(p.select(".live-update")).hasSize(3);
        assertThat(Jsoup.parse(http.get("/section/" + section).body())
                        .select(".card:has(a:contains(" + tag + ")) .live-badge"))
                .isEmpty();
        var refused = http.api(
                "POST", "/api/v1/articles/" + id + "/live-updates", Http.json(Map.of("body", "<p>بعد النهاية</p>")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("live").contains("استأنفها");
        JsonNode ended = Http.parse(
                page(a).selectFirst("script[type=application/ld+json]").data());
        assertThat(ended.toString()).contains("coverageEndTime");

        // An update brought over with its own time takes its place by time, dated (another day than the newest).
        var resumed = http.api("PUT", "/api/v1/articles/" + id + "/live", "{\"state\":\"live\"}");
        assertThat(resumed.status()).isEqualTo(200);
        var older = http.api(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Http.json(Map.of(
                        "body",
                        "<p>قبل يومين</p>",
                        "postedAt",
                        java.time.OffsetDateTime.now().minusDays(2).toString())));
        assertThat(older.status()).as(older.body()).isEqualTo(201);
        p = page(a);
        var last = p.select(".live-updates .live-update").last();
        assertThat(last.attr("data-update"))
                .isEqualTo(String.valueOf(older.json().get("id").asLong()));
        assertThat(last.selectFirst("time").text()).contains(" - ");
        assertThat(p.select(".live-updates .live-update")
                        .first()
                        .selectFirst("time")
                        .text())
                .doesNotContain(" - ");

        // Removing an update takes it off the page.
        assertThat(http.api("DELETE", "/api/v1/live-updates/" + second, null).status())
                .isEqualTo(204);
        assertThat(page(a).select(".live-update").eachAttr("data-update")).doesNotContain(String.valueOf(second));
        assertThat(http.api("GET", "/api/v1/articles/" + id + "/live-updates", null)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void updatesTravelInThePagesLiveStreamOnlyForPublicCoverage() throws Exception {
        JsonNode open = liveArticle("تغطية مفتوحة " + tag, "published");
        JsonNode draft = liveArticle("تغطية لم تُنشر بعد " + tag, "draft");
        long after = Long.parseLong(Jsoup.parse(http.get("/").body())
                .selectFirst("[data-breaking]")
                .attr("data-stream")
                .replaceAll(".*after=", ""));
        try (SseClient sse = SseClient.open(http.base(), "/live/breaking", String.valueOf(after))) {
            long secret = update(draft.get("id").asLong(), "<p>سرّي قبل النشر " + tag + "</p>")
                    .get("id")
                    .asLong();
            long shown = update(
                            open.get("id").asLong(),
                            "<p>وصل الوفد إلى القاعة " + tag + "</p><p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p>")
                    .get("id")
                    .asLong();
            SseClient.Event e = sse.await(
                    ev -> "live".equals(ev.name())
                            && ev.data().get("update") != null
                            && ev.data().get("update").get("id").asLong() == shown,
                    WAIT);
            assertThat(e).isNotNull();
            assertThat(e.data().get("kind").asString()).isEqualTo("live-posted");
            assertThat(e.data().get("article").asLong())
                    .isEqualTo(open.get("id").asLong());
            String html = e.data().get("update").get("html").asString();
            assertThat(html)
                    .contains("وصل الوفد إلى القاعة")
                    .contains("embed-card")
                    .doesNotContain("<iframe");
            assertThat(e.data().get("update").get("time").asString()).isNotBlank();
            for (SseClient.Event ev : sse.drain()) {
                assertThat(ev.data().toString()).doesNotContain("سرّي قبل النشر");
                if (ev.data().get("update") != null) {
                    assertThat(ev.data().get("update").get("id").asLong()).isNotEqualTo(secret);
                }
            }
            // A removed update is announced by its id; the state too.
            assertThat(http.api("DELETE", "/api/v1/live-updates/" + shown, null).status())
                    .isEqualTo(204);
            assertThat(sse.await(
                            ev -> "live".equals(ev.name())
                                    && "live-deleted"
                                            .equals(ev.data().get("kind").asString()),
                            WAIT))
                    .isNotNull();
            assertThat(http.api("PUT", "/api/v1/articles/" + open.get("id").asLong() + "/live", "{\"state\":\"ended\"}")
                            .status())
                    .isEqualTo(200);
            SseClient.Event state = sse.await(
                    ev -> "live".equals(ev.name())
                            && "live-state".equals(ev.data().get("kind").asString()),
                    WAIT);
            assertThat(state.data().get("state").asString()).isEqualTo("ended");
        }
        // The catch-up address gives the same shapes, for public coverage only.
        var feed = http.get("/live/coverage/" + open.get("id").asLong());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.json().get("state").asString()).isEqualTo("ended");
        var hidden = http.get("/live/coverage/" + draft.get("id").asLong());
        assertThat(hidden.status()).isEqualTo(404);
        // The site's Arabic 404 page, as on the public site's other addresses.
        assertThat(hidden.body()).contains("الصفحة غير موجودة");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        JsonNode a = liveArticle("تغطية للمدخلات الخاطئة " + tag, "published");
        long id = a.get("id").asLong();
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of("body", "   "),
                400,
                "body",
                "نص التحديث مطلوب");
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of("body", "<script>x()</script>"),
                400,
                "body",
                "نص التحديث مطلوب");
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of("body", "<p>نص</p>", "image", "/media/none/missing.jpg"),
                400,
                "image",
                "مكتبة الوسائط");
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of("body", "<p>" + "ن".repeat(LiveCoverage.MAX_CHARS) + "</p>"),
                400,
                "body",
                "أطول");
        problem("PUT", "/api/v1/articles/" + id + "/live", Map.of("state", "maybe"), 400, "state", "live");
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of("body", "<p>نص</p>", "postedAt", "أمس"),
                400,
                "postedAt",
                "ISO-8601");
        problem(
                "POST",
                "/api/v1/articles/" + id + "/live-updates",
                Map.of(
                        "body",
                        "<p>نص</p>",
                        "postedAt",
                        java.time.OffsetDateTime.now().plusHours(2).toString()),
                400,
                "postedAt",
                "المستقبل");
        long plain =
                fx.post(Fixtures.article(section, "مقال عادي " + tag)).get("id").asLong();
        problem(
                "POST",
                "/api/v1/articles/" + plain + "/live-updates",
                Map.of("body", "<p>نص</p>"),
                409,
                "live",
                "ابدأ التغطية");
        problem("PUT", "/api/v1/articles/" + plain + "/live", Map.of("state", "ended"), 409, "live", "ليس تغطية");
        problem(
                "POST",
                "/api/v1/articles/999999999/live-updates",
                Map.of("body", "<p>نص</p>"),
                404,
                null,
                "لا يوجد مقال");
        assertThat(http.api("GET", "/api/v1/articles/" + id + "/live-updates", null)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(http.api("GET", "/api/v1/articles/" + plain, null).json().has("live"))
                .isFalse();
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("live")
                        .asString())
                .isEqualTo("live");
    }

    @Test
    void writersPostToTheirOwnCoverageAndEditorsToAny() {
        Newsroom people = new Newsroom(http);
        JsonNode editors = liveArticle("تغطية المحررين " + tag, "published");
        long editorsId = editors.get("id").asLong();
        // A writer's own draft: the writer starts it and posts.
        Map<String, Object> own = Fixtures.article(section, "تغطية الكاتب " + tag);
        own.put("status", "draft");
        own.remove("publishedAt");
        var created = http.apiAs(people.writer, "POST", "/api/v1/articles", Http.json(own));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long mine = created.json().get("id").asLong();
        assertThat(http.apiAs(people.writer, "PUT", "/api/v1/articles/" + mine + "/live", "{\"state\":\"live\"}")
                        .status())
                .isEqualTo(200);
        var posted = http.apiAs(
                people.writer,
                "POST",
                "/api/v1/articles/" + mine + "/live-updates",
                Http.json(Map.of("body", "<p>من الميدان</p>")));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long writersUpdate = posted.json().get("id").asLong();

        // Not someone else's coverage, and a contributor not at all.
        assertThat(http.apiAs(
                                people.writer,
                                "POST",
                                "/api/v1/articles/" + editorsId + "/live-updates",
                                Http.json(Map.of("body", "<p>ليس لي</p>")))
                        .status())
                .isEqualTo(403);
        assertThat(http.apiAs(
                                people.contributor,
                                "POST",
                                "/api/v1/articles/" + editorsId + "/live-updates",
                                Http.json(Map.of("body", "<p>مساهم</p>")))
                        .status())
                .isEqualTo(403);
        assertThat(http.apiAs(people.writer, "PUT", "/api/v1/articles/" + editorsId + "/live", "{\"state\":\"ended\"}")
                        .status())
                .isEqualTo(403);
        assertThat(http.apiAs(people.writer, "GET", "/api/v1/articles/" + editorsId + "/live-updates", null)
                        .status())
                .isEqualTo(403);
        // An editor may post to the writer's coverage and remove the writer's update; a second writer may not.
        assertThat(http.apiAs(
                                people.editor,
                                "POST",
                                "/api/v1/articles/" + mine + "/live-updates",
                                Http.json(Map.of("body", "<p>من المحرر</p>")))
                        .status())
                .isEqualTo(201);
        String otherWriter = people.tokenFor("writer");
        assertThat(http.apiAs(otherWriter, "DELETE", "/api/v1/live-updates/" + writersUpdate, null)
                        .status())
                .isEqualTo(403);
        assertThat(http.apiAs(people.editor, "DELETE", "/api/v1/live-updates/" + writersUpdate, null)
                        .status())
                .isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/audit?action=article.live.update", null)
                        .body())
                .contains("article " + mine);
    }

    @Test
    void theNewsroomPanelStartsPostsPinsAndEnds() {
        Newsroom people = new Newsroom(http);
        WebSession editor = people.signIn(port, "editor");
        long id = fx.post(Fixtures.article(section, "تغطية من غرفة الأخبار " + tag))
                .get("id")
                .asLong();
        String panel = "/admin/articles/" + id;
        assertThat(editor.page(panel).select("#live button").text()).contains("ابدأ تغطية مباشرة");
        assertThat(editor.post(panel + "/live/start", Map.of(), panel, true).statusCode())
                .isEqualTo(302);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("text", "السطر الأول من التحديث " + tag + "\n\nhttps://x.com/nashir/status/1234567890");
        form.put("image", "");
        assertThat(editor.post(panel + "/live/updates", form, panel, true).statusCode())
                .isEqualTo(302);
        Document admin = editor.page(panel);
        assertThat(admin.select("#message").text()).contains("نُشر التحديث");
        assertThat(admin.select(".live-desk-updates li")).hasSize(1);

        // An empty update is refused and what was typed stays in the box.
        form.put("text", "  ");
        form.put("image", "/media/لا-توجد.jpg");
        editor.post(panel + "/live/updates", form, panel, true);
        admin = editor.page(panel);
        assertThat(admin.select("#message").text()).isNotBlank();
        assertThat(admin.selectFirst("input[name=image]").val()).isEqualTo("/media/لا-توجد.jpg");
        assertThat(admin.select(".live-desk-updates li")).hasSize(1);

        Document pub = page(http.api("GET", "/api/v1/articles/" + id, null).json());
        assertThat(pub.select(".live-update-body p").first().text()).contains("السطر الأول من التحديث " + tag);
        assertThat(pub.select(".live-update-body figure.embed[data-provider=x]"))
                .hasSize(1);

        long update =
                Long.parseLong(admin.selectFirst(".live-desk-updates li").id().replace("live-update-", ""));
        assertThat(editor.post("/admin/live-updates/" + update + "/pin", Map.of("pinned", "true"), panel, true)
                        .statusCode())
                .isEqualTo(302);
        assertThat(editor.page(panel).select(".live-desk-updates li.pinned")).hasSize(1);
        assertThat(editor.post(panel + "/live/end", Map.of(), panel, true).statusCode())
                .isEqualTo(302);
        assertThat(editor.page(panel).select("#live button").text()).contains("استأنف التغطية");
        // Without the CSRF token nothing happens.
        assertThat(editor.post(panel + "/live/start", Map.of(), panel, false).statusCode())
                .isEqualTo(403);
    }

    private void problem(
            String method, String path, Map<String, Object> body, int status, String field, String message) {
        var r = http.api(method, path, Http.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.body()).contains("\"" + field + "\"");
        }
        assertThat(r.body()).contains(message);
    }
}
