package com.nashir.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The WordPress-compatible API over plain HTTP: shapes, headers, filters, errors, _fields, _embed, ?rest_route=, no drafts. */
@IntegrationTest
class WordPressApiIT {
    @LocalServerPort
    int port;

    Http http;
    WpFixture fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new WpFixture(http);
    }

    @Test
    void aPostHasWordPressFieldsAndLinks() {
        var r = http.get("/wp-json/wp/v2/posts/" + fx.p1);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode p = r.json();
        assertThat(p.get("id").asLong()).isEqualTo(fx.p1);
        // Asia/Damascus is +03:00: local time without an offset, and UTC beside it.
        assertThat(p.get("date").asString()).isEqualTo("2024-06-10T10:00:00");
        assertThat(p.get("date_gmt").asString()).isEqualTo("2024-06-10T07:00:00");
        assertThat(p.get("modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(p.get("status").asString()).isEqualTo("publish");
        assertThat(p.get("type").asString()).isEqualTo("post");
        assertThat(p.get("link").asString()).startsWith(http.base() + "/news/" + fx.p1 + "/");
        assertThat(p.get("slug").asString()).contains(fx.key);
        assertThat(p.get("title").get("rendered").asString()).isEqualTo("سدود جديدة في الأردن " + fx.key);
        String content = p.get("content").get("rendered").asString();
        assertThat(content)
                .contains("&amp; الطقس")
                .contains("href=\"" + http.base() + "/section/" + fx.sectionA + "\"");
        assertThat(p.get("content").get("protected").asBoolean()).isFalse();
        assertThat(p.get("excerpt").get("rendered").asString())
                .isEqualTo("<p>ملخص سدود جديدة في الأردن " + fx.key + "</p>\n");
        assertThat(p.get("author").asLong()).isEqualTo(fx.authorId);
        assertThat(p.get("featured_media").asLong()).isEqualTo(fx.mediaId);
        assertThat(p.get("jetpack_featured_media_url").asString()).isEqualTo(http.base() + fx.imagePath);
        assertThat(ids(p.get("categories"))).containsExactly(fx.sectionAId);
        assertThat(ids(p.get("tags"))).containsExactly(fx.tag1);
        assertThat(p.get("comment_status").asString()).isIn("open", "closed");
        JsonNode links = p.get("_links");
        assertThat(links.get("self").get(0).get("href").asString())
                .isEqualTo(http.base() + "/wp-json/wp/v2/posts/" + fx.p1);
        assertThat(links.get("collection").get(0).get("href").asString())
                .isEqualTo(http.base() + "/wp-json/wp/v2/posts");
        assertThat(links.get("author").get(0).get("href").asString()).endsWith("/wp-json/wp/v2/users/" + fx.authorId);
        assertThat(links.get("author").get(0).get("embeddable").asBoolean()).isTrue();
        assertThat(links.get("wp:featuredmedia").get(0).get("href").asString())
                .endsWith("/wp-json/wp/v2/media/" + fx.mediaId);
        assertThat(links.get("wp:term").get(0).get("taxonomy").asString()).isEqualTo("category");
        assertThat(links.get("wp:term").get(0).get("href").asString())
                .endsWith("/wp-json/wp/v2/categories?post=" + fx.p1);
        assertThat(links.get("wp:term").get(1).get("taxonomy").asString()).isEqualTo("post_tag");
        assertThat(r.body()).doesNotContain("email").doesNotContain("_embedded");

        // A post signed by a desk names it in the desks' id range.
        assertThat(http.get("/wp-json/wp/v2/posts/" + fx.p2)
                        .json()
                        .get("author")
                        .asLong())
                .isEqualTo(fx.deskUser());
        assertThat(http.get("/wp-json/wp/v2/posts/" + fx.p2)
                        .json()
                        .get("featured_media")
                        .asLong())
                .isZero();
    }

    @Test
    void answersCarryCorsCachingAndEtag() {
        var r = http.get("/wp-json/wp/v2/posts/" + fx.p1, "Origin", "https://app.example");
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(r.header("Access-Control-Expose-Headers")).contains("X-WP-Total", "X-WP-TotalPages", "Link");
        assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(r.header("ETag")).isNotBlank();
        var again = http.get("/wp-json/wp/v2/posts/" + fx.p1, "If-None-Match", r.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // The API is not behind the Nashir API's token filter, and sets no cookie.
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void filtersLikeWordPress() {
        String a = "categories=" + fx.sectionAId;
        assertThat(listIds(a)).containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(listIds("categories=" + fx.sectionAId + "," + fx.sectionBId))
                .containsExactly(fx.p4, fx.p3, fx.p2, fx.p1);
        assertThat(listIds("categories[]=" + fx.sectionAId + "&categories[]=" + fx.sectionBId))
                .hasSize(4);
        assertThat(listIds("tags=" + fx.tag1)).containsExactly(fx.p2, fx.p1);
        assertThat(listIds(a + "&tags=" + fx.tag1 + "," + fx.tag2)).containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(listIds("author=" + fx.authorId)).containsExactly(fx.p4, fx.p3, fx.p1);
        assertThat(listIds("author=" + fx.deskUser())).containsExactly(fx.p2);
        assertThat(listIds("author=" + fx.deskUser() + "," + fx.authorId + "&" + a))
                .containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(listIds("slug=" + enc(fx.p3Slug))).containsExactly(fx.p3);
        // WordPress's own spelling of a non-Latin slug: percent-encoded, lower case.
        assertThat(listIds("slug=" + enc(enc(fx.p3Slug).toLowerCase()))).containsExactly(fx.p3);
        assertThat(listIds(a + "&after=2024-06-11T10:00:00")).containsExactly(fx.p3);
        assertThat(listIds(a + "&after=" + enc("2024-06-11T06:59:00Z"))).containsExactly(fx.p3, fx.p2);
        assertThat(listIds(a + "&before=2024-06-11")).containsExactly(fx.p1);
        assertThat(listIds(a + "&order=asc")).containsExactly(fx.p1, fx.p2, fx.p3);
        assertThat(listIds(a + "&orderby=id&order=asc")).containsExactly(fx.p1, fx.p2, fx.p3);
        assertThat(listIds(a + "&orderby=title&order=asc")).containsExactly(fx.p2, fx.p1, fx.p3);
        assertThat(listIds(a + "&orderby=slug&order=desc")).containsExactly(fx.p3, fx.p1, fx.p2);
        assertThat(listIds(a + "&orderby=modified")).hasSize(3);
        assertThat(listIds("include=" + fx.p3 + "," + fx.p1 + "&orderby=include"))
                .containsExactly(fx.p3, fx.p1);
        assertThat(listIds(a + "&exclude=" + fx.p2)).containsExactly(fx.p3, fx.p1);
        assertThat(listIds(a + "&status=publish")).hasSize(3);
        // Last change as shown (the fixtures were published in 2024 and written today).
        String soon = enc(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .plusHours(1)
                .toString());
        assertThat(listIds(a + "&modified_after=2024-06-11T00:00:00")).containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(listIds(a + "&modified_after=" + soon)).isEmpty();
        assertThat(listIds(a + "&modified_before=" + soon)).hasSize(3);
        assertThat(listIds(a + "&modified_before=2024-01-01")).isEmpty();
    }

    @Test
    void anOffsetReplacesThePageAsInWordPress() {
        String a = "/wp-json/wp/v2/posts?categories=" + fx.sectionAId;
        assertThat(ids(http.get(a + "&offset=1").json())).containsExactly(fx.p2, fx.p1);
        var one = http.get(a + "&offset=1&per_page=1&page=3");
        assertThat(ids(one.json())).containsExactly(fx.p2);
        assertThat(one.header("X-WP-Total")).isEqualTo("3");
        assertThat(ids(http.get(a + "&offset=5").json())).isEmpty();
        assertThat(ids(http.get(a + "&orderby=include&include=" + fx.p1 + "," + fx.p3 + "," + fx.p2 + "&offset=1")
                        .json()))
                .containsExactly(fx.p3, fx.p2);
        assertThat(ids(http.get(a + "&sticky=true").json())).isEmpty();
        assertThat(ids(http.get(a + "&sticky=false").json())).containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(http.get(a + "&sticky=perhaps").status()).isEqualTo(400);
        // Listings stop at a depth (reading page N costs its offset); older posts are reached with before=.
        var deep = http.get("/wp-json/wp/v2/posts?offset=" + com.nashir.published.PublishedArticles.MAX_DEPTH);
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("data").get("params").has("offset"))
                .as(deep.body())
                .isTrue();
        assertThat(http.get("/wp-json/wp/v2/posts?per_page=100&page=101")
                        .json()
                        .get("data")
                        .get("params")
                        .has("page"))
                .isTrue();
        var bad = http.get(a + "&offset=-1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asString()).isEqualTo("rest_invalid_param");
        assertThat(bad.body()).contains("offset");
    }

    @Test
    void neverShowsDraftsOrPostsNotYetDue() {
        for (long hidden : List.of(fx.draft, fx.future)) {
            var r = http.get("/wp-json/wp/v2/posts/" + hidden);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("code").asString()).isEqualTo("rest_post_invalid_id");
            assertThat(listIds("include=" + hidden)).isEmpty();
        }
        assertThat(listIds("tags=" + fx.secretTag)).isEmpty();
        assertThat(http.get("/wp-json/wp/v2/tags/" + fx.secretTag).status()).isEqualTo(404);
        assertThat(http.get("/wp-json/wp/v2/tags?search=" + enc("سري " + fx.key))
                        .json()
                        .size())
                .isZero();
        assertThat(http.get("/wp-json/wp/v2/posts?status=draft")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("rest_invalid_param");
        // Counts are of public posts only: the draft and tomorrow's post also sit in section A and carry tag 1.
        assertThat(http.get("/wp-json/wp/v2/categories/" + fx.sectionAId)
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(3);
        assertThat(http.get("/wp-json/wp/v2/tags/" + fx.tag1)
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void paginatesWithWordPressHeaders() {
        String q = "/wp-json/wp/v2/posts?categories=" + fx.sectionAId + "&per_page=2";
        var first = http.get(q);
        assertThat(first.header("X-WP-Total")).isEqualTo("3");
        assertThat(first.header("X-WP-TotalPages")).isEqualTo("2");
        assertThat(first.header("Link")).isEqualTo("<" + http.base() + q + "&page=2>; rel=\"next\"");
        assertThat(ids(first.json())).containsExactly(fx.p3, fx.p2);
        var second = http.get(q + "&page=2");
        assertThat(ids(second.json())).containsExactly(fx.p1);
        assertThat(second.header("Link")).isEqualTo("<" + http.base() + q + "&page=1>; rel=\"prev\"");
        var beyond = http.get(q + "&page=3");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().get("code").asString()).isEqualTo("rest_post_invalid_page_number");
        var none = http.get("/wp-json/wp/v2/posts?categories=" + fx.sectionAId + "&tags=" + fx.secretTag);
        assertThat(none.json().size()).isZero();
        assertThat(none.header("X-WP-Total")).isEqualTo("0");
        assertThat(none.header("X-WP-TotalPages")).isEqualTo("0");
    }

    @Test
    void errorsHaveWordPressShape() {
        var bad = http.get("/wp-json/wp/v2/posts?per_page=101&orderby=popularity&after=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode e = bad.json();
        assertThat(e.get("code").asString()).isEqualTo("rest_invalid_param");
        assertThat(e.get("message").asString()).contains("per_page");
        assertThat(e.get("data").get("status").asInt()).isEqualTo(400);
        assertThat(e.get("data").get("params").propertyNames())
                .containsExactlyInAnyOrder("per_page", "orderby", "after");
        assertThat(e.get("data").get("params").get("per_page").asString()).matches("(?s).*[\\u0600-\\u06FF].*");

        for (String path : List.of("/wp-json/wp/v2/nothing", "/wp-json/wp/v2/posts/abc", "/wp-json/acf/v3/posts")) {
            var r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("code").asString()).isEqualTo("rest_no_route");
            assertThat(r.json().get("data").get("status").asInt()).isEqualTo(404);
        }
        var post = http.apiAs(null, "POST", "/wp-json/wp/v2/posts", "{\"title\":\"x\"}");
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.json().get("code").asString()).isEqualTo("rest_no_route");
        assertThat(http.get("/wp-json/wp/v2/posts/999999999").json().get("code").asString())
                .isEqualTo("rest_post_invalid_id");
        assertThat(http.get("/wp-json/wp/v2/posts?orderby=relevance")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("rest_no_search_term_defined");
        assertThat(http.get("/wp-json/wp/v2/posts?context=edit").status()).isEqualTo(401);
        assertThat(http.get("/wp-json/wp/v2/users/424242").json().get("code").asString())
                .isEqualTo("rest_user_invalid_id");
        assertThat(http.get("/wp-json/wp/v2/categories/424242")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("rest_term_invalid");
    }

    @Test
    void fieldsKeepsOnlyTheNamedOnes() {
        JsonNode p = http.get("/wp-json/wp/v2/posts/" + fx.p1 + "?_fields=id,title.rendered,link")
                .json();
        assertThat(p.propertyNames()).containsExactly("id", "link", "title");
        assertThat(p.get("title").propertyNames()).containsExactly("rendered");
        JsonNode list = http.get("/wp-json/wp/v2/posts?categories=" + fx.sectionAId
                        + "&_fields[]=id&_fields[]=content.protected")
                .json();
        assertThat(list.get(0).propertyNames()).containsExactly("id", "content");
        assertThat(list.get(0).get("content").propertyNames()).containsExactly("protected");
        JsonNode term = http.get("/wp-json/wp/v2/categories/" + fx.sectionAId + "?_fields=name,slug")
                .json();
        assertThat(term.propertyNames()).containsExactly("name", "slug");
    }

    @Test
    void embedsAuthorFeaturedMediaAndTerms() {
        JsonNode p = http.get("/wp-json/wp/v2/posts?include=" + fx.p1 + "&_embed")
                .json()
                .get(0);
        JsonNode embedded = p.get("_embedded");
        JsonNode author = embedded.get("author").get(0);
        assertThat(author.get("id").asLong()).isEqualTo(fx.authorId);
        assertThat(author.get("name").asString()).isEqualTo("هدى الكاتبة " + fx.key);
        assertThat(author.get("slug").asString()).isEqualTo(fx.authorSlug);
        assertThat(author.has("email")).isFalse();
        JsonNode media = embedded.get("wp:featuredmedia").get(0);
        assertThat(media.get("id").asLong()).isEqualTo(fx.mediaId);
        assertThat(media.get("media_type").asString()).isEqualTo("image");
        assertThat(media.get("alt_text").asString()).isEqualTo("سد على نهر");
        assertThat(media.get("caption").get("rendered").asString()).isEqualTo("<p>سد الملك طلال ـ أرشيف</p>\n");
        assertThat(media.get("source_url").asString()).startsWith(http.base() + "/media/");
        assertThat(media.get("media_details")
                        .get("sizes")
                        .get("thumbnail")
                        .get("width")
                        .asInt())
                .isEqualTo(320);
        JsonNode terms = embedded.get("wp:term");
        assertThat(terms.get(0).get(0).get("id").asLong()).isEqualTo(fx.sectionAId);
        assertThat(terms.get(0).get(0).get("taxonomy").asString()).isEqualTo("category");
        assertThat(ids(terms.get(1))).containsExactly(fx.tag1);
        // Only the relations asked for.
        JsonNode onlyAuthor = http.get("/wp-json/wp/v2/posts/" + fx.p2 + "?_embed=author")
                .json()
                .get("_embedded");
        assertThat(onlyAuthor.propertyNames()).containsExactly("author");
        assertThat(onlyAuthor.get("author").get(0).get("id").asLong()).isEqualTo(fx.deskUser());
        assertThat(onlyAuthor.get("author").get(0).get("name").asString()).isEqualTo("مكتب الاختبار " + fx.key);
    }

    @Test
    void searchUsesTheSiteSearch() {
        String q = "/wp-json/wp/v2/posts?search=" + fx.key + "&_fields=id";
        List<Long> found = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ids(http.get(q).json()), ids -> ids.size() >= 4);
        assertThat(found).containsExactlyInAnyOrder(fx.p1, fx.p2, fx.p3, fx.p4);
        assertThat(ids(http.get(q + "&categories=" + fx.sectionAId + "&orderby=date")
                        .json()))
                .containsExactly(fx.p3, fx.p2, fx.p1);
        assertThat(ids(http.get("/wp-json/wp/v2/posts?search=" + enc("مسودة سرية " + fx.key))
                        .json()))
                .isEmpty();
        var tooLong = http.get("/wp-json/wp/v2/posts?search=" + "ا".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("data").get("params").has("search")).isTrue();
    }

    @Test
    void restRouteFallbackAnswersAsWpJson() {
        String query = "categories=" + fx.sectionAId + "&per_page=2";
        var pretty = http.get("/wp-json/wp/v2/posts?" + query);
        var plain = http.get("/?rest_route=/wp/v2/posts&" + query);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).startsWith("application/json");
        assertThat(plain.body()).isEqualTo(pretty.body());
        assertThat(plain.header("ETag")).isEqualTo(pretty.header("ETag"));
        assertThat(plain.header("X-WP-Total")).isEqualTo("3");
        assertThat(plain.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(plain.header("Link"))
                .contains("/wp-json/wp/v2/posts?")
                .contains("page=2")
                .doesNotContain("rest_route");
        assertThat(http.get("/?rest_route=/wp/v2/posts/" + fx.p1)
                        .json()
                        .get("id")
                        .asLong())
                .isEqualTo(fx.p1);
        assertThat(http.get("/?rest_route=/wp/v2/posts/" + fx.draft).status()).isEqualTo(404);
        assertThat(http.get("/?rest_route=/").json().get("namespaces").get(0).asString())
                .isEqualTo("wp/v2");
        assertThat(http.get("/?rest_route=/wp/v2/nothing").json().get("code").asString())
                .isEqualTo("rest_no_route");
        assertThat(http.get("/?rest_route=" + enc("/../admin"))
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("rest_no_route");
        // The home page itself is still the home page, and the page cache did not keep JSON for it.
        var home = http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(http.get("/?rest_route=/wp/v2/posts&" + query).header("Content-Type"))
                .startsWith("application/json");
    }

    /** WordPress's discovery: pages (cached or not, GET or HEAD) point at the API with a Link header and a head link. */
    @Test
    void pagesPointAtTheApiLikeWordPress() {
        String link = "<" + http.base() + "/wp-json/>; rel=\"https://api.w.org/\"";
        for (int i = 0; i < 2; i++) { // the second answer comes from the page cache
            var home = http.get("/");
            assertThat(home.headers().allValues("Link")).contains(link);
            assertThat(org.jsoup.Jsoup.parse(home.body())
                            .select("link[rel=https://api.w.org/]")
                            .attr("href"))
                    .isEqualTo("/wp-json/");
        }
        var head = http.apiAs(null, "HEAD", "/", null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().allValues("Link")).contains(link);
        assertThat(http.get("/assets/nonexistent.css").headers().allValues("Link"))
                .isEmpty();
    }

    @Test
    void indexDescribesTheSiteAndRoutes() {
        for (String path : List.of("/wp-json/", "/wp-json")) {
            JsonNode index = http.get(path).json();
            assertThat(index.get("name").asString()).isNotBlank();
            assertThat(index.get("url").asString()).isEqualTo(http.base());
            assertThat(index.get("home").asString()).isEqualTo(http.base());
            assertThat(index.get("timezone_string").asString()).isEqualTo("Asia/Damascus");
            assertThat(index.get("gmt_offset").isNumber()).isTrue();
            assertThat(index.get("namespaces").get(0).asString()).isEqualTo("wp/v2");
            JsonNode posts = index.get("routes").get("/wp/v2/posts");
            assertThat(posts.get("methods").get(0).asString()).isEqualTo("GET");
            assertThat(posts.get("endpoints").get(0).get("args").has("per_page"))
                    .isTrue();
            assertThat(index.get("routes").has("/wp/v2/posts/(?P<id>[\\d]+)")).isTrue();
            assertThat(index.get("routes").has("/wp/v2/users")).isTrue();
        }
    }

    @Test
    void termsUsersMediaAndPages() {
        JsonNode category =
                http.get("/wp-json/wp/v2/categories?slug=" + fx.sectionA).json().get(0);
        assertThat(category.get("id").asLong()).isEqualTo(fx.sectionAId);
        assertThat(category.get("taxonomy").asString()).isEqualTo("category");
        assertThat(category.get("parent").asInt()).isZero();
        assertThat(category.get("link").asString()).isEqualTo(http.base() + "/section/" + fx.sectionA);
        assertThat(ids(http.get("/wp-json/wp/v2/tags?post=" + fx.p2).json()))
                .containsExactlyInAnyOrder(fx.tag1, fx.tag2);
        assertThat(ids(http.get("/wp-json/wp/v2/categories?post=" + fx.p4).json()))
                .containsExactly(fx.sectionBId);
        assertThat(http.get("/wp-json/wp/v2/tags?post=" + fx.draft).status()).isEqualTo(404);
        JsonNode tag = http.get("/wp-json/wp/v2/tags/" + fx.tag2).json();
        assertThat(tag.get("taxonomy").asString()).isEqualTo("post_tag");
        assertThat(tag.get("name").asString()).isEqualTo("زراعة " + fx.key);
        assertThat(tag.get("count").asLong()).isEqualTo(2);

        JsonNode user = http.get("/wp-json/wp/v2/users/" + fx.authorId).json();
        assertThat(user.get("name").asString()).isEqualTo("هدى الكاتبة " + fx.key);
        assertThat(user.get("description").asString()).isEqualTo("تكتب عن المياه");
        assertThat(user.get("link").asString()).isEqualTo(http.base() + "/author/" + fx.authorSlug);
        assertThat(user.has("email")).isFalse();
        JsonNode desk = http.get("/wp-json/wp/v2/users/" + fx.deskUser()).json();
        assertThat(desk.get("slug").asString()).isEqualTo("wp-desk-" + fx.key);
        var users = http.get("/wp-json/wp/v2/users?slug=" + fx.authorSlug + ",wp-desk-" + fx.key);
        assertThat(ids(users.json())).containsExactlyInAnyOrder(fx.authorId, fx.deskUser());
        assertThat(users.header("X-WP-Total")).isEqualTo("2");
        assertThat(users.body()).doesNotContain("@");

        JsonNode media = http.get("/wp-json/wp/v2/media/" + fx.mediaId).json();
        assertThat(media.get("type").asString()).isEqualTo("attachment");
        assertThat(media.get("mime_type").asString())
                .isEqualTo("image/jpeg"); // re-encoded: the PNG has no transparency
        assertThat(media.get("media_details").get("width").asInt()).isEqualTo(800);
        assertThat(media.get("media_details")
                        .get("sizes")
                        .get("full")
                        .get("source_url")
                        .asString())
                .isEqualTo(media.get("source_url").asString());
        var library = http.get("/wp-json/wp/v2/media?per_page=100");
        assertThat(ids(library.json())).contains(fx.mediaId);
        assertThat(library.header("X-WP-Total")).isNotNull();

        var pages = http.get("/wp-json/wp/v2/pages");
        assertThat(pages.status()).isEqualTo(200);
        assertThat(pages.json().size()).isZero();
        assertThat(pages.header("X-WP-Total")).isEqualTo("0");
    }

    private List<Long> listIds(String query) {
        var r = http.get("/wp-json/wp/v2/posts?" + query);
        assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(200);
        return ids(r.json());
    }

    private static List<Long> ids(JsonNode array) {
        return array.valueStream()
                .map(n -> n.isNumber() ? n.asLong() : n.get("id").asLong())
                .toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
