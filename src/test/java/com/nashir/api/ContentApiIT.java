package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The content API: authentication, problem+json errors that name the field, no partial writes, CRUD. */
@IntegrationTest
class ContentApiIT {
    @LocalServerPort
    int port;

    Http http;
    Fixtures fx;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        section = fx.section();
    }

    @Test
    void rejectsCallsWithoutOrWithWrongToken() {
        var none = http.apiAs(null, "GET", "/api/v1/articles", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().get("field").asString()).isEqualTo("Authorization");
        assertThat(http.apiAs("nsh_wrong", "GET", "/api/v1/articles", null).status())
                .isEqualTo(401);
    }

    @Test
    void missingHeadlineIs400NamingTheFieldAndWritesNothing() {
        long before = total();
        var a = Fixtures.article(section, "");
        a.remove("headline");
        var r = http.api("POST", "/api/v1/articles", Http.json(a));
        assertProblem(r, 400, "headline");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownSectionIs400() {
        var r = http.api("POST", "/api/v1/articles", Http.json(Fixtures.article("no-such-section", "عنوان")));
        assertProblem(r, 400, "section");
    }

    @Test
    void malformedDateIs400() {
        var a = Fixtures.article(section, "عنوان");
        a.put("publishedAt", "17/06/2024");
        assertProblem(http.api("POST", "/api/v1/articles", Http.json(a)), 400, "publishedAt");
    }

    @Test
    void unknownAuthorIs400AndCreatesNoDeskOrTag() {
        long before = total();
        var a = Fixtures.article(section, "عنوان");
        a.put("byline", Map.of("authors", List.of("nobody-here")));
        a.put("tags", List.of("وسم-لا-ينبغي-أن-يُنشأ"));
        assertProblem(http.api("POST", "/api/v1/articles", Http.json(a)), 400, "byline.authors");
        assertThat(total()).isEqualTo(before);
        assertThat(http.api("GET", "/api/v1/tags/وسم-لا-ينبغي-أن-يُنشأ", null).status())
                .isEqualTo(404);
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        var r = http.api(
                "POST", "/api/v1/articles", "{\"section\":\"nope\",\"publishedAt\":\"x\",\"comments\":\"maybe\"}");
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = r.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
        assertThat(fields).contains("headline", "section", "byline", "publishedAt", "comments");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        var r = http.api("POST", "/api/v1/articles", "{\"headline\":\"x\",\"tags\":{\"a\":1}}");
        assertProblem(r, 400, "tags");
        assertProblem(http.api("POST", "/api/v1/articles", "{not json"), 400, "(body)");
    }

    @Test
    void scriptsAndHandlersAreSanitizedOutOfTheBody() {
        var a = Fixtures.article(section, "مقال مع نص خطر");
        a.put(
                "body",
                "<p onclick=\"steal()\" style=\"color:red\">فقرة <a href=\"javascript:alert(1)\">رابط</a> "
                        + "<a href=\"https://example.org/x\">آمن</a></p><script>alert(1)</script><iframe src=\"https://evil\"></iframe>"
                        + "<img src=x onerror=alert(1)><h2 dir=\"ltr\">Title</h2>");
        JsonNode created = fx.post(a);
        String body = created.get("body").asString();
        assertThat(body).doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe", "style=");
        assertThat(body)
                .contains("<a href=\"https://example.org/x\" rel=\"noopener\">آمن</a>")
                .contains("<h2 dir=\"ltr\">Title</h2>");
        var page = org.jsoup.Jsoup.parse(
                http.get(Fixtures.path(created.get("url").asString())).body());
        // The page's scripts are the site's own live breaking strip and reading beacon (JSON-LD is data); nothing from
        // the body runs.
        assertThat(page.select(
                        "script:not([src^=/assets/breaking-live.js]):not([src^=/assets/views.js]):not([type=application/ld+json]), "
                                + "iframe, [onclick], [onerror], [style]"))
                .isEmpty();
        assertThat(page.selectFirst(".story-body").html())
                .doesNotContain("alert(1)")
                .doesNotContain("steal()");
    }

    @Test
    void createReadUpdatePatchDelete() {
        JsonNode created = fx.post(Fixtures.article(section, "عنوان أول"));
        long id = created.get("id").asLong();
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("headline")
                        .asString())
                .isEqualTo("عنوان أول");

        var put = Fixtures.article(section, "عنوان بعد التعديل");
        put.put("version", created.get("version").asInt());
        var replaced = http.api("PUT", "/api/v1/articles/" + id, Http.json(put));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt())
                .isEqualTo(created.get("version").asInt() + 1);

        var patched = http.api("PATCH", "/api/v1/articles/" + id, "{\"comments\":\"closed\",\"tags\":[\"أ\",\"ب\"]}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("comments").asString()).isEqualTo("closed");
        assertThat(patched.json().get("headline").asString()).isEqualTo("عنوان بعد التعديل");
        assertThat(patched.json()
                        .get("tags")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("أ", "ب");

        assertThat(http.api("DELETE", "/api/v1/articles/" + id, null).status()).isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("trashed");
        assertThat(http.get("/a/" + id).status()).isEqualTo(404);
        assertThat(http.api("DELETE", "/api/v1/articles/" + id + "?purge=true", null)
                        .status())
                .isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/articles/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIsAConflictAndKeepsTheStoredText() {
        JsonNode created = fx.post(Fixtures.article(section, "الأصل"));
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();
        var first = Fixtures.article(section, "تعديل المحرر الأول");
        first.put("version", version);
        assertThat(http.api("PUT", "/api/v1/articles/" + id, Http.json(first)).status())
                .isEqualTo(200);
        var second = Fixtures.article(section, "تعديل المحرر الثاني");
        second.put("version", version);
        assertProblem(http.api("PUT", "/api/v1/articles/" + id, Http.json(second)), 409, "version");
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("headline")
                        .asString())
                .isEqualTo("تعديل المحرر الأول");
    }

    @Test
    void substantiveEditOfPublishedArticleSetsUpdatedAtButMinorEditDoesNot() {
        var a = Fixtures.article(section, "خبر");
        a.put("publishedAt", "2024-01-01T10:00:00Z");
        JsonNode created = fx.post(a);
        long id = created.get("id").asLong();
        assertThat(created.has("updatedAt")).isFalse();

        var minor =
                http.api("PATCH", "/api/v1/articles/" + id, "{\"body\":\"<p>نص مصحح الإملاء.</p>\",\"minor\":true}");
        assertThat(minor.json().has("updatedAt")).isFalse();

        var real = http.api("PATCH", "/api/v1/articles/" + id, "{\"body\":\"<p>معلومات جديدة مهمة.</p>\"}");
        assertThat(real.json().get("updatedAt").asString()).isNotBlank();
        assertThat(real.json().get("publishedAt").asString())
                .isEqualTo(created.get("publishedAt").asString());
    }

    @Test
    void updatedAtBeforePublishedAtIsRejected() {
        var a = Fixtures.article(section, "خبر");
        a.put("updatedAt", "2024-06-17T09:00:00+03:00");
        assertProblem(http.api("POST", "/api/v1/articles", Http.json(a)), 400, "updatedAt");
    }

    @Test
    void deskIsCreatedOnFirstUseAndAuthorsMustExist() {
        var author = http.api(
                "POST",
                "/api/v1/authors",
                "{\"slug\":\"rana-" + section + "\",\"name\":\"رنا سمير\",\"bio\":\"محررة\"}");
        assertThat(author.status()).as(author.body()).isEqualTo(201);
        var a = Fixtures.article(section, "خبر بتوقيع كاتبة");
        a.put("byline", Map.of("authors", List.of("rana-" + section)));
        JsonNode created = fx.post(a);
        assertThat(created.get("byline").get("authors").get(0).asString()).isEqualTo("rana-" + section);

        var d = Fixtures.article(section, "خبر من مكتب جديد");
        d.put("byline", Map.of("desk", "مكتب " + section));
        assertThat(fx.post(d).get("byline").get("desk").asString()).isEqualTo("مكتب " + section);
        assertThat(http.api("GET", "/api/v1/desks", null).body()).contains("مكتب " + section);
    }

    @Test
    void sectionRules() {
        assertProblem(
                http.api("POST", "/api/v1/sections", "{\"slug\":\"" + section + "\",\"name\":\"مكرر\"}"), 409, "slug");
        assertProblem(http.api("POST", "/api/v1/sections", "{\"slug\":\"Bad Slug!\",\"name\":\"س\"}"), 400, "slug");
        assertProblem(http.api("POST", "/api/v1/sections", "{\"slug\":\"ok-" + section + "\"}"), 400, "name");
        fx.post(Fixtures.article(section, "خبر يمنع حذف القسم"));
        assertProblem(http.api("DELETE", "/api/v1/sections/" + section, null), 409, "id");
        var renamed = http.api("PATCH", "/api/v1/sections/" + section, "{\"name\":\"اسم جديد\"}");
        assertThat(renamed.json().get("name").asString()).isEqualTo("اسم جديد");
        assertThat(renamed.json().get("slug").asString()).isEqualTo(section);
        assertThat(renamed.json().get("inMenu").asBoolean()).isTrue();
        // Out of the main menu and back; a PATCH that does not name inMenu keeps it.
        var hidden = http.api("PATCH", "/api/v1/sections/" + section, "{\"inMenu\":false}");
        assertThat(hidden.json().get("inMenu").asBoolean()).isFalse();
        assertThat(http.api("PATCH", "/api/v1/sections/" + section, "{\"name\":\"اسم آخر\"}")
                        .json()
                        .get("inMenu")
                        .asBoolean())
                .isFalse();
        String home = http.get("/").body();
        assertThat(org.jsoup.Jsoup.parse(home).select("nav.sections a[href=/section/" + section + "]"))
                .isEmpty();
        assertThat(org.jsoup.Jsoup.parse(home).select("footer a[href=/section/" + section + "]"))
                .hasSize(1);
        assertProblem(http.api("PATCH", "/api/v1/sections/" + section, "{\"inMenu\":\"maybe\"}"), 400, "inMenu");
        assertThat(http.api("PATCH", "/api/v1/sections/" + section, "{\"inMenu\":true}")
                        .json()
                        .get("inMenu")
                        .asBoolean())
                .isTrue();
        var quiet = http.api(
                "POST", "/api/v1/sections", "{\"slug\":\"q-" + section + "\",\"name\":\"هادئ\",\"inMenu\":false}");
        assertThat(quiet.json().get("inMenu").asBoolean()).isFalse();
    }

    @Test
    void breakingItemsValidateAndEnd() {
        assertProblem(http.api("POST", "/api/v1/breaking", "{\"text\":\"\"}"), 400, "text");
        assertProblem(
                http.api("POST", "/api/v1/breaking", "{\"text\":\"خبر\",\"expiresAt\":\"tomorrow\"}"),
                400,
                "expiresAt");
        assertProblem(
                http.api("POST", "/api/v1/breaking", "{\"text\":\"خبر\",\"url\":\"javascript:alert(1)\"}"), 400, "url");
        var item = http.api("POST", "/api/v1/breaking", "{\"text\":\"عاجل اختبار " + section + "\"}");
        assertThat(item.status()).isEqualTo(201);
        assertThat(item.json().get("expiresAt").asString()).isNotBlank();
        assertThat(http.get("/").body().replaceAll("</?bdi[^>]*>", "")).contains("عاجل اختبار " + section);
        long id = item.json().get("id").asLong();
        assertThat(http.api("POST", "/api/v1/breaking/" + id + "/end", null).status())
                .isEqualTo(200);
        assertThat(http.get("/").body()).doesNotContain("عاجل اختبار " + section);
        assertThat(http.api("DELETE", "/api/v1/breaking/" + id, null).status()).isEqualTo(204);
    }

    @Test
    void listsArePaginatedAndCheckTheirParameters() {
        for (int i = 0; i < 3; i++) {
            var draft = Fixtures.article(section, "مسودة " + i);
            draft.put("status", "draft");
            fx.post(draft);
        }
        var page =
                http.api("GET", "/api/v1/articles?status=draft&perPage=2", null).json();
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").get(0).has("body")).isFalse();
        assertProblem(http.api("GET", "/api/v1/articles?perPage=1000", null), 400, "perPage");
        assertProblem(http.api("GET", "/api/v1/articles?page=0", null), 400, "page");
        assertProblem(http.api("GET", "/api/v1/articles?status=gone", null), 400, "status");
    }

    @Test
    void unknownApiPathIsProblemJson() {
        var r = http.api("GET", "/api/v1/nothing-here", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    private long total() {
        return http.api("GET", "/api/v1/articles?perPage=1", null)
                .json()
                .get("total")
                .asLong();
    }

    private static void assertProblem(Http.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("field").asString()).isEqualTo(field);
        assertThat(p.get("detail").asString()).matches(".*[\\u0600-\\u06FF].*");
    }
}
