package com.nashir.search;

import static com.nashir.search.SearchWords.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.Seed;
import com.nashir.testing.WebSession;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Search over HTTP: the public page, the public API, the newsroom's list, and bad input. */
@IntegrationTest
class SearchIT {
    @LocalServerPort
    int port;

    @Autowired
    SiteSearch search;

    Http http;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
    }

    @Test
    void seedArticleIsFoundByTheMustShowQueriesOnThePageAndInTheApi() {
        String section = fixtures.section();
        var posted = http.api("POST", "/api/v1/articles", Seed.articleIn(section));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long id = posted.json().get("id").asLong();
        awaitTotal("تطبيع&section=" + section, 1);
        for (String q : List.of(
                "تطبيع",
                "التطبيع",
                "والتطبيع",
                "تطبيع العلاقات",
                "اردوغان",
                "أردوغان",
                "حميميم",
                "\"قاعدة حميميم\"",
                "مفاوضات",
                "الروسي")) {
            String filter = "&section=" + section;
            JsonNode api = http.get("/api/v1/search?q=" + enc(q) + filter).json();
            assertThat(api.get("items")
                            .valueStream()
                            .map(i -> i.get("id").asLong())
                            .toList())
                    .as(q)
                    .contains(id);
            JsonNode item = api.get("items").get(0);
            assertThat(item.get("snippetHtml").asString()
                            + item.get("headlineHtml").asString())
                    .as(q)
                    .contains("<mark>");

            Document page = Jsoup.parse(http.get("/search?q=" + enc(q) + filter).body());
            assertThat(page.select("ol.results li.result h2 a").eachAttr("href"))
                    .as(q)
                    .anyMatch(h -> h.startsWith("/news/" + id + "/"));
            assertThat(page.select("ol.results mark")).as(q).isNotEmpty();
        }
    }

    @Test
    void publicSearchNeedsNoTokenAndShowsPublishedArticlesOnly() {
        String section = fixtures.section();
        String word = SearchWords.unique();
        var draft = Fixtures.article(section, "مسودة " + word);
        draft.put("status", "draft");
        fixtures.post(draft);
        long published = fixtures.post(Fixtures.article(section, "منشور " + word))
                .get("id")
                .asLong();
        awaitTotal(enc(word), 1);

        var r = http.get("/api/v1/search?q=" + enc(word));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asLong())
                        .toList())
                .containsExactly(published);
        assertThat(http.get("/api/v1/search/suggest?q=" + enc(word.substring(0, 5)))
                        .json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asLong())
                        .toList())
                .containsExactly(published);
        assertThat(http.get("/api/v1/articles").status())
                .as("other API calls still need a token")
                .isEqualTo(401);
        assertThat(http.get("/search?q=" + enc(word)).body()).doesNotContain("مسودة " + word);
    }

    @Test
    void searchPageIsRenderedForEveryRequestWithTheSiteHeaders() {
        var r = http.get("/search?q=" + enc("تطبيع"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(r.header("ETag")).isNull();
        Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.select("header form[role=search][action=/search][method=get] input[name=q]"))
                .hasSize(1);
    }

    @Test
    void facetsFiltersDateOrderAndPages() {
        String section = fixtures.section();
        String word = SearchWords.unique();
        for (int i = 0; i < 13; i++) {
            var a = Fixtures.article(section, word + " خبر رقم " + i);
            a.put("publishedAt", (2020 + i % 3) + "-05-0" + (1 + i % 9) + "T10:00:00+03:00");
            a.put("tags", List.of(i % 2 == 0 ? "زوجي " + word : "فردي " + word));
            fixtures.post(a);
        }
        awaitTotal(enc(word), 13);
        JsonNode all = http.get("/api/v1/search?q=" + enc(word) + "&perPage=5").json();
        assertThat(all.get("total").asLong()).isEqualTo(13);
        assertThat(all.get("totalRelation").asString()).isEqualTo("eq");
        assertThat(all.get("totalPages").asInt()).isEqualTo(3);
        assertThat(all.get("facets")
                        .get("years")
                        .valueStream()
                        .map(y -> y.get("key").asString())
                        .toList())
                .containsExactly("2022", "2021", "2020");
        assertThat(all.get("facets")
                        .get("tags")
                        .valueStream()
                        .map(t -> t.get("count").asLong())
                        .toList())
                .containsExactly(7L, 6L);
        JsonNode y2021 = http.get("/api/v1/search?q=" + enc(word) + "&from=2021-01-01&to=2021-12-31")
                .json();
        assertThat(y2021.get("total").asLong()).isEqualTo(4);
        String tag = all.get("facets").get("tags").get(0).get("key").asString();
        assertThat(http.get("/api/v1/search?q=" + enc(word) + "&tag=" + enc(tag))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(7);
        JsonNode byDate = http.get("/api/v1/search?q=" + enc(word) + "&sort=date&perPage=13")
                .json();
        List<String> dates = byDate.get("items")
                .valueStream()
                .map(i -> i.get("publishedAt").asString())
                .toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Document page = Jsoup.parse(http.get("/search?q=" + enc(word)).body());
        assertThat(page.select("ol.results li.result")).hasSize(10);
        assertThat(page.select("aside.facets a")).isNotEmpty();
        String next = page.selectFirst("nav.pager a[rel=next]").attr("href");
        Document second = Jsoup.parse(http.get(next).body());
        assertThat(second.select("ol.results li.result")).hasSize(3);
        String yearLink = page.select("aside.facets a").stream()
                .filter(a -> a.attr("href").contains("from=2021-01-01"))
                .findFirst()
                .orElseThrow()
                .attr("href");
        assertThat(Jsoup.parse(http.get(yearLink).body()).select("ol.results li.result"))
                .hasSize(4);
    }

    @Test
    void aSearchOverTheCountBoundSaysMoreThanAndStillListsTheNewestFirst() {
        String section = fixtures.section();
        String word = SearchWords.unique();
        for (int i = 0; i < 6; i++) {
            var a = Fixtures.article(section, word + " خبر رقم " + i);
            a.put("publishedAt", (2019 + i) + "-03-10T10:00:00+03:00");
            fixtures.post(a);
        }
        awaitTotal(enc(word), 6);
        int bound = search.countBound(4);
        try {
            JsonNode over =
                    http.get("/api/v1/search?q=" + enc(word) + "&sort=date").json();
            assertThat(over.get("total").asLong()).isEqualTo(4);
            assertThat(over.get("totalRelation").asString()).isEqualTo("gte");
            assertThat(over.get("facets").get("newest").asLong()).isEqualTo(4);
            assertThat(over.get("facets")
                            .get("years")
                            .valueStream()
                            .map(y -> y.get("key").asString())
                            .toList())
                    .as("the facets count the newest four")
                    .containsExactly("2024", "2023", "2022", "2021");
            assertThat(over.get("items")
                            .valueStream()
                            .map(i -> i.get("publishedAt").asString().substring(0, 4))
                            .toList())
                    .as("the page still lists every match, newest first")
                    .containsExactly("2024", "2023", "2022", "2021", "2020", "2019");

            Document page = Jsoup.parse(http.get("/search?q=" + enc(word)).body());
            assertThat(page.selectFirst(".result-count").text()).startsWith("أكثر من ");
            assertThat(page.select(".search-notice"))
                    .as("no 'index being built' notice")
                    .isEmpty();
            assertThat(page.selectFirst("aside.facets .facets-scope").text()).startsWith("الأعداد في أحدث ");
            assertThat(page.select("ol.results li.result")).hasSize(6);

            search.countBound(6);
            JsonNode at = http.get("/api/v1/search?q=" + enc(word)).json();
            assertThat(at.get("total").asLong()).isEqualTo(6);
            assertThat(at.get("totalRelation").asString()).isEqualTo("eq");
            assertThat(at.get("facets").get("newest").isNull()).isTrue();
            Document exact = Jsoup.parse(http.get("/search?q=" + enc(word)).body());
            assertThat(exact.selectFirst(".result-count").text()).doesNotContain("أكثر من");
            assertThat(exact.select(".facets-scope")).isEmpty();
        } finally {
            search.countBound(bound);
        }
    }

    @Test
    void badInputGivesAClearMessageNeverA500() {
        for (String q : List.of(
                "",
                "ا".repeat(2000),
                "\"غير مغلق",
                "*",
                "~",
                ":",
                "\\",
                "تطبيع*~:\\",
                "\u0000\u0007\u001b",
                "(((",
                "-")) {
            var page = http.get("/search?q=" + enc(q));
            assertThat(page.status())
                    .as("page for %s", q.length() > 20 ? q.substring(0, 20) : q)
                    .isEqualTo(200);
            var api = http.get("/api/v1/search?q=" + enc(q));
            assertThat(api.status())
                    .as("api for %s", q.length() > 20 ? q.substring(0, 20) : q)
                    .isIn(200, 400);
            if (api.status() == 400) {
                assertThat(api.header("Content-Type")).startsWith("application/problem+json");
                assertThat(api.json().get("field").asString()).isEqualTo("q");
            }
        }
        Document tooLong =
                Jsoup.parse(http.get("/search?q=" + enc("ا".repeat(2000))).body());
        assertThat(tooLong.selectFirst("[role=alert]").text()).contains("أطول من 200 حرف");
        assertThat(http.get("/api/v1/search?q=x&from=17-06-2024")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("from");
        assertThat(http.get("/api/v1/search?q=x&page=0").status()).isEqualTo(400);
        assertThat(http.get("/search?q=x&page=abc").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/search/suggest?q=" + enc("ا".repeat(2000))).status())
                .isEqualTo(400);
    }

    @Test
    void highlightedTextIsEscapedOnThePage() {
        String section = fixtures.section();
        String word = SearchWords.unique();
        var a = Fixtures.article(section, word + " <img src=x onerror=alert(1)>");
        a.put("body", "<p>" + word + " &lt;script&gt;alert(1)&lt;/script&gt;</p>");
        fixtures.post(a);
        awaitTotal(enc(word), 1);
        String html = http.get("/search?q=" + enc(word)).body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(html.replaceAll("</?bdi[^>]*>", ""))
                .contains("&lt;script&gt;"); // Latin runs are isolated in <bdi dir="ltr">
        assertThat(Jsoup.parse(html).select("ol.results mark").eachText()).contains(word);
    }

    @Test
    void newsroomListSearchesEveryStateWithArabicFormsAndRespectsRoles() {
        Newsroom people = new Newsroom(http);
        String section = fixtures.section();
        String word = SearchWords.unique();
        var draft = Fixtures.article(section, "والـ" + word + " في مسودة المحرر");
        draft.put("status", "draft");
        long draftId = http.apiAs(people.editor, "POST", "/api/v1/articles", Http.json(draft))
                .json()
                .get("id")
                .asLong();
        // Drafts never show in public search: wait for the index through the newsroom's own list.

        WebSession editor = new WebSession(port);
        editor.login(username(people.user("editor")), people.password());
        await("draft " + draftId + " in the newsroom search")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> editor.page("/admin/articles?q=" + enc("ال" + word))
                        .text()
                        .contains("في مسودة المحرر"));

        WebSession writer = new WebSession(port);
        writer.login(username(people.user("writer")), people.password());
        assertThat(writer.page("/admin/articles?q=" + enc(word)).text()).doesNotContain("في مسودة المحرر");
    }

    /** The index follows within milliseconds, but not in the same instant as the API's answer. */
    private void awaitTotal(String query, long total) {
        await(query + " to find " + total)
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> http.get("/api/v1/search?q=" + query)
                                .json()
                                .get("total")
                                .asLong()
                        == total);
    }

    private String username(long id) {
        return http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
    }
}
