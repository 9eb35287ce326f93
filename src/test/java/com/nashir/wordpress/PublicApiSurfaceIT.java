package com.nashir.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole public JSON surface, pinned (as Ghost's {@code test/e2e-api/content/*.test.js} pin
 * their answers): every field name of every object the public reads of the Nashir API
 * ({@code /api/v1/search}, its suggestions, an article's comments) and of the WordPress API
 * ({@code /wp-json/wp/v2/posts}, categories, tags, users, media) may carry, nested fields as
 * {@code title.rendered} and array elements as {@code _links.self[].href}. A field added for
 * editors that reaches a public answer fails here until it is added to the pin on purpose; so
 * does a field that disappears. No answer ever names the draft, the post due tomorrow or the tag
 * only the draft carries.
 */
@IntegrationTest
class PublicApiSurfaceIT {
    static final Set<String> SEARCH = Set.of(
            "didYouMean",
            "facets",
            "facets.authors",
            "facets.authors[].count",
            "facets.authors[].key",
            "facets.authors[].label",
            "facets.newest",
            "facets.sections",
            "facets.sections[].count",
            "facets.sections[].key",
            "facets.sections[].label",
            "facets.tags",
            "facets.tags[].count",
            "facets.tags[].key",
            "facets.tags[].label",
            "facets.years",
            "facets.years[].count",
            "facets.years[].key",
            "facets.years[].label",
            "items",
            "items[].headline",
            "items[].headlineHtml",
            "items[].id",
            "items[].publishedAt",
            "items[].section",
            "items[].section.name",
            "items[].section.slug",
            "items[].snippetHtml",
            "items[].url",
            "page",
            "perPage",
            "query",
            "sort",
            "total",
            "totalPages",
            "totalRelation");
    static final Set<String> SEARCH_HIT = Set.of(
            "headline",
            "headlineHtml",
            "id",
            "publishedAt",
            "section",
            "section.name",
            "section.slug",
            "snippetHtml",
            "url");
    static final Set<String> SUGGESTIONS = Set.of("items", "items[].headline", "items[].id", "items[].url");
    static final Set<String> COMMENTS = Set.of(
            "article",
            "comments",
            "items",
            "items[].createdAt",
            "items[].id",
            "items[].name",
            "items[].parentId",
            "items[].replies",
            "items[].replies[].createdAt",
            "items[].replies[].id",
            "items[].replies[].name",
            "items[].replies[].parentId",
            "items[].replies[].text",
            "items[].text",
            "total");
    /** A comment with a reply; a reply is the same without {@code replies}. */
    static final Set<String> COMMENT = Set.of(
            "createdAt",
            "id",
            "name",
            "parentId",
            "replies",
            "replies[].createdAt",
            "replies[].id",
            "replies[].name",
            "replies[].parentId",
            "replies[].text",
            "text");

    static final Set<String> WP_POST = Set.of(
            "_links",
            "_links.author",
            "_links.author[].embeddable",
            "_links.author[].href",
            "_links.collection",
            "_links.collection[].href",
            "_links.curies",
            "_links.curies[].href",
            "_links.curies[].name",
            "_links.curies[].templated",
            "_links.self",
            "_links.self[].href",
            "_links.wp:featuredmedia",
            "_links.wp:featuredmedia[].embeddable",
            "_links.wp:featuredmedia[].href",
            "_links.wp:term",
            "_links.wp:term[].embeddable",
            "_links.wp:term[].href",
            "_links.wp:term[].taxonomy",
            "author",
            "categories",
            "comment_status",
            "content",
            "content.protected",
            "content.rendered",
            "date",
            "date_gmt",
            "excerpt",
            "excerpt.protected",
            "excerpt.rendered",
            "featured_media",
            "format",
            "guid",
            "guid.rendered",
            "id",
            "jetpack_featured_media_url",
            "link",
            "meta",
            "modified",
            "modified_gmt",
            "ping_status",
            "slug",
            "status",
            "sticky",
            "tags",
            "template",
            "title",
            "title.rendered",
            "type");
    static final Set<String> WP_TERM = Set.of(
            "_links",
            "_links.collection",
            "_links.collection[].href",
            "_links.curies",
            "_links.curies[].href",
            "_links.curies[].name",
            "_links.curies[].templated",
            "_links.self",
            "_links.self[].href",
            "_links.wp:post_type",
            "_links.wp:post_type[].href",
            "count",
            "description",
            "id",
            "link",
            "meta",
            "name",
            "parent",
            "slug",
            "taxonomy");
    /** A term inside a post's {@code _embedded}: WordPress's embed context, without count, description, meta or parent. */
    static final Set<String> WP_TERM_EMBEDDED = Set.of(
            "_links",
            "_links.collection",
            "_links.collection[].href",
            "_links.curies",
            "_links.curies[].href",
            "_links.curies[].name",
            "_links.curies[].templated",
            "_links.self",
            "_links.self[].href",
            "_links.wp:post_type",
            "_links.wp:post_type[].href",
            "id",
            "link",
            "name",
            "slug",
            "taxonomy");

    static final Set<String> WP_USER = Set.of(
            "_links",
            "_links.collection",
            "_links.collection[].href",
            "_links.self",
            "_links.self[].href",
            "avatar_urls",
            "description",
            "id",
            "link",
            "meta",
            "name",
            "slug",
            "url");
    /** {@code media_details.sizes} is keyed by size name (thumbnail, medium, full, …): one {@code *} stands for each. */
    static final Set<String> WP_MEDIA = Set.of(
            "_links",
            "_links.collection",
            "_links.collection[].href",
            "_links.self",
            "_links.self[].href",
            "alt_text",
            "author",
            "caption",
            "caption.rendered",
            "comment_status",
            "date",
            "date_gmt",
            "description",
            "description.rendered",
            "guid",
            "guid.rendered",
            "id",
            "link",
            "media_details",
            "media_details.file",
            "media_details.filesize",
            "media_details.height",
            "media_details.sizes",
            "media_details.sizes.*",
            "media_details.sizes.*.file",
            "media_details.sizes.*.filesize",
            "media_details.sizes.*.height",
            "media_details.sizes.*.mime_type",
            "media_details.sizes.*.source_url",
            "media_details.sizes.*.width",
            "media_details.width",
            "media_type",
            "meta",
            "mime_type",
            "modified",
            "modified_gmt",
            "ping_status",
            "post",
            "slug",
            "source_url",
            "status",
            "template",
            "title",
            "title.rendered",
            "type");

    @LocalServerPort
    int port;

    Http http;
    WpFixture fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new WpFixture(http);
    }

    /** Objects whose keys are data rather than field names. */
    private static final Set<String> KEYED_BY_DATA = Set.of("media_details.sizes");
    /**
     * Fields whose content is data, not shape: a user's avatar sizes exist only when the author has
     * a photo (which other tests of the shared site may give one), so only the field itself is pinned.
     */
    private static final Set<String> OPAQUE = Set.of("avatar_urls");

    /** Every field path of a JSON value: {@code a}, {@code a.b}, {@code a[].c}. */
    static SortedSet<String> shape(JsonNode node) {
        SortedSet<String> paths = new TreeSet<>();
        walk(node, "", paths);
        return paths;
    }

    private static void walk(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = KEYED_BY_DATA.contains(path) ? "*" : field.getKey();
                String p = path.isEmpty() ? key : path + "." + key;
                paths.add(p);
                if (!OPAQUE.contains(p)) {
                    walk(field.getValue(), p, paths);
                }
            }
        } else if (node.isArray()) {
            node.valueStream().forEach(element -> walk(element, path + "[]", paths));
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        return array.valueStream().toList();
    }

    /** Each object's fields are among the pinned ones, and the fullest example carries every one of them. */
    private static void pinned(String what, Set<String> pin, JsonNode fullest, List<JsonNode> others) {
        assertThat(shape(fullest)).as("%s: the fields of %s", what, fullest).containsExactlyInAnyOrderElementsOf(pin);
        for (JsonNode other : others) {
            assertThat(shape(other))
                    .as("%s: a field not in the pin in %s", what, other)
                    .isSubsetOf(pin);
        }
    }

    private JsonNode get(String path) {
        var r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertHidden(path, r.body());
        return r.json();
    }

    /** Nothing of the draft, tomorrow's post or the draft's own tag, under any name. */
    private void assertHidden(String path, String body) {
        assertThat(body)
                .as(path)
                .doesNotContain("مسودة سرية")
                .doesNotContain("مقال الغد")
                .doesNotContain("سري " + fx.key)
                .doesNotContain("/news/" + fx.draft + "/")
                .doesNotContain("/news/" + fx.future + "/");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode byId(List<JsonNode> items, long id) {
        return items.stream()
                .filter(i -> i.get("id").asLong() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + items));
    }

    @Test
    void theNashirApisPublicReadsCarryThePinnedFieldsOnly() throws InterruptedException {
        Map<String, Object> recent = Fixtures.article(fx.sectionA, "تعليقات مفتوحة " + fx.key);
        recent.put(
                "publishedAt",
                java.time.OffsetDateTime.now().minusMinutes(1).withNano(0).toString());
        long open = new Fixtures(http).post(recent).get("id").asLong();
        long approved = approvedCommentWithReply(open);
        String q = "/api/v1/search?q=" + fx.key + "&perPage=50";
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> http.get(q).json().get("total").asLong() == 5);
        JsonNode search = get(q);
        List<JsonNode> hits = elements(search.get("items"));
        assertThat(hits)
                .extracting(h -> h.get("id").asLong())
                .containsExactlyInAnyOrder(fx.p1, fx.p2, fx.p3, fx.p4, open);
        pinned(
                "search",
                SEARCH,
                search,
                List.of(
                        get("/api/v1/search?q=" + enc("لا شيء يطابق " + fx.key)),
                        get("/api/v1/search?q=" + enc("مياه " + fx.key) + "&sort=date")));
        pinned("search hit", SEARCH_HIT, hits.get(0), hits);
        assertThat(http.get("/api/v1/search?q=" + enc("مسودة سرية " + fx.key))
                        .json()
                        .get("total")
                        .asLong())
                .as("the draft's words")
                .isZero();

        JsonNode suggestions = get("/api/v1/search/suggest?q=" + enc("سدود جديدة"));
        if (suggestions.get("items").isEmpty()) { // suggestions follow the index on their own schedule
            assertThat(shape(suggestions)).isSubsetOf(SUGGESTIONS);
        } else {
            pinned("suggestions", SUGGESTIONS, suggestions, List.of());
        }

        JsonNode comments = get("/api/v1/articles/" + open + "/comments");
        JsonNode comment = byId(elements(comments.get("items")), approved);
        pinned("comments", COMMENTS, comments, List.of(get("/api/v1/articles/" + fx.p2 + "/comments")));
        pinned("comment", COMMENT, comment, elements(comment.get("replies")));
        for (long hidden : List.of(fx.draft, fx.future)) {
            assertThat(http.get("/api/v1/articles/" + hidden + "/comments").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void theWordPressApiCarriesThePinnedFieldsOnly() {
        String mine = "categories=" + fx.sectionAId + "," + fx.sectionBId + "&per_page=100";
        List<JsonNode> posts = elements(get("/wp-json/wp/v2/posts?" + mine));
        assertThat(posts).extracting(p -> p.get("id").asLong()).containsExactlyInAnyOrder(fx.p1, fx.p2, fx.p3, fx.p4);
        List<JsonNode> more = new ArrayList<>(posts);
        more.add(get("/wp-json/wp/v2/posts/" + fx.p2));
        more.add(get("/wp-json/wp/v2/posts/" + fx.p4));
        pinned("post", WP_POST, get("/wp-json/wp/v2/posts/" + fx.p1), more);
        pinned("post in a list", WP_POST, byId(posts, fx.p1), List.of());

        List<JsonNode> categories = elements(get("/wp-json/wp/v2/categories?per_page=100"));
        List<JsonNode> tags = elements(get("/wp-json/wp/v2/tags?per_page=100&search=" + fx.key));
        assertThat(tags).extracting(t -> t.get("id").asLong()).containsExactlyInAnyOrder(fx.tag1, fx.tag2);
        List<JsonNode> terms = new ArrayList<>(categories);
        terms.addAll(tags);
        terms.add(get("/wp-json/wp/v2/tags/" + fx.tag1));
        pinned("category", WP_TERM, get("/wp-json/wp/v2/categories/" + fx.sectionAId), terms);
        assertThat(http.get("/wp-json/wp/v2/tags/" + fx.secretTag).status())
                .as("the draft's own tag")
                .isEqualTo(404);

        List<JsonNode> users = elements(get("/wp-json/wp/v2/users?per_page=100"));
        List<JsonNode> people = new ArrayList<>(users);
        people.add(get("/wp-json/wp/v2/users/" + fx.deskUser()));
        pinned("user", WP_USER, get("/wp-json/wp/v2/users/" + fx.authorId), people);

        List<JsonNode> media = elements(get("/wp-json/wp/v2/media?per_page=100"));
        pinned("media", WP_MEDIA, get("/wp-json/wp/v2/media/" + fx.mediaId), media);

        // Embedded objects are the same public shapes, not richer ones.
        JsonNode embedded = get("/wp-json/wp/v2/posts/" + fx.p1 + "?_embed").get("_embedded");
        pinned("embedded author", WP_USER, embedded.get("author").get(0), List.of());
        pinned("embedded picture", WP_MEDIA, embedded.get("wp:featuredmedia").get(0), List.of());
        for (JsonNode group : elements(embedded.get("wp:term"))) {
            pinned("embedded term", WP_TERM_EMBEDDED, group.get(0), elements(group));
        }

        for (long hidden : List.of(fx.draft, fx.future)) {
            assertThat(http.get("/wp-json/wp/v2/posts/" + hidden).status()).isEqualTo(404);
            assertThat(http.get("/wp-json/wp/v2/categories?post=" + hidden).status())
                    .isEqualTo(404);
        }
    }

    /** A reader's comment on {@code articleId}, approved, with an approved reply: the fullest comment shape. */
    private long approvedCommentWithReply(long articleId) throws InterruptedException {
        String address = "10.16." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        String text = "تعليق للسطح " + fx.key;
        String first = formToken(articleId, address);
        String second = formToken(articleId, address);
        Thread.sleep(
                3100); // deliberate: the form refuses a post sent sooner than nashir.comments.min-delay (3 s) after the
        // page
        long top = comment(articleId, address, first, Map.of("name", "قارئ", "text", text), text);
        comment(
                articleId,
                address,
                second,
                Map.of("name", "مجيب", "text", "رد " + text, "parentId", Long.toString(top)),
                "رد " + text);
        return top;
    }

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private String formToken(long articleId, String address) {
        String page = send(HttpRequest.newBuilder(URI.create(http.base() + "/news/" + articleId))
                        .header("X-Forwarded-For", address))
                .body();
        var token = Jsoup.parse(page).selectFirst("#comment-form input[name=token]");
        assertThat(token).as("the comment form on /news/" + articleId).isNotNull();
        return token.attr("value");
    }

    private long comment(long articleId, String address, String token, Map<String, String> fields, String text) {
        String form = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&", "token=" + enc(token) + "&", ""));
        var posted = send(HttpRequest.newBuilder(URI.create(http.base() + "/news/" + articleId + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Origin", http.base())
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode pending = http.api(
                        "GET", "/api/v1/comments?status=pending&article=" + articleId + "&perPage=100", null)
                .json();
        long id = pending.get("items")
                .valueStream()
                .filter(c -> c.get("text").asString().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("comment not pending: " + pending))
                .get("id")
                .asLong();
        var approved = http.api("PATCH", "/api/v1/comments/" + id, "{\"status\":\"approved\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
