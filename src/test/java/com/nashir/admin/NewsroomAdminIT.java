package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The newsroom at /admin: login, sessions, CSRF, throttling, and the workflow buttons per role. */
@IntegrationTest
class NewsroomAdminIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
    }

    @Test
    void adminPagesNeedALogin() {
        var r = new WebSession(port).get("/admin");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
    }

    @Test
    void wrongPasswordShowsAnArabicMessageAndRightOneOpensTheDashboard() {
        String username = username(people.user("writer"));
        WebSession s = new WebSession(port);
        var bad = s.login(username, "not-the-password");
        assertThat(bad.headers().firstValue("Location").orElse("")).contains("/admin/login?error");
        assertThat(s.page("/admin/login?error").selectFirst("[role=alert]").text())
                .contains("كلمة المرور غير صحيحة");

        var ok = s.login(username, people.password());
        assertThat(ok.statusCode()).isEqualTo(302);
        Document dashboard = s.page("/admin");
        assertThat(dashboard.selectFirst("h1").text()).isEqualTo("لوحة التحرير");
        assertThat(dashboard.selectFirst(".admin-me").text())
                .contains("مستخدم writer")
                .contains("كاتب");
        assertThat(ok.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession s = new WebSession(port);
        s.login(username(people.user("editor")), people.password());
        var r = s.post("/admin/logout", Map.of(), "/admin", false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(s.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPassword() {
        String username = username(people.user("writer"));
        WebSession s = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            s.login(username, "wrong-" + i);
        }
        var r = s.login(username, people.password());
        assertThat(r.headers().firstValue("Location").orElse("")).contains("error");
        assertThat(s.page("/admin/login?error").selectFirst("[role=alert]").text())
                .contains("حاول بعد");
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnce() {
        long id = people.user("editor");
        WebSession s = new WebSession(port);
        s.login(username(id), people.password());
        assertThat(s.get("/admin").statusCode()).isEqualTo(200);
        http.api("POST", "/api/v1/users/" + id + "/enabled", "{\"enabled\": false}");
        var r = s.get("/admin");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/admin/login?ended");
    }

    @Test
    void editorPublishesWhatAWriterSubmitted() {
        String section = new Fixtures(http).section();
        long writerId = people.user("writer");
        String writerToken = people.token(writerId);
        var a = Fixtures.article(section, "مقال من غرفة الأخبار " + people.suffix);
        a.put("status", "review");
        long id = http.apiAs(writerToken, "POST", "/api/v1/articles", Http.json(a))
                .json()
                .get("id")
                .asLong();

        WebSession writer = new WebSession(port);
        writer.login(username(writerId), people.password());
        Document asWriter = writer.page("/admin/articles/" + id);
        assertThat(asWriter.select("button:contains(نشر)").eachText()).doesNotContain("نشر");

        WebSession editor = new WebSession(port);
        editor.login(username(people.user("editor")), people.password());
        assertThat(editor.page("/admin").select(".panel").get(1).text())
                .contains("مقال من غرفة الأخبار " + people.suffix);
        String version = editor.page("/admin/articles/" + id)
                .selectFirst("input[name=version]")
                .attr("value");
        // Publishing asks first: without the confirmation the answer is the page that asks, and nothing changes.
        var asked = editor.post(
                "/admin/articles/" + id + "/status",
                Map.of("status", "published", "version", version),
                "/admin/articles/" + id,
                true);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(asked.body())
                        .selectFirst("#confirm-publish input[name=confirm]")
                        .attr("value"))
                .isEqualTo("true");
        assertThat(http.get("/a/" + id).status()).isEqualTo(404);
        var publish = editor.post(
                "/admin/articles/" + id + "/status",
                Map.of("status", "published", "version", version, "confirm", "true"),
                "/admin/articles/" + id,
                true);
        assertThat(publish.statusCode()).isEqualTo(302);
        assertThat(editor.page("/admin/articles/" + id).selectFirst(".notice").text())
                .isEqualTo("تغيّرت حالة المقال.");
        assertThat(http.get("/a/" + id).status()).isEqualTo(301);
        Document after = editor.page("/admin/articles/" + id);
        assertThat(after.selectFirst(".status").text()).isEqualTo("منشور");
        assertThat(after.select("table.revisions tbody tr")).hasSize(2);
        assertThat(after.select("table.diff tr.diff-change").text())
                .contains("الحالة")
                .contains("بانتظار المراجعة")
                .contains("منشور");
    }

    @Test
    void articleListFiltersByStatusAndText() {
        String section = new Fixtures(http).section();
        var a = Fixtures.article(section, "خبر فريد للتصفية " + people.suffix);
        a.put("status", "draft");
        http.api("POST", "/api/v1/articles", Http.json(a));
        WebSession s = new WebSession(port);
        s.login(username(people.user("editor")), people.password());
        Document list = s.page("/admin/articles?status=draft&q="
                + java.net.URLEncoder.encode("فريد للتصفية " + people.suffix, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.select("table.rows tbody tr")).hasSize(1);
        assertThat(s.page("/admin/articles?status=published&q=" + people.suffix + "x")
                        .select("table.rows tbody tr"))
                .isEmpty();
    }

    @Test
    void editorPostsAndEndsABreakingItemFromTheNewsroom() {
        WebSession s = new WebSession(port);
        s.login(username(people.user("editor")), people.password());
        String text = "عاجل من غرفة الأخبار " + people.suffix;
        var posted =
                s.post("/admin/breaking", Map.of("text", text, "url", "", "expiresAt", ""), "/admin/breaking", true);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(s.page("/admin/breaking").selectFirst("#message").text()).isEqualTo("نُشر الخبر العاجل.");
        assertThat(http.get("/").body().replaceAll("</?bdi[^>]*>", ""))
                .contains(text); // Latin runs are isolated in <bdi>
        Document desk = s.page("/admin/breaking");
        String endAction = desk.select("table.rows tr:contains(" + people.suffix + ") form[action$=/end]")
                .attr("action");
        s.post(endAction, Map.of(), "/admin/breaking", true);
        assertThat(http.get("/").body()).doesNotContain(text);

        WebSession writer = new WebSession(port);
        writer.login(username(people.user("writer")), people.password());
        assertThat(writer.get("/admin/breaking").statusCode()).isEqualTo(403);
    }

    private String username(long id) {
        return http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
    }
}
