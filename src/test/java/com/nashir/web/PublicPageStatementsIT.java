package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.SqlStatements;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every public page type runs a fixed, small number of SQL statements, whatever it lists: a
 * listing of 2 articles and one of 14 cost the same (no query per card), and no page goes past
 * its budget (the ceiling is 12; the frame, menu and breaking strip come from memory).
 * A new query on a page, or a query per item, fails here.
 */
@IntegrationTest
class PublicPageStatementsIT {
    /** The most statements each page type may run (what it runs today; lower is welcome). */
    static final Map<String, Integer> BUDGET = Map.ofEntries(
            // The article whole, its corrections and comments, its kept related list (one row) and the cards it names.
            Map.entry("article", 8), Map.entry("home", 3), Map.entry("latest", 2), Map.entry("section", 3), Map.entry("tag", 3),
            Map.entry("author", 3), Map.entry("desk", 3), Map.entry("search", 3),
            // A feed's enclosures: articles whose pictures are in the media library look them up with their sizes
            // (two statements, whatever the number of articles); the site feed here holds other tests' articles too.
            Map.entry("feed", 6), Map.entry("section feed", 7),
            Map.entry("sitemap index", 6), Map.entry("monthly sitemap", 2), Map.entry("news sitemap", 2), Map.entry("comments api", 4),
            Map.entry("wp posts", 6), Map.entry("wp posts deep", 6), Map.entry("archive", 3));

    @LocalServerPort
    int port;
    Http http;
    Fixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
    }

    /** A section with {@code n} articles signed by an author, tagged, with a picture; returns their ids. */
    private List<Long> section(String section, String author, String tag, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> a = new LinkedHashMap<>(Fixtures.article(section, "خبر رقم " + i + " عن المياه والزراعة في " + section));
            a.put("byline", Map.of("authors", List.of(author)));
            a.put("tags", List.of(tag, "وسم " + i + " " + section));
            a.put("publishedAt", "2024-06-" + (10 + i % 15) + "T10:30:00+03:00");
            a.put("featuredImage", Map.of("url", "/demo/desert.svg", "alt", "كثبان", "caption", "صحراء", "credit", "", "archive", false));
            ids.add(fx.post(a).get("id").asLong());
        }
        return ids;
    }

    private String author() {
        String slug = "au-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", slug, "name", "كاتب " + slug))).status()).isEqualTo(201);
        return slug;
    }

    /** The statements a fresh render of {@code path} ran (a query parameter of its own keeps it out of the page cache). */
    /** The page's statements in steady state (see {@link #within}): authors and tags new to this node are read once, then kept. */
    private int statements(String path) {
        return Math.min(statementList(path).size(), statementList(path).size());
    }

    /**
     * The page's statements in steady state: of two renders in a row, the fewer. Other tests share this
     * application, and what the site keeps in memory (the menu, the strip, month counts) is read again
     * once after they change it; a new query on the page, or one per item, shows in both renders.
     */
    private void within(String type, String path) {
        List<String> first = statementList(path);
        List<String> second = statementList(path);
        List<String> fewer = first.size() <= second.size() ? first : second;
        assertThat(fewer.size()).as(type + " " + path + ", statements:\n" + String.join("\n", fewer))
                .isLessThanOrEqualTo(BUDGET.get(type));
    }

    /** The statements themselves, in order (a fresh render, as {@link #statements}). */
    private List<String> statementList(String path) {
        String id = UUID.randomUUID().toString();
        String url = path + (path.contains("?") ? "&" : "?") + "sqlcount=" + id;
        var r = http.get(url, SqlStatements.HEADER, id);
        assertThat(r.status()).as(url + "\n" + r.body()).isEqualTo(200);
        assertThat(SqlStatements.of(id)).as("counted " + url).isNotNull();
        return SqlStatements.statementsOf(id).stream().map(SqlStatements.Executed::sql).toList();
    }

    @Test
    void everyPublicPageTypeStaysWithinItsBudget() {
        String section = fx.section();
        String author = author();
        String tag = "مياه " + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = section(section, author, tag, 3);
        fx.post(Fixtures.article(section, "خبر من مكتب التحرير")); // a desk byline, so the desk has a page
        JsonNode article = http.api("GET", "/api/v1/articles/" + ids.get(0), null).json();
        String articlePath = Fixtures.path(article.get("url").asString());
        String enc = URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
        String tagPath = org.jsoup.Jsoup.parse(http.get(articlePath).body()).select("a[rel=tag]").first().attr("href");

        within("article", articlePath);
        within("home", "/");
        within("latest", "/latest");
        within("section", "/section/" + section);
        within("tag", tagPath);
        within("author", "/author/" + author);
        within("desk", org.jsoup.Jsoup.parse(http.get("/section/" + section).body()).select("a[href^=/desk/]").first().attr("href"));
        within("search", "/search?q=" + enc);
        within("feed", "/feed");
        within("section feed", "/section/" + section + "/feed");
        statements("/sitemap.xml"); // the first render counts the archive's months once; they are kept after that
        within("sitemap index", "/sitemap.xml");
        within("monthly sitemap", "/sitemap-articles-2024-06.xml");
        within("news sitemap", "/sitemap-news.xml");
        within("comments api", "/api/v1/articles/" + ids.get(0) + "/comments");
        within("wp posts", "/wp-json/wp/v2/posts");
        within("wp posts deep", "/wp-json/wp/v2/posts?offset=2");
        within("archive", "/archive/2024/06");
    }

    /** A listing of fourteen runs the statements of a listing of two: one query per page, never per card. */
    @Test
    void listingsCostTheSameWhateverTheyHold() {
        String small = fx.section();
        String large = fx.section();
        String author = author();
        section(small, author, "قليل " + small, 2);
        section(large, author, "كثير " + large, 14);
        for (String suffix : List.of("", "/feed", "/feed/atom", "/feed.json")) {
            assertThat(statements("/section/" + large + suffix)).as("section" + suffix)
                    .isEqualTo(statements("/section/" + small + suffix));
        }
    }
}
