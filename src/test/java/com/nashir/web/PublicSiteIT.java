package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public site: what readers can reach, at which address, and how it is cached. */
@IntegrationTest
class PublicSiteIT {
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
    void outdatedOrMissingSlugRedirectsPermanentlyToCanonical() {
        JsonNode a = fx.post(Fixtures.article(section, "عنوان قديم للمقال"));
        long id = a.get("id").asLong();
        String oldPath = Fixtures.path(a.get("url").asString());
        http.api(
                "PATCH",
                "/api/v1/articles/" + id,
                "{\"headline\":\"عنوان جديد للمقال\",\"slug\":\"عنوان جديد للمقال\"}");
        var r = http.get(oldPath);
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location"))
                .isEqualTo(
                        "/news/" + id
                                + "/%D8%B9%D9%86%D9%88%D8%A7%D9%86-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%84%D9%84%D9%85%D9%82%D8%A7%D9%84");
        assertThat(http.get("/news/" + id).status()).isEqualTo(301);
        assertThat(http.get(r.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void draftsAndFutureArticlesAreNotPublic() {
        var draft = Fixtures.article(section, "مسودة سرية " + section);
        draft.put("status", "draft");
        long draftId = fx.post(draft).get("id").asLong();
        var future = Fixtures.article(section, "خبر مجدول " + section);
        future.put("publishedAt", Instant.now().plusSeconds(3600).toString());
        long futureId = fx.post(future).get("id").asLong();

        assertThat(http.get("/a/" + draftId).status()).isEqualTo(404);
        assertThat(http.get("/news/" + futureId + "/x").status()).isEqualTo(404);
        assertThat(http.get("/").body()).doesNotContain("مسودة سرية " + section).doesNotContain("خبر مجدول " + section);
        assertThat(http.get("/section/" + section).body())
                .doesNotContain("مسودة سرية")
                .doesNotContain("خبر مجدول");
    }

    @Test
    void lastUpdateOnlyWhenUpdatedAfterPublication() {
        JsonNode plain = fx.post(Fixtures.article(section, "خبر لم يحدّث"));
        assertThat(page(plain).select(".updated")).isEmpty();
        assertThat(page(plain).text()).doesNotContain("آخر تحديث");
    }

    @Test
    void commentsAreaFollowsTheMode() {
        var open = Fixtures.article(section, "تعليقات مفتوحة");
        // Recent: comments also close by age (14 days by default, see SettingsIT).
        open.put("publishedAt", Instant.now().minusSeconds(3600).toString());
        Document openPage = page(fx.post(open));
        assertThat(openPage.selectFirst("section.comments h2").text()).isEqualTo("التعليقات");
        assertThat(openPage.text()).doesNotContain("عذراً التعليقات مغلقة");

        var hidden = Fixtures.article(section, "تعليقات مخفية");
        hidden.put("comments", "hidden");
        Document hiddenPage = page(fx.post(hidden));
        assertThat(hiddenPage.select("section.comments")).isEmpty();
    }

    @Test
    void sectionPagesArePaginatedWithStableUrls() {
        for (int i = 1; i <= 14; i++) {
            var a = Fixtures.article(section, "خبر رقم " + i);
            a.put("publishedAt", "2024-06-%02dT10:00:00Z".formatted(i));
            fx.post(a);
        }
        Document first = Jsoup.parse(http.get("/section/" + section).body());
        assertThat(first.select("article.card")).hasSize(12);
        assertThat(first.selectFirst("article.card h3").text()).isEqualTo("خبر رقم 14");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/section/" + section + "?page=2");
        Document second =
                Jsoup.parse(http.get("/section/" + section + "?page=2").body());
        assertThat(second.select("article.card")).hasSize(2);
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith("/section/" + section + "?page=2");
        assertThat(http.get("/section/" + section + "?page=3").status()).isEqualTo(404);
        assertThat(http.get("/section/" + section + "?page=abc").status()).isEqualTo(404);
        assertThat(http.get("/section/no-such-section").status()).isEqualTo(404);
    }

    @Test
    void tagAuthorAndDeskPagesListTheirArticles() {
        String authorSlug = "writer-" + section;
        http.api(
                "POST",
                "/api/v1/authors",
                Http.json(Map.of("slug", authorSlug, "name", "سامر Haddad", "bio", "يكتب عن الاقتصاد")));
        var a = Fixtures.article(section, "مقال الكاتب " + section);
        a.put("byline", Map.of("authors", List.of(authorSlug)));
        a.put("tags", List.of("وسم " + section));
        JsonNode created = fx.post(a);
        Document article = page(created);
        String tagHref = article.selectFirst(".tags a").attr("href");
        assertThat(Jsoup.parse(http.get(tagHref).body()).text()).contains("مقال الكاتب " + section);
        Document author = Jsoup.parse(http.get("/author/" + authorSlug).body());
        assertThat(author.selectFirst("h1").text()).isEqualTo("سامر Haddad");
        assertThat(author.select("h1 bdi")).isNotEmpty();
        assertThat(author.text()).contains("يكتب عن الاقتصاد").contains("مقال الكاتب " + section);
    }

    @Test
    void unknownPagesGetTheArabicNotFoundPage() {
        var r = http.get("/no/such/page");
        assertThat(r.status()).isEqualTo(404);
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(d.selectFirst("h1").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
        assertThat(http.get("/news/999999999/x").status()).isEqualTo(404);
    }

    @Test
    void headlinesAreEscapedEverywhere() {
        JsonNode a = fx.post(Fixtures.article(section, "<script>alert('x')</script><img src=x onerror=alert(1)>"));
        String articleHtml = http.get(Fixtures.path(a.get("url").asString())).body();
        String sectionHtml = http.get("/section/" + section).body();
        for (String html : List.of(articleHtml, sectionHtml)) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x onerror");
            // Latin runs in editorial text are isolated (<bdi dir="ltr">); the escaped text reads through them.
            assertThat(html.replaceAll("</?bdi[^>]*>", "")).contains("&lt;script&gt;");
        }
    }

    @Test
    void pagesCarryValidatorsAndAnswerConditionalRequests() {
        JsonNode a = fx.post(Fixtures.article(section, "خبر للتخزين المؤقت"));
        String path = Fixtures.path(a.get("url").asString());
        // A page is kept from its second request (PageCache); the kept copy's validators answer conditional
        // requests (on PostgreSQL the publication's notice may drop the first kept copy: asked until a hit).
        http.get(path);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> "hit".equals(http.get(path).header("X-Cache")));
        var first = http.get(path);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public");
        assertThat(first.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("object-src 'none'");
        assertThat(first.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get(path, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(http.get(path, "If-Modified-Since", first.header("Last-Modified"))
                        .status())
                .isEqualTo(304);

        http.api("PATCH", "/api/v1/articles/" + a.get("id").asLong(), "{\"body\":\"<p>نص جديد بعد التحديث.</p>\"}");
        var after = http.get(path, "If-None-Match", etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("نص جديد بعد التحديث").contains("آخر تحديث");
    }

    @Test
    void pagesAreGzippedForBrowsersThatAsk() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.base() + "/"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        String html = new String(
                new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void latestArchiveListsEverythingPaginated() {
        fx.post(Fixtures.article(section, "خبر في الأرشيف " + section));
        Document latest = Jsoup.parse(http.get("/latest").body());
        assertThat(latest.selectFirst("h1").text()).isEqualTo("آخر الأخبار");
        assertThat(latest.select("article.card")).isNotEmpty();
        assertThat(Jsoup.parse(http.get("/").body()).select("a[href=/latest]")).isNotEmpty();
    }

    @Test
    void articlePageWithStylesheetStaysUnder60KbGzipped() throws Exception {
        JsonNode a = fx.post(Fixtures.article(section, "خبر لقياس الحجم"));
        var client = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = client.send(
                HttpRequest.newBuilder(URI.create(a.get("url").asString()))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String css = Jsoup.parse(new String(
                        new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                        StandardCharsets.UTF_8))
                .selectFirst("link[rel=stylesheet]")
                .attr("href");
        HttpResponse<byte[]> style = client.send(
                HttpRequest.newBuilder(URI.create(http.base() + css))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(style.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(page.body().length + style.body().length).isLessThan(60 * 1024);
    }

    @Test
    void robotsAndFavicon() {
        var robots = http.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /api/");
        assertThat(http.get("/favicon.ico").status()).isEqualTo(301);
        assertThat(http.get("/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void homeShowsLeadLatestAndSectionBlocks() {
        // More than the zones above the blocks hold (a story shows once), so the section keeps some for its block.
        for (int i = 0; i < com.nashir.frontpage.Zone.allSlots() + 1; i++) {
            fx.post(Fixtures.article(section, "خبر من القسم " + i));
        }
        var a = Fixtures.article(section, "الخبر الرئيسي " + section);
        a.put("publishedAt", Instant.now().minusSeconds(5).toString());
        fx.post(a);
        Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.selectFirst(".lead-story h2").text()).isEqualTo("الخبر الرئيسي " + section);
        assertThat(home.select(".section-block h2").eachText()).contains("قسم " + section);
        assertThat(home.select("nav.sections a").eachText()).contains("الرئيسية", "قسم " + section);
        assertThat(home.selectFirst("[data-breaking] .breaking-label").text()).isEqualTo("عاجل");
    }

    private Document page(JsonNode created) {
        var r = http.get(Fixtures.path(created.get("url").asString()));
        assertThat(r.status()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }
}
