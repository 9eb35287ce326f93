package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The newsroom fixes of issue 14 that need no browser: search and social texts through the API and
 * on the public page, the article list's orders and author filter, the diff in Arabic, publishing
 * that asks first, and the pickers' JSON answers.
 */
@IntegrationTest
class NewsroomFixesIT {
    @LocalServerPort
    int port;

    Http http;
    Fixtures fx;
    Newsroom people;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        people = new Newsroom(http);
        section = fx.section();
    }

    @Test
    void seoTextsGoThroughTheApiAndIntoThePublicPagesMeta() {
        Map<String, Object> a = Fixtures.article(section, "عنوان طويل للمقال كما يقرؤه القرّاء في الصفحة نفسها");
        a.put("summary", "ملخص المقال كما يظهر تحت العنوان.");
        a.put("seo", Map.of("title", "عنوان قصير لمحركات البحث", "description", "وصف مكتوب لنتائج البحث والمشاركة."));
        JsonNode created = fx.post(a);
        long id = created.get("id").asLong();
        assertThat(created.get("seo").get("title").asString()).isEqualTo("عنوان قصير لمحركات البحث");

        JsonNode read = http.api("GET", "/api/v1/articles/" + id, null).json();
        assertThat(read.get("seo").get("description").asString()).isEqualTo("وصف مكتوب لنتائج البحث والمشاركة.");

        Document page = Jsoup.parse(
                http.get(Fixtures.path(created.get("url").asString())).body());
        assertThat(page.title()).startsWith("عنوان قصير لمحركات البحث — ");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("وصف مكتوب لنتائج البحث والمشاركة.");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("عنوان قصير لمحركات البحث");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                .isEqualTo("وصف مكتوب لنتائج البحث والمشاركة.");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo("عنوان قصير لمحركات البحث");
        JsonNode ld = graph(page, "NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo("عنوان قصير لمحركات البحث");
        assertThat(ld.get("alternativeHeadline").asString())
                .isEqualTo("عنوان طويل للمقال كما يقرؤه القرّاء في الصفحة نفسها");
        assertThat(ld.get("description").asString()).isEqualTo("وصف مكتوب لنتائج البحث والمشاركة.");
        // The page itself still shows the headline and the standfirst.
        assertThat(page.selectFirst("h1").text()).isEqualTo("عنوان طويل للمقال كما يقرؤه القرّاء في الصفحة نفسها");

        // PATCH clears the title: the headline and the summary are used again.
        var patched = http.api(
                "PATCH", "/api/v1/articles/" + id, Http.json(Map.of("seo", Map.of("title", "", "description", ""))));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        Document plain = Jsoup.parse(
                http.get(Fixtures.path(created.get("url").asString())).body());
        assertThat(plain.title()).startsWith("عنوان طويل للمقال كما يقرؤه القرّاء في الصفحة نفسها — ");
        assertThat(plain.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("ملخص المقال كما يظهر تحت العنوان.");
        assertThat(graph(plain, "NewsArticle").has("alternativeHeadline")).isFalse();
    }

    @Test
    void seoTextsLongerThanTheirLimitsAreRefusedByFieldInArabic() {
        long before = total();
        Map<String, Object> a = Fixtures.article(section, "مقال بعنوان بحث أطول من المسموح");
        a.put("seo", Map.of("title", "ع".repeat(121), "description", "و".repeat(301)));
        var r = http.api("POST", "/api/v1/articles", Http.json(a));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<JsonNode> errors = r.json().get("errors").valueStream().toList();
        assertThat(errors)
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("seo.title", "seo.description");
        assertThat(errors)
                .extracting(e -> e.get("message").asString())
                .allMatch(m -> m.matches(".*[\\u0600-\\u06FF].*"));
        assertThat(total()).isEqualTo(before);

        // At the limits exactly, it is saved.
        a.put("seo", Map.of("title", "ع".repeat(120), "description", "و".repeat(300)));
        assertThat(http.api("POST", "/api/v1/articles", Http.json(a)).status()).isEqualTo(201);
    }

    @Test
    void theEditorSavesSeoTextsAndAMultiLineHeadlineAsOneLine() {
        WebSession s = people.signIn(port, "editor");
        Map<String, String> f = fields("عنوان طويل\r\nعلى سطرين في الحقل");
        f.put("seoTitle", "عنوان للبحث من المحرر");
        f.put("seoDescription", "وصف للبحث من المحرر");
        var saved = s.post("/admin/articles/new", f, "/admin/articles/new", true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long id = idFrom(saved);
        Document edit = s.page("/admin/articles/" + id + "/edit");
        assertThat(edit.selectFirst("textarea#f-headline").val()).isEqualTo("عنوان طويل على سطرين في الحقل");
        assertThat(edit.selectFirst("#f-seo-title").val()).isEqualTo("عنوان للبحث من المحرر");
        assertThat(edit.selectFirst("#f-seo-description").val()).isEqualTo("وصف للبحث من المحرر");

        f.put("seoTitle", "ع".repeat(121));
        f.put("version", edit.selectFirst("input[name=version]").attr("value"));
        var refused = s.post("/admin/articles/" + id + "/edit", f, "/admin/articles/" + id + "/edit", true);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body())
                        .select(".errors a[href=#f-seo-title]")
                        .text())
                .contains("عنوان محركات البحث والمشاركة أطول من");
    }

    @Test
    void publishingFromTheEditorAsksFirstAndNothingIsSavedUntilConfirmed() {
        WebSession s = people.signIn(port, "editor");
        long before = total();
        Map<String, String> f = fields("مقال ينشر بعد التأكيد");
        f.put("status", "published");
        var asked = s.post("/admin/articles/new", f, "/admin/articles/new", true);
        assertThat(asked.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(asked.body());
        assertThat(page.selectFirst("#confirm-publish").text()).contains("تأكيد النشر");
        assertThat(page.selectFirst("#confirm-publish button[name=confirmPublish]")
                        .attr("form"))
                .isEqualTo("editor");
        assertThat(page.selectFirst("#f-headline").val()).isEqualTo("مقال ينشر بعد التأكيد");
        assertThat(total()).isEqualTo(before);

        f.put("confirmPublish", "true");
        var published = s.post("/admin/articles/new", f, "/admin/articles/new", true);
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(http.get("/a/" + idFrom(published)).status()).isEqualTo(301);
    }

    @Test
    void theListSortsByPublicationOrModificationAndFiltersByAuthor() {
        String author = "كاتب-" + people.suffix;
        assertThat(http.api(
                                "POST",
                                "/api/v1/authors",
                                Http.json(Map.of("slug", author, "name", "سلمى الحداد " + people.suffix)))
                        .status())
                .isEqualTo(201);
        // Published long ago but touched last; published recently but touched first.
        Map<String, Object> old = Fixtures.article(section, "قديم النشر حديث التعديل " + people.suffix);
        old.put("publishedAt", "2020-01-01T10:00:00+03:00");
        old.put("byline", Map.of("authors", List.of(author)));
        Map<String, Object> recent = Fixtures.article(section, "حديث النشر قديم التعديل " + people.suffix);
        recent.put("publishedAt", "2024-01-01T10:00:00+03:00");
        long recentId = fx.post(recent).get("id").asLong();
        long oldId = fx.post(old).get("id").asLong();

        WebSession s = people.signIn(port, "editor");
        String base = "/admin/articles?section=" + section;
        assertThat(headlines(s.page(base + "&sort=published")))
                .containsExactly(
                        "حديث النشر قديم التعديل " + people.suffix, "قديم النشر حديث التعديل " + people.suffix);
        assertThat(headlines(s.page(base + "&sort=published-asc")))
                .first()
                .isEqualTo("قديم النشر حديث التعديل " + people.suffix);
        assertThat(headlines(s.page(base + "&sort=modified")))
                .first()
                .isEqualTo("قديم النشر حديث التعديل " + people.suffix);
        assertThat(headlines(s.page(base + "&sort=modified-asc")))
                .first()
                .isEqualTo("حديث النشر قديم التعديل " + people.suffix);

        // Both times are shown, and the column in force says so.
        Document byPublication = s.page(base + "&sort=published");
        assertThat(byPublication.selectFirst("th[aria-sort]").text()).startsWith("النشر");
        assertThat(byPublication.selectFirst("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(byPublication.select("tbody tr").first().select("td.modified-cell time"))
                .hasSize(1);
        assertThat(byPublication.selectFirst("#sort-published").attr("href")).contains("sort=published-asc");
        assertThat(s.page(base).selectFirst("th[aria-sort]").text()).startsWith("آخر تعديل");

        // The author filter, in the database list and with words through the search index.
        assertThat(headlines(s.page(base + "&author="
                        + java.net.URLEncoder.encode(author, java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly("قديم النشر حديث التعديل " + people.suffix);
        assertThat(s.page(base).select("#filter-author option").eachText()).contains("سلمى الحداد " + people.suffix);
        assertThat(recentId).isNotEqualTo(oldId);
    }

    @Test
    void theDiffNamesStatesAndFieldsInArabic() {
        Map<String, Object> a = Fixtures.article(section, "مقال لمقارنة النسخ");
        a.put("status", "draft");
        long id = fx.post(a).get("id").asLong();
        var r = http.api(
                "PATCH",
                "/api/v1/articles/" + id,
                Http.json(
                        Map.of("status", "published", "comments", "closed", "seo", Map.of("title", "عنوان بحث جديد"))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        Document page = people.signIn(port, "editor").page("/admin/articles/" + id);
        Map<String, String> rows = new LinkedHashMap<>();
        page.select("table.diff tbody tr")
                .forEach(tr -> rows.put(
                        tr.child(0).text(),
                        tr.child(1).text() + " → " + tr.child(2).text()));
        assertThat(rows)
                .containsEntry("الحالة", "مسودة → منشور")
                .containsEntry("التعليقات", "مفتوحة → مغلقة")
                .containsEntry("عنوان البحث والمشاركة", " → عنوان بحث جديد");
        assertThat(page.select("table.diff").text()).doesNotContain("draft", "published", "closed");
    }

    @Test
    void thePickersAnswerInJsonWithArabicSpelledEitherWay() {
        String slug = "هبة-" + people.suffix;
        http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", slug, "name", "هِبة الأنصاري " + people.suffix)));
        http.api(
                "POST",
                "/api/v1/desks",
                Http.json(Map.of("slug", "مكتب-" + people.suffix, "name", "مكتب إربد " + people.suffix)));
        http.api("POST", "/api/v1/tags", Http.json(Map.of("name", "الانتخابات البرلمانية " + people.suffix)));
        Map<String, Object> a = Fixtures.article(section, "مؤتمر الأطباء العرب يختتم أعماله " + people.suffix);
        long id = fx.post(a).get("id").asLong();

        WebSession writer = people.signIn(port, "writer");
        JsonNode bylines = Http.parse(writer.get("/admin/lookup/bylines?q=" + enc("انصاري " + people.suffix))
                .body());
        assertThat(bylines.get("authors").get(0).get("slug").asString()).isEqualTo(slug);
        JsonNode desks = Http.parse(writer.get("/admin/lookup/bylines?q=" + enc("اربد " + people.suffix))
                .body());
        assertThat(desks.get("desks").get(0).get("name").asString()).isEqualTo("مكتب إربد " + people.suffix);

        JsonNode tags = Http.parse(writer.get("/admin/lookup/tags?q=" + enc("الانتخابات " + people.suffix))
                .body());
        assertThat(tags.get("tags").valueStream().map(JsonNode::asString))
                .contains("الانتخابات البرلمانية " + people.suffix);
        assertThat(tags.get("mayCreate").asBoolean()).isFalse();
        assertThat(Http.parse(people.signIn(port, "editor")
                                .get("/admin/lookup/tags?q=x")
                                .body())
                        .get("mayCreate")
                        .asBoolean())
                .isTrue();

        JsonNode found = Http.parse(writer.get("/admin/lookup/articles?q=" + enc("مؤتمر الأطباء " + people.suffix))
                .body());
        assertThat(found.get("articles").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(found.get("articles").get(0).get("url").asString()).startsWith("/news/" + id + "/");

        // Without a session there is no answer.
        var anonymous = new WebSession(port).get("/admin/lookup/bylines?q=x");
        assertThat(anonymous.statusCode()).isIn(302, 401);
    }

    @Test
    void theBreakingDeskShowsLinksDecodedAndShort() {
        WebSession s = people.signIn(port, "editor");
        String url = "https://example.org/news/77/"
                + enc("انتخابات-برلمانية-مبكرة-في-البلاد-بعد-حل-المجلس-وتشكيل-حكومة-انتقالية");
        var posted = s.post(
                "/admin/breaking",
                Map.of("text", "عاجل للاختبار " + people.suffix, "url", url, "expiresAt", ""),
                "/admin/breaking",
                true);
        assertThat(posted.statusCode()).isEqualTo(302);
        Document page = s.page("/admin/breaking");
        var link = page.select("a.link-text").stream()
                .filter(e -> e.attr("href").equals(url))
                .findFirst()
                .orElseThrow();
        assertThat(link.text())
                .startsWith("example.org/news/77/انتخابات-برلمانية")
                .endsWith("…")
                .doesNotContain("%");
        assertThat(link.text().codePointCount(0, link.text().length())).isLessThanOrEqualTo(60);
        assertThat(page.selectFirst("#breaking-url").hasAttr("data-article-picker"))
                .isTrue();
    }

    private static JsonNode graph(Document page, String type) {
        for (JsonNode node : Http.parse(
                        page.selectFirst("script[type=application/ld+json]").data())
                .get("@graph")) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static List<String> headlines(Document page) {
        return page.select("table.rows tbody td.row-title a").eachText();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private long total() {
        return http.api("GET", "/api/v1/articles?perPage=1", null)
                .json()
                .get("total")
                .asLong();
    }

    private static long idFrom(java.net.http.HttpResponse<String> saved) {
        return saved.headers()
                .firstValue("Location")
                .map(l -> Long.parseLong(l.replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1")))
                .orElseThrow();
    }

    private Map<String, String> fields(String headline) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", headline);
        f.put("kicker", "");
        f.put("summary", "");
        f.put("body", "<p>نص المقال.</p>");
        f.put("status", "draft");
        f.put("section", section);
        f.put("bylineType", "desk");
        f.put("desk", "فريق التحرير");
        f.put("authors", "");
        f.put("tags", "");
        f.put("comments", "open");
        f.put("slug", "");
        f.put("publishedAt", "");
        f.put("imageUrl", "");
        f.put("imageAlt", "");
        f.put("imageCaption", "");
        f.put("imageCredit", "");
        f.put("version", "");
        return f;
    }
}
