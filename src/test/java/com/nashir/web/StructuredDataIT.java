package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What article and home pages tell search engines and social networks: JSON-LD, OpenGraph, Twitter cards, hreflang. */
@IntegrationTest
class StructuredDataIT {
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

    static JsonNode graph(Document page, String type) {
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        for (JsonNode node : Http.parse(scripts.first().data()).get("@graph")) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + scripts.first().data());
    }

    private Document articlePage(Map<String, Object> article) {
        String url = fx.post(article).get("url").asString();
        return Jsoup.parse(http.get(Fixtures.path(url)).body(), url);
    }

    @Test
    void articlePageDescribesANewsArticleWithAuthorsPublisherAndBreadcrumb() {
        String author = "ld-" + UUID.randomUUID().toString().substring(0, 8);
        http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", author, "name", "سلمى ناصر")));
        var a = Fixtures.article(section, "خبر للبيانات المنظمة");
        a.put("byline", Map.of("authors", List.of(author)));
        a.put("summary", "ملخص الخبر");
        a.put("updatedAt", "2024-06-18T09:00:00+03:00");
        a.put("tags", List.of("مياه", "جفاف"));
        a.put(
                "featuredImage",
                Map.of(
                        "url",
                        "/demo/desert.svg",
                        "alt",
                        "كثبان رملية",
                        "caption",
                        "صحراء",
                        "credit",
                        "",
                        "archive",
                        false));
        Document page = articlePage(a);
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");

        JsonNode article = graph(page, "NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo("خبر للبيانات المنظمة");
        assertThat(article.get("datePublished").asString()).isEqualTo("2024-06-17T10:30:00+03:00");
        assertThat(article.get("dateModified").asString()).isEqualTo("2024-06-18T09:00:00+03:00");
        assertThat(article.get("inLanguage").asString()).isEqualTo("ar");
        assertThat(article.get("articleSection").asString()).isEqualTo("قسم " + section);
        assertThat(article.get("keywords").get(0).asString()).isEqualTo("مياه");
        assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(canonical);
        assertThat(article.get("image").get(0).get("url").asString()).isEqualTo(http.base() + "/demo/desert.svg");
        JsonNode person = article.get("author").get(0);
        assertThat(person.get("@type").asString()).isEqualTo("Person");
        assertThat(person.get("name").asString()).isEqualTo("سلمى ناصر");
        assertThat(person.get("url").asString()).isEqualTo(http.base() + "/author/" + author);
        JsonNode publisher = article.get("publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.get("name").asString()).isEqualTo("ناشر");
        assertThat(publisher.get("logo").get("url").asString()).startsWith(http.base() + "/");

        JsonNode crumbs = graph(page, "BreadcrumbList").get("itemListElement");
        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(1).get("item").asString()).isEqualTo(http.base() + "/section/" + section);
        assertThat(crumbs.get(2).get("item").asString()).isEqualTo(canonical);

        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("ar_AR");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo(http.base() + "/demo/desert.svg");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                .isEqualTo("ملخص الخبر");
        assertThat(page.selectFirst("meta[property=article:section]").attr("content"))
                .isEqualTo("قسم " + section);
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("مياه", "جفاف");
        assertThat(page.selectFirst("meta[property=article:published_time]").attr("content"))
                .isEqualTo("2024-06-17T10:30:00+03:00");
        assertThat(page.selectFirst("meta[property=article:modified_time]").attr("content"))
                .isEqualTo("2024-06-18T09:00:00+03:00");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=ar]").attr("href"))
                .isEqualTo(canonical);
        assertThat(page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo(canonical);
    }

    @Test
    void aDeskIsAnOrganizationAuthor() {
        JsonNode author = graph(articlePage(Fixtures.article(section, "خبر باسم المكتب")), "NewsArticle")
                .get("author")
                .get(0);
        assertThat(author.get("@type").asString()).isEqualTo("Organization");
        assertThat(author.get("name").asString()).isEqualTo("فريق التحرير");
    }

    @Test
    void aHeadlineWithAClosingScriptTagStaysInsideTheJson() {
        String hostile = "عنوان </script><script>alert(1)</script> & <!-- تعليق";
        Document page = articlePage(Fixtures.article(section, hostile));
        // One JSON-LD block, and besides it only the site's own scripts (live strip, reading beacon): nothing escaped.
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(page.select("script:not([type=application/ld+json])"))
                .extracting(e -> e.attr("src"))
                .allMatch(src -> src.startsWith("/assets/breaking-live.js") || src.startsWith("/assets/views.js"));
        assertThat(graph(page, "NewsArticle").get("headline").asString()).isEqualTo(hostile);
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
    }

    @Test
    void homePageDescribesTheWebsiteWithItsSearchAndTheOrganization() {
        Document home = Jsoup.parse(http.get("/").body());
        JsonNode site = graph(home, "WebSite");
        assertThat(site.get("url").asString()).isEqualTo(http.base() + "/");
        assertThat(site.get("inLanguage").asString()).isEqualTo("ar");
        JsonNode action = site.get("potentialAction");
        assertThat(action.get("@type").asString()).isEqualTo("SearchAction");
        assertThat(action.get("target").get("urlTemplate").asString())
                .isEqualTo(http.base() + "/search?q={search_term_string}");
        assertThat(action.get("query-input").asString()).isEqualTo("required name=search_term_string");
        assertThat(graph(home, "Organization").get("name").asString()).isEqualTo("ناشر");
        assertThat(home.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(home.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("ناشر");
        assertThat(home.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }
}
