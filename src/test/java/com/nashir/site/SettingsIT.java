package com.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.OtherNode;
import com.nashir.testing.TestDatabase;
import com.nashir.testing.WebSession;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Site settings stored in the database: the admin page and the API change them, the public site
 * shows the change on the next request (on another node too, within about a second), bad values
 * are refused naming the field, and only admins may touch them. Runs in its own application (the
 * property below), so no other test sees its settings.
 */
@IntegrationTest
@TestPropertySource(properties = "nashir.test.context=settings")
class SettingsIT {
    static final Map<String, Object> DEFAULTS = Map.of(
            "name",
            "ناشر",
            "tagline",
            "أخبار اليوم بالعربية",
            "timeZone",
            "Asia/Damascus",
            "months",
            "gulf",
            "digits",
            "western",
            "hijri",
            false,
            "commentsCloseDays",
            14,
            "pageSize",
            12,
            "trustReturningCommenters",
            false,
            "feedContent",
            "full");

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    Http http;
    Newsroom people;
    Fixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
        fx = new Fixtures(http);
        Map<String, Object> reset = new LinkedHashMap<>(DEFAULTS);
        reset.put("logoMediaId", null);
        var r = http.api("PUT", "/api/v1/settings", Http.json(reset));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void monthsAndDigitsChangedOnTheAdminPageShowOnTheNextRequest() {
        String path = Fixtures.path(fx.post(Fixtures.article(fx.section(), "خبر التاريخ"))
                .get("url")
                .asString());
        assertThat(publishedText(path)).isEqualTo("17 يونيو 2024");

        WebSession admin = adminSession();
        Map<String, String> form = formValues(admin.page("/admin/settings"));
        form.put("months", "levantine");
        form.put("digits", "eastern");
        var saved = admin.post("/admin/settings", form, "/admin/settings", true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(admin.page("/admin/settings").selectFirst("#message").text()).contains("حُفظت الإعدادات");

        assertThat(publishedText(path)).isEqualTo("١٧ حزيران ٢٠٢٤");
        JsonNode api = http.api("GET", "/api/v1/settings", null).json();
        assertThat(api.get("months").asString()).isEqualTo("levantine");
        assertThat(api.get("digits").asString()).isEqualTo("eastern");
        assertThat(api.get("source").asString()).isEqualTo("database");
        assertThat(api.get("updatedBy").asString()).isEqualTo("مستخدم admin");
    }

    @Test
    void aChangeMadeThroughOneNodeShowsOnAnotherWithinAboutASecond() throws Exception {
        String path = Fixtures.path(fx.post(Fixtures.article(fx.section(), "خبر العقدتين"))
                .get("url")
                .asString());
        try (ConfigurableApplicationContext second = OtherNode.startPlain(env)) {
            Http other = new Http(OtherNode.port(second));
            assertThat(Jsoup.parse(other.get(path).body())
                            .selectFirst("time.published")
                            .text()
                            .replaceFirst(" - .*$", ""))
                    .isEqualTo("17 يونيو 2024");
            other.get(path); // now in the second node's page cache

            assertThat(http.api("PATCH", "/api/v1/settings", "{\"months\": \"maghrebi\"}")
                            .status())
                    .isEqualTo(200);
            String shown = await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> Jsoup.parse(other.get(path).body())
                                    .selectFirst("time.published")
                                    .text()
                                    .replaceFirst(" - .*$", ""),
                            s -> s.contains("جوان"));
            assertThat(shown).isEqualTo("17 جوان 2024");
        }
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheField() {
        var api = http.api("PATCH", "/api/v1/settings", "{\"timeZone\": \"Mars/Olympus\", \"pageSize\": 0}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("field").asString()).isEqualTo("timeZone");
        assertThat(api.json().get("detail").asString()).contains("منطقة زمنية غير معروفة");
        assertThat(api.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactly("timeZone", "pageSize");

        WebSession admin = adminSession();
        Map<String, String> form = formValues(admin.page("/admin/settings"));
        form.put("timeZone", "Mars/Olympus");
        form.put("months", "dual");
        form.put("pageSize", "كثير");
        var refused = admin.post("/admin/settings", form, "/admin/settings", true);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#s-zone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#s-zone").val()).isEqualTo("Mars/Olympus");
        assertThat(page.selectFirst("#s-zone ~ p.field-error").text()).contains("منطقة زمنية غير معروفة");
        assertThat(page.selectFirst("#s-page-size ~ p.field-error").text()).contains("بين 1 و100");
        assertThat(page.selectFirst("[role=alert]").text())
                .contains("منطقة زمنية")
                .contains("عدد المقالات");

        JsonNode stored = http.api("GET", "/api/v1/settings", null).json();
        assertThat(stored.get("timeZone").asString()).isEqualTo("Asia/Damascus");
        assertThat(stored.get("months").asString()).isEqualTo("gulf");
        assertThat(stored.get("pageSize").asInt()).isEqualTo(12);
    }

    @Test
    void onlyAdminsMayReadOrChangeTheSettings() {
        for (String token : List.of(people.editor, people.writer)) {
            var get = http.apiAs(token, "GET", "/api/v1/settings", null);
            assertThat(get.status()).isEqualTo(403);
            assertThat(get.json().get("requiredRole").asString()).isEqualTo("admin");
            assertThat(http.apiAs(token, "PATCH", "/api/v1/settings", "{\"name\": \"اختطاف\"}")
                            .status())
                    .isEqualTo(403);
        }
        WebSession editor = new WebSession(port);
        editor.login(username(people.user("editor")), people.password());
        var page = editor.get("/admin/settings");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("إعدادات الموقع للمدير فقط");
        assertThat(editor.post("/admin/settings", Map.of("name", "اختطاف"), "/admin", true)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.api("GET", "/api/v1/settings", null).json().get("name").asString())
                .isEqualTo("ناشر");
        assertThat(http.get("/").body()).doesNotContain("اختطاف");
    }

    @Test
    void everySaveIsInTheAuditLogWithWhatChanged() {
        String name = "صحيفة " + people.suffix;
        assertThat(http.api("PATCH", "/api/v1/settings", Http.json(Map.of("name", name, "hijri", true)))
                        .status())
                .isEqualTo(200);
        JsonNode entry = http.api("GET", "/api/v1/audit?perPage=100", null)
                .json()
                .get("items")
                .valueStream()
                .filter(e -> e.get("action").asString().equals("settings.update"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("detail").asString()).isEqualTo("name: ناشر → " + name + "; hijri: false → true");
    }

    @Test
    void theLogoIsShownInTheMastheadWithTheSiteNameAsItsText() throws Exception {
        long logo = uploadLogo();
        String name = "<b>ناشر</b> & شركاه";
        var r = http.api("PATCH", "/api/v1/settings", Http.json(Map.of("logoMediaId", logo, "name", name)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("logoUrl").asString()).contains("/media/");

        String body = http.get("/").body();
        var img = Jsoup.parse(body).selectFirst("header.masthead a.brand img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo(name);
        assertThat(img.attr("src")).startsWith("/media/").endsWith("-320.jpg");
        assertThat(body).doesNotContain("<b>ناشر</b>");

        assertThat(http.api("PATCH", "/api/v1/settings", "{\"logoMediaId\": null}")
                        .status())
                .isEqualTo(200);
        assertThat(Jsoup.parse(http.get("/").body()).select("header.masthead a.brand img"))
                .isEmpty();
        assertThat(http.api("PATCH", "/api/v1/settings", "{\"logoMediaId\": 987654321}")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("logoMediaId");
    }

    @Test
    void pageSizeAndCommentClosingFollowTheSettings() {
        String section = fx.section();
        for (int i = 1; i <= 3; i++) {
            fx.post(Fixtures.article(section, "خبر الصفحة " + i));
        }
        assertThat(http.api("PATCH", "/api/v1/settings", "{\"pageSize\": 2}").status())
                .isEqualTo(200);
        Document listing = Jsoup.parse(http.get("/section/" + section).body());
        assertThat(listing.select(".grid.list article")).hasSize(2);
        assertThat(http.get("/section/" + section + "?page=2").status()).isEqualTo(200);

        // Published in 2024 with comments open: closed by age at 14 days, open again with 0 (never).
        String path = Fixtures.path(fx.post(Fixtures.article(section, "خبر قديم التعليقات"))
                .get("url")
                .asString());
        assertThat(http.get(path).body()).contains("عذراً التعليقات مغلقة");
        assertThat(http.api("PATCH", "/api/v1/settings", "{\"commentsCloseDays\": 0}")
                        .status())
                .isEqualTo(200);
        assertThat(http.get(path).body()).doesNotContain("عذراً التعليقات مغلقة");
    }

    @Test
    void feedsCarryWholeArticlesOrSummariesAsTheSettingSays() {
        String section = fx.section();
        var a = Fixtures.article(section, "خبر للخلاصة");
        a.put("summary", "ملخص قصير للخبر");
        a.put("body", "<p>النص الكامل للخبر في الخلاصة.</p>");
        fx.post(a);
        String rss = "/section/" + section + "/feed";
        assertThat(http.get(rss).body()).contains("<content:encoded>").contains("النص الكامل للخبر");
        assertThat(http.get("/section/" + section + "/feed.json")
                        .json()
                        .get("items")
                        .get(0)
                        .has("content_html"))
                .isTrue();

        var bad = http.api("PATCH", "/api/v1/settings", "{\"feedContent\": \"everything\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("feedContent");

        var saved = http.api("PATCH", "/api/v1/settings", "{\"feedContent\": \"summary\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("feedContent").asString()).isEqualTo("summary");
        assertThat(http.get(rss).body())
                .doesNotContain("<content:encoded>")
                .doesNotContain("النص الكامل للخبر")
                .contains("ملخص قصير للخبر");
        assertThat(http.get("/section/" + section + "/feed/atom").body())
                .doesNotContain("<content")
                .contains("ملخص قصير للخبر");
        JsonNode item = http.get("/section/" + section + "/feed.json")
                .json()
                .get("items")
                .get(0);
        assertThat(item.has("content_html")).isFalse();
        assertThat(item.get("content_text").asString()).isEqualTo("ملخص قصير للخبر");
    }

    /** The publish line's date (the time after " - " aside). */
    private String publishedText(String path) {
        return Jsoup.parse(http.get(path).body())
                .selectFirst("time.published")
                .text()
                .replaceFirst(" - .*$", "");
    }

    private WebSession adminSession() {
        WebSession s = new WebSession(port);
        var r = s.login(username(people.user("admin")), people.password());
        assertThat(r.statusCode()).isEqualTo(302);
        return s;
    }

    /** What the settings form would post as it stands: text fields, chosen options, ticked boxes. */
    static Map<String, String> formValues(Document page) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var input : page.select("#settings-form input[name]")) {
            String type = input.attr("type");
            if (input.attr("name").equals("_csrf")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            values.put(input.attr("name"), input.val());
        }
        for (var select : page.select("#settings-form select[name]")) {
            var chosen = select.selectFirst("option[selected]");
            values.put(
                    select.attr("name"),
                    chosen == null ? select.selectFirst("option").val() : chosen.val());
        }
        return values;
    }

    private String username(long id) {
        return http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
    }

    /** A 480×120 JPEG through the media API; returns its id. */
    private long uploadLogo() throws IOException, InterruptedException {
        BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(138, 28, 28));
        g.fillRect(0, 0, 480, 120);
        g.dispose();
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        String boundary = "----nashir-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nشعار\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/media"))
                .header("Authorization", "Bearer " + TestDatabase.ADMIN_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> r =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.parse(r.body()).get("id").asLong();
    }
}
