package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.access.Actor;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.wpimport.ImportReport.Kind;
import com.nashir.wpimport.ImportReport.Outcome;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The WordPress export written for the tests ({@code src/test/resources/wordpress/export.xml})
 * imported completely: posts with their states, dates, "آخر تحديث", slugs, sections, tags,
 * authors, threaded comments in their states, the featured image in the media library; a second
 * run changes nothing; old WordPress addresses answer 301; a hostile or broken file imports
 * nothing. In an application of its own, so the counts are this test's alone.
 */
@IntegrationTest
@TestPropertySource(properties = "nashir.test.context=wpimport")
class WordPressImportIT {
    static final Path FIXTURE = Path.of("src/test/resources/wordpress/export.xml");
    static final Actor ACTOR = Actor.system("test-import");
    static final String SLUG_201 = "مجلس-البلدية-يقر-خطة-الطاقة";
    private static ImportReport first;
    private static Path uploads;

    @LocalServerPort
    int port;

    @Autowired
    WordPressImport importer;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void importOnce() throws IOException {
        http = new Http(port);
        synchronized (WordPressImportIT.class) {
            if (first == null) {
                uploads = Files.createTempDirectory("wp-uploads-");
                Files.createDirectories(uploads.resolve("2024/06"));
                BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 120; x++) {
                    for (int y = 0; y < 80; y++) {
                        img.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | 160);
                    }
                }
                ImageIO.write(
                        img, "jpg", uploads.resolve("2024/06/solar-roof.jpg").toFile());
                first = importer.run(FIXTURE, ImportOptions.of(uploads.toString(), null), ACTOR, ImportProgress.NONE);
            }
        }
    }

    long nashirId(String kind, String wpId) {
        return jdbc.sql("select nashir_id from wordpress_import where kind = ? and wp_id = ?")
                .params(kind, wpId)
                .query(Long.class)
                .single();
    }

    JsonNode article(String wpId) {
        var r = http.api("GET", "/api/v1/articles/" + nashirId(wpId.equals("205") ? "page" : "post", wpId), null);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void reportCountsEveryKind() {
        assertThat(first.count(Kind.AUTHOR, Outcome.CREATED)).isEqualTo(2);
        assertThat(first.count(Kind.SECTION, Outcome.CREATED)).isEqualTo(4); // two categories, "pages", "uncategorized"
        assertThat(first.count(Kind.TAG, Outcome.CREATED)).isEqualTo(2);
        assertThat(first.count(Kind.ARTICLE, Outcome.CREATED)).isEqualTo(6);
        assertThat(first.count(Kind.PAGE, Outcome.CREATED)).isEqualTo(1);
        assertThat(first.count(Kind.MEDIA, Outcome.CREATED)).isEqualTo(1);
        assertThat(first.count(Kind.MEDIA, Outcome.FAILED)).isEqualTo(1);
        assertThat(first.count(Kind.COMMENT, Outcome.CREATED)).isEqualTo(5);
        assertThat(first.count(Kind.COMMENT, Outcome.SKIPPED)).isEqualTo(1);
        assertThat(first.count(Kind.OTHER, Outcome.SKIPPED)).isEqualTo(1);
        assertThat(first.warnings())
                .anySatisfy(w -> assertThat(w).contains("road-works.jpg").contains("مفقود"))
                .anySatisfy(w -> assertThat(w).contains("ghost").contains("غير معروف"))
                .anySatisfy(w -> assertThat(w).contains("iframe").contains("script"))
                .anySatisfy(w -> assertThat(w).contains("خاص"));
        assertThat(first.lines().get(0)).contains("تقرير الاستيراد");
    }

    @Test
    void publishedPostKeepsDatesSlugSectionTagsAndBody() {
        JsonNode a = article("201");
        assertThat(a.get("headline").asString()).isEqualTo("مجلس البلدية يقرّ خطة الطاقة الشمسية للمدارس");
        assertThat(a.get("slug").asString()).isEqualTo(SLUG_201);
        assertThat(a.get("status").asString()).isEqualTo("published");
        assertThat(at(a, "publishedAt")).isEqualTo(Instant.parse("2024-06-17T08:30:00Z"));
        assertThat(at(a, "updatedAt")).isEqualTo(Instant.parse("2024-06-20T10:00:00Z"));
        assertThat(a.get("section").asString()).isEqualTo("سياسة-محلية");
        assertThat(a.get("tags").toString()).contains("الطاقة الشمسية").contains("المياه");
        assertThat(a.get("byline").toString()).contains("samira");
        String body = a.get("body").asString();
        assertThat(body)
                .contains("<p>أقرّ مجلس بلدية الواحة")
                .contains("<br>")
                .contains("<figure>")
                .contains("<figcaption>")
                .contains("<h2>التمويل</h2>")
                .contains("&amp;")
                .doesNotContain("<script")
                .doesNotContain("iframe")
                .doesNotContain("[caption")
                .doesNotContain("old.example.com/wp-content");
        assertThat(a.get("comments").asString()).isEqualTo("open");
    }

    @Test
    void featuredImageIsInTheMediaLibrary() {
        JsonNode image = article("201").get("featuredImage");
        assertThat(image.get("url").asString()).startsWith("/media/");
        assertThat(image.get("alt").asString()).isEqualTo("ألواح شمسية زرقاء على سطح مبنى مدرسي");
        assertThat(image.get("caption").asString()).isEqualTo("ألواح شمسية على سطح مدرسة الواحة الأولى");
        JsonNode media = http.api("GET", "/api/v1/media/" + nashirId("attachment", "301"), null)
                .json();
        assertThat(media.get("alt").asString()).isEqualTo("ألواح شمسية زرقاء على سطح مبنى مدرسي");
        assertThat(http.get(image.get("url").asString()).status()).isEqualTo(200);
        JsonNode noPicture = article("202");
        assertThat(noPicture.get("featuredImage") == null
                        || noPicture.get("featuredImage").isNull())
                .isTrue();
    }

    @Test
    void statesMapAsDocumented() {
        JsonNode block = article("202");
        assertThat(block.get("body").asString())
                .isEqualTo("<p>أعلنت البلدية موازنتها للعام الحالي، وفيها زيادة بنسبة 15% في بند صيانة الطرق.</p>\n\n"
                        + "<p>وتراجع بند المناسبات العامة إلى النصف.</p>");
        assertThat(block.get("updatedAt") == null || block.get("updatedAt").isNull())
                .as("modified 5 s after publishing")
                .isTrue();
        assertThat(block.get("section").asString()).isEqualTo("economy");
        assertThat(block.get("tags").toString()).contains("سياسة محلية");
        assertThat(block.get("comments").asString()).isEqualTo("closed");
        assertThat(article("203").get("status").asString()).isEqualTo("draft");
        assertThat(article("204").get("status").asString()).isEqualTo("scheduled");
        assertThat(at(article("204"), "publishedAt")).isEqualTo(Instant.parse("2099-01-01T06:00:00Z"));
        assertThat(article("206").get("status").asString()).isEqualTo("draft");
        JsonNode pending = article("207");
        assertThat(pending.get("status").asString()).isEqualTo("review");
        assertThat(pending.get("byline").toString()).contains("فريق التحرير");
        assertThat(pending.get("section").asString()).isEqualTo("uncategorized");
        JsonNode page = article("205");
        assertThat(page.get("section").asString()).isEqualTo("pages");
        assertThat(page.get("slug").asString()).isEqualTo("من-نحن");
    }

    @Test
    void publicPageShowsLastUpdate() {
        long id = nashirId("post", "201");
        var page = http.get("/news/" + id + "/" + java.net.URLEncoder.encode(SLUG_201, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("آخر تحديث")
                .contains("أبو سامر")
                .contains("شكراً على التوضيح.")
                .doesNotContain("abu.samer@mail.example");
    }

    @Test
    void commentsKeepThreadsStatesNamesAndDates() {
        long id = nashirId("post", "201");
        JsonNode thread = http.get("/api/v1/articles/" + id + "/comments").json();
        assertThat(thread.get("items")).hasSize(1);
        JsonNode top = thread.get("items").get(0);
        assertThat(top.get("name").asString()).isEqualTo("أبو سامر");
        assertThat(top.get("text").asString()).isEqualTo("خطوة ممتازة & طال انتظارها.\nمتى تبدأ مدرسة الحي الشرقي؟");
        assertThat(at(top, "createdAt")).isEqualTo(Instant.parse("2024-06-17T09:10:00Z"));
        // 503 answered 502, itself a reply: one level in Nashir, so both hang under 501, oldest first.
        assertThat(top.get("replies"))
                .extracting(r -> r.get("name").asString())
                .containsExactly("سميرة الخطيب", "أبو سامر");
        JsonNode pending = http.api("GET", "/api/v1/comments?status=pending&article=" + id, null)
                .json();
        assertThat(pending.get("total").asLong()).isEqualTo(1);
        assertThat(pending.get("items").get(0).get("name").asString()).isEqualTo("ليلى");
        assertThat(pending.get("items").get(0).get("email").isNull())
                .as("an invalid email is dropped")
                .isTrue();
        JsonNode spam = http.api("GET", "/api/v1/comments?status=spam&article=" + id, null)
                .json();
        assertThat(spam.get("total").asLong()).isEqualTo(1);
        JsonNode all = http.api("GET", "/api/v1/comments?status=all&article=" + id, null)
                .json();
        assertThat(all.get("total").asLong())
                .as("the trashed comment is not imported")
                .isEqualTo(5);
        JsonNode approved = http.api("GET", "/api/v1/comments?status=approved&article=" + id, null)
                .json();
        assertThat(approved.toString()).contains("abu.samer@mail.example").contains("203.0.113.5");
    }

    @Test
    void aSecondRunCreatesNothing() {
        long articles = count("article");
        long comments = count("reader_comment");
        long media = count("media");
        ImportReport again =
                importer.run(FIXTURE, ImportOptions.of(uploads.toString(), null), ACTOR, ImportProgress.NONE);
        for (Kind k : Kind.values()) {
            assertThat(again.count(k, Outcome.CREATED)).as(k + " created").isZero();
            assertThat(again.count(k, Outcome.UPDATED)).as(k + " updated").isZero();
        }
        assertThat(again.count(Kind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(6);
        assertThat(again.count(Kind.COMMENT, Outcome.UNCHANGED)).isEqualTo(5);
        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("reader_comment")).isEqualTo(comments);
        assertThat(count("media")).isEqualTo(media);
    }

    @Test
    void oldAddressesRedirectPermanently() {
        long post = nashirId("post", "201");
        String encoded =
                "%d9%85%d8%ac%d9%84%d8%b3-%d8%a7%d9%84%d8%a8%d9%84%d8%af%d9%8a%d8%a9-%d9%8a%d9%82%d8%b1-%d8%ae%d8%b7%d8%a9-%d8%a7%d9%84%d8%b7%d8%a7%d9%82%d8%a9";
        assertMoved("/?p=201", "/news/" + post + "/" + SLUG_201);
        assertMoved("/2024/06/17/" + encoded + "/", "/news/" + post + "/" + SLUG_201);
        assertMoved("/2024/06/" + encoded + "/", "/news/" + post + "/" + SLUG_201);
        assertMoved("/2024/06/19/budget-2024/", "/news/" + nashirId("post", "202") + "/budget-2024");
        assertMoved("/budget-2024/", "/news/" + nashirId("post", "202") + "/budget-2024");
        assertMoved("/?page_id=205", "/news/" + nashirId("page", "205") + "/من-نحن");
        assertMoved("/category/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9-%d9%85%d8%ad%d9%84%d9%8a%d8%a9/", "/section/سياسة-محلية");
        assertMoved("/?cat=4", "/section/economy");
        assertMoved(
                "/tag/%d8%a7%d9%84%d8%b7%d8%a7%d9%82%d8%a9-%d8%a7%d9%84%d8%b4%d9%85%d8%b3%d9%8a%d8%a9/",
                "/tag/الطاقة-الشمسية");
        assertMoved("/author/samira/", "/author/samira");
        assertThat(http.get("/?p=203").status()).as("a draft's old address").isEqualTo(404);
        assertThat(http.get("/?p=987654").status()).isEqualTo(404);
        assertThat(http.get("/2024/06/17/nothing-here/").status()).isEqualTo(404);
        assertThat(http.get("/?p=abc").status()).isEqualTo(404);
        assertThat(http.get("/").status()).isEqualTo(200);
        assertThat(http.get("/?p=987654").status())
                .as("the 404 was not cached as the home page")
                .isEqualTo(404);
    }

    @Test
    void aHostileOrBrokenFileImportsNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        long articles = count("article");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
                <item><title>&xxe;</title><wp:post_id>9001</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status></item></channel></rss>
                """);
        assertThatThrownBy(() -> importer.run(xxe, ImportOptions.of(null, null), ACTOR, ImportProgress.NONE))
                .isInstanceOf(WxrException.class)
                .hasMessageContaining("DOCTYPE");
        String whole =
                Files.readString(FIXTURE).replace("<wp:post_id>201</wp:post_id>", "<wp:post_id>9201</wp:post_id>");
        Path cut = dir.resolve("cut.xml");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<wp:post_id>204")));
        assertThatThrownBy(() -> importer.run(cut, ImportOptions.of(null, null), ACTOR, ImportProgress.NONE))
                .isInstanceOf(WxrException.class)
                .hasMessageContaining("السطر");
        assertThat(count("article")).isEqualTo(articles);
        assertThat(jdbc.sql("select count(*) from wordpress_import where wp_id in ('9001', '9201')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static Instant at(JsonNode node, String field) {
        return OffsetDateTime.parse(node.get(field).asString()).toInstant();
    }

    void assertMoved(String from, String to) {
        var r = http.get(from);
        assertThat(r.status()).as(from).isEqualTo(301);
        assertThat(URLDecoder.decode(r.header("Location"), StandardCharsets.UTF_8))
                .as(from)
                .endsWith(to);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
