package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Seed;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reference: the seed article and breaking item posted through the API render a
 * page with every element of the seed page (src/test/resources/seed/article.txt).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticlePageIT {
    @LocalServerPort
    int port;

    Http http;
    JsonNode created;
    Document page;

    @BeforeAll
    void postSeed() {
        http = new Http(port);
        var section = http.api("POST", "/api/v1/sections", "{\"slug\": \"politics\", \"name\": \"سياسة\"}");
        assertThat(section.status()).as(section.body()).isIn(201, 409);
        var article = http.api("POST", "/api/v1/articles", Seed.read("article.json"));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        created = article.json();
        var breaking = http.api("POST", "/api/v1/breaking", Seed.read("breaking.json"));
        assertThat(breaking.status()).as(breaking.body()).isEqualTo(201);

        var response = http.get(created.get("url").asString());
        assertThat(response.status()).isEqualTo(200);
        page = Jsoup.parse(response.body(), created.get("url").asString());
    }

    @Test
    void createResponseCarriesIdAndPublicUrl() {
        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("url").asString())
                .contains("/news/" + created.get("id").asLong() + "/");
        assertThat(created.get("publishedAt").asString()).isEqualTo("2024-06-17T10:30:00+03:00");
        assertThat(created.get("updatedAt").asString()).isEqualTo("2024-06-17T14:05:00+03:00");
    }

    @Test
    void pageIsArabicRightToLeft() {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("header, nav, main, article, footer")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void headlineIsTheH1() {
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(firstLine());
    }

    @Test
    void bylineIsTheDeskWithItsPage() {
        Element byline = page.selectFirst(".story-meta .byline a");
        assertThat(byline.text()).isEqualTo("فريق التحرير");
        assertThat(byline.attr("href")).startsWith("/desk/");
        assertThat(http.get(byline.attr("href")).status()).isEqualTo(200);
    }

    @Test
    void publicationDateIsArabicInsideTime() {
        Element time = page.selectFirst("time.published");
        assertThat(time.text()).isEqualTo("17 يونيو 2024 - 10:30");
        assertThat(time.attr("datetime")).isEqualTo("2024-06-17T10:30:00+03:00");
    }

    @Test
    void lastUpdateIsShownWithDateAndTime() {
        Element updated = page.selectFirst(".updated");
        assertThat(updated.text())
                .startsWith("آخر تحديث")
                .contains("17 يونيو 2024")
                .contains("14:05");
        assertThat(updated.selectFirst("time").attr("datetime")).isEqualTo("2024-06-17T14:05:00+03:00");
    }

    @Test
    void featuredImageHasAltAndArchiveCaption() {
        Element figure = page.selectFirst("figure.lead-figure");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("قوات وطائرات روسية في قاعدة حميميم");
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("/demo/hmeimim.jpg");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("قوات وطائرات روسية في قاعدة حميميم ـ أرشيف");
    }

    @Test
    void everyBodyParagraphOfTheReferenceIsOnThePage() {
        List<String> paragraphs = Arrays.stream(Seed.read("article.txt").split("\n"))
                .map(String::strip)
                .filter(l -> l.length() > 80)
                .toList();
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(10);
        String body = page.selectFirst(".story-body").text();
        for (String p : paragraphs) {
            assertThat(body).contains(p);
        }
    }

    @Test
    void closedCommentsSaySo() {
        Element comments = page.selectFirst("section.comments");
        assertThat(comments.selectFirst("h2").text()).isEqualTo("التعليقات");
        assertThat(comments.text()).contains("عذراً التعليقات مغلقة");
        // No comment form; the only form is the site header's search.
        assertThat(page.select("form:not([role=search])")).isEmpty();
    }

    @Test
    void breakingStripIsLabelledAndListsTheItem() {
        Element strip = page.selectFirst("[data-breaking]");
        assertThat(strip.selectFirst(".breaking-label").text()).isEqualTo("عاجل");
        assertThat(strip.text()).contains("بوتين يستقبل فيدان في الكرملين ويشيد بمساهمة أنقرة في التسوية السورية");
    }

    @Test
    void breadcrumbTagsShareAndCanonical() {
        assertThat(page.select(".crumbs a").eachText()).containsExactly("الرئيسية", "سياسة");
        assertThat(page.select(".tags a").eachText()).containsExactly("روسيا", "تركيا", "سوريا", "التطبيع", "حميميم");
        for (Element tag : page.select(".tags a")) {
            assertThat(http.get(tag.attr("href")).status()).as(tag.attr("href")).isEqualTo(200);
        }
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(created.get("url").asString());
        assertThat(page.select(".share a").eachAttr("href")).anyMatch(h -> h.startsWith("https://wa.me/"));
        // The scripts are the site's own, from their content-hashed addresses: the live breaking strip and the reading
        // beacon.
        assertThat(page.select("script").eachAttr("src"))
                .hasSize(2)
                .allMatch(
                        src -> src.startsWith("/assets/breaking-live.js?v=") || src.startsWith("/assets/views.js?v="));
    }

    @Test
    void shortUrlRedirectsToCanonical() {
        var r = http.get("/a/" + created.get("id").asLong());
        assertThat(r.status()).isEqualTo(301);
        assertThat(http.base() + r.header("Location"))
                .isEqualTo(created.get("url").asString());
    }

    private static String firstLine() {
        return Seed.read("article.txt").lines().findFirst().orElseThrow().strip();
    }
}
