package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Roles and the editorial workflow through the JSON API: the same rules the admin UI enforces. */
@IntegrationTest
class NewsroomApiIT {
    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Http http;
    Newsroom people;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
        section = new Fixtures(http).section();
    }

    @Test
    void contributorWritesDraftsOnly() {
        var draft = draft("مسودة مساهم");
        assertThat(as(people.contributor, "POST", "/api/v1/articles", draft).status())
                .isEqualTo(201);
        var review = draft("للمراجعة");
        review.put("status", "review");
        assertForbidden(as(people.contributor, "POST", "/api/v1/articles", review), "writer");
        var published = Fixtures.article(section, "منشور");
        assertForbidden(as(people.contributor, "POST", "/api/v1/articles", published), "editor");
    }

    @Test
    void writerSubmitsForReviewButCannotPublish() {
        var review = draft("مقال الكاتب");
        review.put("status", "review");
        var created = as(people.writer, "POST", "/api/v1/articles", review);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(as(people.writer, "PATCH", "/api/v1/articles/" + id, Map.of("headline", "عنوان معدل"))
                        .status())
                .isEqualTo(200);
        assertForbidden(as(people.writer, "PATCH", "/api/v1/articles/" + id, Map.of("status", "published")), "editor");
        assertForbidden(
                as(people.writer, "POST", "/api/v1/sections", Map.of("slug", "w-" + people.suffix, "name", "قسم")),
                "editor");
        assertForbidden(as(people.writer, "POST", "/api/v1/breaking", Map.of("text", "عاجل")), "editor");
    }

    @Test
    void writerCannotTouchSomeoneElsesArticle() {
        long id = as(people.editor, "POST", "/api/v1/articles", draft("مقال المحرر"))
                .json()
                .get("id")
                .asLong();
        assertForbidden(as(people.writer, "PATCH", "/api/v1/articles/" + id, Map.of("headline", "اختطاف")), "editor");
        assertForbidden(as(people.writer, "DELETE", "/api/v1/articles/" + id, null), "editor");
    }

    @Test
    void editorPublishesAWritersArticleAndTheSiteShowsIt() {
        var review = draft("مقال ينتظر النشر " + people.suffix);
        review.put("status", "review");
        long id = as(people.writer, "POST", "/api/v1/articles", review)
                .json()
                .get("id")
                .asLong();
        assertThat(http.get("/a/" + id).status()).isEqualTo(404);
        var published = as(people.editor, "PATCH", "/api/v1/articles/" + id, Map.of("status", "published"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("publishedAt").asString()).isNotBlank();
        assertThat(http.get("/a/" + id).status()).isEqualTo(301);
        assertThat(auditActions()).contains("article.published");
    }

    @Test
    void onlyAdminsManageUsersAndReadTheAuditLog() {
        assertForbidden(as(people.editor, "GET", "/api/v1/users", null), "admin");
        assertForbidden(as(people.editor, "GET", "/api/v1/audit", null), "admin");
        assertThat(as(people.admin, "GET", "/api/v1/users", null).status()).isEqualTo(200);
        long writerId = people.user("writer");
        var promoted = as(people.admin, "PATCH", "/api/v1/users/" + writerId, Map.of("role", "editor"));
        assertThat(promoted.json().get("role").asString()).isEqualTo("editor");
        assertThat(auditActions()).contains("user.role");
    }

    @Test
    void disabledUsersTokensStopAtOnce() {
        long id = people.user("writer");
        String token = people.token(id);
        assertThat(as(token, "GET", "/api/v1/me", null).status()).isEqualTo(200);
        assertThat(http.api("POST", "/api/v1/users/" + id + "/enabled", "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        assertThat(as(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(http.api("POST", "/api/v1/users/" + id + "/enabled", "{\"enabled\": true}")
                        .status())
                .isEqualTo(200);
        // Re-enabling the account does not bring back tokens made before it was disabled (issue 12, finding 10).
        assertThat(as(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(as(people.token(id), "GET", "/api/v1/me", null).status()).isEqualTo(200);
    }

    @Test
    void revokedTokensStopAtOnce() {
        String token = people.tokenFor("writer");
        var mine = as(token, "GET", "/api/v1/me/tokens", null).json().get("items");
        assertThat(mine.size()).isEqualTo(1);
        long tokenId = mine.get(0).get("id").asLong();
        assertThat(as(token, "DELETE", "/api/v1/me/tokens/" + tokenId, null).status())
                .isEqualTo(204);
        assertThat(as(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void loginGivesATokenAndRepeatedFailuresAreThrottled() {
        // Every test signs in from this machine's one address: other tests' failures must not count here.
        jdbc.sql("delete from login_failure where throttle_key like 'address:%'")
                .update();
        long id = people.user("writer");
        String username = http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
        var ok = http.apiAs(
                null,
                "POST",
                "/api/v1/auth/token",
                Http.json(Map.of("login", username, "password", people.password())));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(as(ok.json().get("token").asString(), "GET", "/api/v1/me", null)
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("writer");

        for (int i = 0; i < 5; i++) {
            var bad = http.apiAs(
                    null,
                    "POST",
                    "/api/v1/auth/token",
                    Http.json(Map.of("login", username, "password", "wrong-password")));
            assertThat(bad.status()).isEqualTo(401);
        }
        var throttled = http.apiAs(
                null,
                "POST",
                "/api/v1/auth/token",
                Http.json(Map.of("login", username, "password", people.password())));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(throttled.json().get("detail").asString()).contains("حاول بعد");
        assertThat(auditActions()).contains("login.failed", "login");
    }

    @Test
    void scheduledArticleGoesOutOnTimeExactlyOnce() throws Exception {
        var a = Fixtures.article(section, "خبر مجدول " + people.suffix);
        a.put("publishedAt", Instant.now().plusSeconds(3).toString());
        JsonNode created = as(people.editor, "POST", "/api/v1/articles", a).json();
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("scheduled");
        assertThat(http.get("/a/" + id).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(35))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/a/" + id).status() == 301);
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("published");
    }

    @Test
    void schedulingNeedsAFutureTime() {
        var a = Fixtures.article(section, "جدولة بلا موعد");
        a.put("status", "scheduled");
        a.put("publishedAt", "2020-01-01T00:00:00Z");
        var r = as(people.editor, "POST", "/api/v1/articles", a);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("publishedAt");
    }

    @Test
    void everySaveKeepsARevisionWithAReadableDiffAndRestore() {
        var a = Fixtures.article(section, "خبر بنسخ");
        a.put("body", "<p>الفقرة الأولى كما كتبت.</p><p>الفقرة الثانية.</p>");
        long id = as(people.editor, "POST", "/api/v1/articles", a)
                .json()
                .get("id")
                .asLong();
        as(
                people.editor,
                "PATCH",
                "/api/v1/articles/" + id,
                Map.of(
                        "body",
                        "<p>الفقرة الأولى بعد التعديل.</p><p>الفقرة الثانية.</p><p>فقرة <script>x</script> جديدة &lt;b&gt;</p>"));
        JsonNode revisions = http.api("GET", "/api/v1/articles/" + id + "/revisions", null)
                .json()
                .get("items");
        assertThat(revisions.size()).isEqualTo(2);
        long newer = revisions.get(0).get("id").asLong();
        long older = revisions.get(1).get("id").asLong();
        assertThat(revisions.get(0).get("actor").asString()).isEqualTo("مستخدم editor");

        JsonNode changes = http.api("GET", "/api/v1/articles/" + id + "/diff?from=" + older + "&to=" + newer, null)
                .json()
                .get("changes");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.get(0).get("field").asString()).isEqualTo("body");
        String diff = changes.toString();
        assertThat(diff)
                .contains("<del>كما</del>")
                .contains("<del>كتبت</del>")
                .contains("<ins>بعد</ins>")
                .contains("<ins>التعديل</ins>");
        assertThat(diff).doesNotContain("<script>").contains("&lt;b&gt;");

        var restored = http.api("POST", "/api/v1/articles/" + id + "/revisions/" + older + "/restore", null);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("body").asString())
                .isEqualTo("<p>الفقرة الأولى كما كتبت.</p><p>الفقرة الثانية.</p>");
    }

    @Test
    void correctionsShowUnderTheBodyAndCountAsAnUpdate() {
        JsonNode created = as(people.editor, "POST", "/api/v1/articles", Fixtures.article(section, "خبر يحتاج تصحيحاً"))
                .json();
        long id = created.get("id").asLong();
        assertForbidden(
                as(people.writer, "POST", "/api/v1/articles/" + id + "/corrections", Map.of("text", "x")), "editor");
        var c = as(
                people.editor,
                "POST",
                "/api/v1/articles/" + id + "/corrections",
                Map.of("text", "صُحّح اسم الوزير في الفقرة الثانية."));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        var page = Jsoup.parse(
                http.get(Fixtures.path(created.get("url").asString())).body());
        assertThat(page.selectFirst(".corrections").text())
                .contains("تصحيح")
                .contains("صُحّح اسم الوزير في الفقرة الثانية.");
        assertThat(page.selectFirst(".updated")).isNotNull();
    }

    @Test
    void trashRestoreAndPurge() {
        long id = as(people.writer, "POST", "/api/v1/articles", draft("مسودة للحذف"))
                .json()
                .get("id")
                .asLong();
        assertThat(as(people.writer, "DELETE", "/api/v1/articles/" + id, null).status())
                .isEqualTo(204);
        assertThat(as(people.writer, "GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("trashed");
        assertThat(as(people.writer, "PATCH", "/api/v1/articles/" + id, Map.of("headline", "x"))
                        .status())
                .isEqualTo(409);
        assertThat(as(people.writer, "POST", "/api/v1/articles/" + id + "/restore", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("draft");
        as(people.writer, "DELETE", "/api/v1/articles/" + id, null);
        assertForbidden(as(people.writer, "DELETE", "/api/v1/articles/" + id + "?purge=true", null), "editor");
        assertThat(as(people.editor, "DELETE", "/api/v1/articles/" + id + "?purge=true", null)
                        .status())
                .isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/articles/" + id, null).status()).isEqualTo(404);
    }

    private Map<String, Object> draft(String headline) {
        var a = Fixtures.article(section, headline);
        a.put("status", "draft");
        return a;
    }

    private Http.Response as(String token, String method, String path, Object body) {
        return http.apiAs(token, method, path, body == null ? null : Http.json(body));
    }

    private List<String> auditActions() {
        return http.api("GET", "/api/v1/audit?perPage=100", null)
                .json()
                .get("items")
                .valueStream()
                .map(e -> e.get("action").asString())
                .toList();
    }

    private static void assertForbidden(Http.Response r, String role) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("requiredRole").asString()).isEqualTo(role);
        assertThat(r.json().get("detail").asString()).matches(".*[\\u0600-\\u06FF].*");
    }
}
