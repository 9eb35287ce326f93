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
            // The article whole, with its kept related list and whether it has corrections and approved
            // comments (they are read only then, see anArticleWithACorrectionAndAnApprovedCommentShowsThem),
            // and the cards the list names, signed, when they are not kept in memory (6 before corrections
            // and comments were counted with the row, 4 before a card's authors were named in its row, 3
            // before the list was read with the row). A listing: its range and its rows, signed (3 before).
            Map.entry("article", 2),
            // The newest ids, then the cards not kept in memory (none on the second render; 3 before).
            Map.entry("home", 1),
            Map.entry("latest", 1),
            Map.entry("section", 2),
            Map.entry("tag", 2),
            Map.entry("author", 2),
            Map.entry("desk", 2),
            // Which of the page's hits are public; the form's authors and desks come from memory (3 before).
            Map.entry("search", 1),
            // A feed's enclosures: articles whose pictures are in the media library look them up with their sizes
            // (two statements, whatever the number of articles); the site feed here holds other tests' articles too.
            Map.entry("feed", 6),
            Map.entry("section feed", 7),
            Map.entry("sitemap index", 6),
            Map.entry("monthly sitemap", 2),
            Map.entry("news sitemap", 1),
            // The article, and its thread only when the article's row says it has approved comments (1 here; 2 before).
            Map.entry("comments api", 2),
            Map.entry("wp posts", 6),
            Map.entry("wp posts deep", 6),
            Map.entry("archive", 2));

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
            Map<String, Object> a = new LinkedHashMap<>(
                    Fixtures.article(section, "خبر رقم " + i + " عن المياه والزراعة في " + section));
            a.put("byline", Map.of("authors", List.of(author)));
            a.put("tags", List.of(tag, "وسم " + i + " " + section));
            a.put("publishedAt", "2024-06-" + (10 + i % 15) + "T10:30:00+03:00");
            a.put(
                    "featuredImage",
                    Map.of(
                            "url",
                            "/demo/desert.svg",
                            "alt",
                            "كثبان",
                            "caption",
                            "صحراء",
                            "credit",
                            "",
                            "archive",
                            false));
            ids.add(fx.post(a).get("id").asLong());
        }
        return ids;
    }

    private String author() {
        String slug = "au-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", slug, "name", "كاتب " + slug)))
                        .status())
                .isEqualTo(201);
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
        assertThat(fewer.size())
                .as(type + " " + path + ", statements:\n" + String.join("\n", fewer))
                .isLessThanOrEqualTo(BUDGET.get(type));
    }

    /** The statements themselves, in order (a fresh render, as {@link #statements}). */
    private List<String> statementList(String path) {
        String id = UUID.randomUUID().toString();
        String url = path + (path.contains("?") ? "&" : "?") + "sqlcount=" + id;
        var r = http.get(url, SqlStatements.HEADER, id);
        assertThat(r.status()).as(url + "\n" + r.body()).isEqualTo(200);
        assertThat(SqlStatements.of(id)).as("counted " + url).isNotNull();
        return SqlStatements.statementsOf(id).stream()
                .map(SqlStatements.Executed::sql)
                .toList();
    }

    @Test
    void everyPublicPageTypeStaysWithinItsBudget() {
        String section = fx.section();
        String author = author();
        String tag = "مياه " + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = section(section, author, tag, 3);
        fx.post(Fixtures.article(section, "خبر من مكتب التحرير")); // a desk byline, so the desk has a page
        JsonNode article =
                http.api("GET", "/api/v1/articles/" + ids.get(0), null).json();
        String articlePath = Fixtures.path(article.get("url").asString());
        String enc = URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
        String tagPath = org.jsoup.Jsoup.parse(http.get(articlePath).body())
                .select("a[rel=tag]")
                .first()
                .attr("href");

        within("article", articlePath);
        within("home", "/");
        within("latest", "/latest");
        within("section", "/section/" + section);
        within("tag", tagPath);
        within("author", "/author/" + author);
        within(
                "desk",
                org.jsoup.Jsoup.parse(http.get("/section/" + section).body())
                        .select("a[href^=/desk/]")
                        .first()
                        .attr("href"));
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

    /**
     * Corrections and approved comments are read only when the article's row says it has some (most
     * articles have neither): once it has both, its page shows them (the cached copy forgotten), with
     * the statements that read them, and so do the comments API and the newsroom's preview.
     */
    @Test
    void anArticleWithACorrectionAndAnApprovedCommentShowsThem() throws Exception {
        Map<String, Object> a = new LinkedHashMap<>(Fixtures.article(fx.section(), "خبر سيُصحَّح ويُعلَّق عليه"));
        a.put(
                "publishedAt",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                        .minusHours(1)
                        .toString()); // comments open
        JsonNode created = fx.post(a);
        long id = created.get("id").asLong();
        String path = Fixtures.path(created.get("url").asString());
        org.jsoup.nodes.Document before = org.jsoup.Jsoup.parse(http.get(path).body()); // now in the page cache
        assertThat(before.selectFirst(".corrections")).isNull();
        assertThat(before.select(".comment-list .comment")).isEmpty();
        assertThat(before.selectFirst("#comment-form")).isNotNull();
        List<String> bare = statementList(path);
        assertThat(bare)
                .as(String.join("\n", bare))
                .noneMatch(PublicPageStatementsIT::readsCorrections)
                .noneMatch(PublicPageStatementsIT::readsComments);

        var correction = http.api(
                "POST", "/api/v1/articles/" + id + "/corrections", Http.json(Map.of("text", "صُحّح تاريخ الاجتماع.")));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        String token = before.selectFirst("#comment-form input[name=token]").attr("value");
        Thread.sleep(3100); // the form refuses a post sent sooner than nashir.comments.min-delay (3 s) after the page
        long comment = postComment(id, token, "تعليق قارئ بعد التصحيح");
        var approved = http.api("PATCH", "/api/v1/comments/" + comment, "{\"status\":\"approved\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(http.get(path).body());
        assertThat(after.selectFirst(".corrections").text()).contains("صُحّح تاريخ الاجتماع.");
        assertThat(after.selectFirst("#comment-" + comment).text()).contains("تعليق قارئ بعد التصحيح");
        assertThat(after.selectFirst("#comment-form")).isNotNull();
        List<String> read = statementList(path);
        assertThat(read)
                .as(String.join("\n", read))
                .anyMatch(PublicPageStatementsIT::readsCorrections)
                .anyMatch(PublicPageStatementsIT::readsComments);
        assertThat(http.get("/api/v1/articles/" + id + "/comments")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        var preview =
                new com.nashir.testing.Newsroom(http).signIn(port, "editor").get("/admin/articles/" + id + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("صُحّح تاريخ الاجتماع.").contains("تعليق قارئ بعد التصحيح");
    }

    /** The statement that reads an article's corrections ({@code PublishedArticles.corrections}). */
    private static boolean readsCorrections(String sql) {
        return sql.contains("from article_correction c ");
    }

    /** The statement that reads an article's approved comments ({@code CommentRepository.approved}). */
    private static boolean readsComments(String sql) {
        return sql.contains("from reader_comment c ");
    }

    /** A reader's comment posted with the page's form (from an address of its own); its id, from the moderation queue. */
    private long postComment(long articleId, String token, String text) throws Exception {
        String form =
                Map.of("token", token, "name", "قارئ", "email", "", "text", text, "website", "").entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(java.util.stream.Collectors.joining("&"));
        var sent = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(http.base() + "/news/" + articleId + "/comments"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", http.base())
                                .header(
                                        "X-Forwarded-For",
                                        "10.77." + (articleId % 250) + "." + (1 + System.nanoTime() % 250))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        JsonNode queue = http.api("GET", "/api/v1/comments?status=pending&article=" + articleId, null)
                .json();
        assertThat(queue.get("items")).hasSize(1);
        return queue.get("items").get(0).get("id").asLong();
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
            assertThat(statements("/section/" + large + suffix))
                    .as("section" + suffix)
                    .isEqualTo(statements("/section/" + small + suffix));
        }
    }
}
