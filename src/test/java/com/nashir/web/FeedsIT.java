package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The feeds over HTTP: RSS, Atom and JSON Feed for a section, tag, author and desk hold only
 * published articles, read back by Rome with the right dates, language, categories and enclosure,
 * answer 304 to a matching If-None-Match, and are announced in the pages.
 */
@IntegrationTest
class FeedsIT {
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

    static SyndFeed rome(Http.Response r) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(r.body()));
    }

    private JsonNode publish(String headline, String publishedAt) {
        var a = Fixtures.article(section, headline);
        a.put("publishedAt", publishedAt);
        a.put(
                "featuredImage",
                Map.of("url", "/demo/desert.svg", "alt", "كثبان", "caption", "صحراء", "credit", "", "archive", false));
        return fx.post(a);
    }

    @Test
    void sectionFeedsHoldOnlyPublishedArticles_inEveryFormat() throws Exception {
        publish("خبر منشور & مهم <أول>", "2024-06-17T10:30:00+03:00");
        var draft = Fixtures.article(section, "مسودة لا تظهر");
        draft.put("status", "draft");
        fx.post(draft);
        var scheduled = Fixtures.article(section, "خبر مجدول لا يظهر");
        scheduled.put("status", "scheduled");
        scheduled.put("publishedAt", Instant.now().plus(2, ChronoUnit.HOURS).toString());
        fx.post(scheduled);
        var future = Fixtures.article(section, "خبر بتاريخ قادم لا يظهر");
        future.put("publishedAt", Instant.now().plus(2, ChronoUnit.HOURS).toString());
        fx.post(future);

        SyndFeed rss = rome(http.get("/section/" + section + "/feed"));
        SyndFeed atom = rome(http.get("/section/" + section + "/feed/atom"));
        for (SyndFeed f : List.of(rss, atom)) {
            assertThat(f.getEntries()).extracting(SyndEntry::getTitle).containsExactly("خبر منشور & مهم <أول>");
        }
        JsonNode json = http.get("/section/" + section + "/feed.json").json();
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.get("items").get(0).get("title").asString()).isEqualTo("خبر منشور & مهم <أول>");
        for (String path : List.of("/feed", "/feed/atom", "/feed.json")) {
            assertThat(http.get(path).body())
                    .doesNotContain("مسودة لا تظهر")
                    .doesNotContain("خبر مجدول لا يظهر")
                    .doesNotContain("خبر بتاريخ قادم لا يظهر");
        }
    }

    @Test
    void entriesCarryDatesLanguageCategoriesEnclosureAndAbsoluteLinks() throws Exception {
        JsonNode created = publish("خبر بصورة", "2024-06-17T10:30:00+03:00");
        var rssResponse = http.get("/section/" + section + "/feed");
        assertThat(rssResponse.header("Content-Type"))
                .startsWith("application/rss+xml")
                .containsIgnoringCase("charset=utf-8");
        assertThat(rssResponse.body())
                .contains("<language>ar</language>")
                .contains("<pubDate>Mon, 17 Jun 2024 07:30:00 GMT</pubDate>");
        SyndFeed rss = rome(rssResponse);
        assertThat(rss.getLanguage()).isEqualTo("ar");
        SyndEntry e = rss.getEntries().get(0);
        assertThat(e.getLink()).isEqualTo(created.get("url").asString());
        assertThat(e.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2024-06-17T07:30:00Z"));
        assertThat(e.getCategories()).extracting(c -> c.getName()).containsExactly("قسم " + section, "اختبار");
        assertThat(e.getEnclosures()).singleElement().satisfies(en -> {
            assertThat(en.getUrl()).isEqualTo(http.base() + "/demo/desert.svg");
            assertThat(en.getType()).isEqualTo("image/svg+xml");
        });
        assertThat(e.getContents().get(0).getValue()).contains("نص تجريبي للمقال");
        assertThat(rssResponse.body()).contains("<media:content").contains("<dc:creator>فريق التحرير</dc:creator>");

        var atomResponse = http.get("/section/" + section + "/feed/atom");
        assertThat(atomResponse.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(atomResponse.body())
                .contains("xml:lang=\"ar\"")
                .contains("<published>2024-06-17T07:30:00Z</published>");
        SyndFeed atom = rome(atomResponse);
        assertThat(atom.getEntries().get(0).getEnclosures()).hasSize(1);

        var jsonResponse = http.get("/section/" + section + "/feed.json");
        assertThat(jsonResponse.header("Content-Type")).startsWith("application/feed+json");
        JsonNode item = jsonResponse.json().get("items").get(0);
        assertThat(jsonResponse.json().get("language").asString()).isEqualTo("ar");
        assertThat(item.get("date_published").asString()).isEqualTo("2024-06-17T07:30:00Z");
        assertThat(item.get("image").asString()).isEqualTo(http.base() + "/demo/desert.svg");
    }

    @Test
    void tagAuthorAndDeskFeedsFollowTheirListings() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String author = "writer-" + suffix;
        assertThat(http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", author, "name", "كاتب " + suffix)))
                        .status())
                .isEqualTo(201);
        String desk = "desk-" + suffix;
        assertThat(http.api("POST", "/api/v1/desks", Http.json(Map.of("slug", desk, "name", "مكتب " + suffix)))
                        .status())
                .isEqualTo(201);
        var byAuthor = Fixtures.article(section, "مقال الكاتب " + suffix);
        byAuthor.put("byline", Map.of("authors", List.of(author)));
        byAuthor.put("tags", List.of("وسم-" + suffix));
        fx.post(byAuthor);
        var byDesk = Fixtures.article(section, "مقال المكتب " + suffix);
        byDesk.put("byline", Map.of("desk", desk));
        fx.post(byDesk);

        String tagHref = Jsoup.parse(http.get("/section/" + section).body()).select("a[href^=/news/]").stream()
                .filter(a -> a.text().equals("مقال الكاتب " + suffix))
                .findFirst()
                .orElseThrow()
                .attr("href");
        Document article = Jsoup.parse(http.get(tagHref).body());
        String tagPath = article.selectFirst(".tags a").attr("href");
        assertThat(rome(http.get(tagPath + "/feed")).getEntries())
                .extracting(SyndEntry::getTitle)
                .containsExactly("مقال الكاتب " + suffix);
        SyndFeed authorFeed = rome(http.get("/author/" + author + "/feed/atom"));
        assertThat(authorFeed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("مقال الكاتب " + suffix);
        assertThat(authorFeed.getEntries().get(0).getAuthors().get(0).getName()).isEqualTo("كاتب " + suffix);
        assertThat(authorFeed.getTitle()).isEqualTo("كاتب " + suffix + " — ناشر");
        assertThat(http.get("/desk/" + desk + "/feed.json").json().get("items"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("title").asString()).isEqualTo("مقال المكتب " + suffix));
        assertThat(http.get("/tag/no-such-tag-" + suffix + "/feed").status()).isEqualTo(404);
    }

    @Test
    void aRenamedSectionsOldFeedAddressMovesPermanently() {
        publish("خبر قبل تغيير الاسم", "2024-06-17T10:30:00+03:00");
        String renamed = section + "-new";
        assertThat(http.api("PATCH", "/api/v1/sections/" + section, Http.json(Map.of("slug", renamed)))
                        .status())
                .isEqualTo(200);
        var r = http.get("/section/" + section + "/feed/atom");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location")).isEqualTo("/section/" + renamed + "/feed/atom");
    }

    @Test
    void feedsAnswerConditionalRequestsWith304() {
        publish("خبر للتخزين", "2024-06-17T10:30:00+03:00");
        for (String path : List.of(
                "/section/" + section + "/feed",
                "/section/" + section + "/feed/atom",
                "/section/" + section + "/feed.json")) {
            var first = http.get(path);
            String etag = first.header("ETag");
            assertThat(etag).as(path).isNotBlank();
            assertThat(first.header("Last-Modified")).isNotBlank();
            var again = http.get(path, "If-None-Match", etag);
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(http.get(path, "If-Modified-Since", first.header("Last-Modified"))
                            .status())
                    .isEqualTo(304);
        }
    }

    @Test
    void pagesAnnounceTheirFeeds() {
        JsonNode created = publish("خبر يعلن خلاصاته", "2024-06-17T10:30:00+03:00");
        Document listing = Jsoup.parse(http.get("/section/" + section).body());
        assertThat(listing.select("link[rel=alternate][type=application/rss+xml]")
                        .eachAttr("href"))
                .containsExactly("/section/" + section + "/feed", "/feed");
        assertThat(listing.selectFirst("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo("/section/" + section + "/feed/atom");
        assertThat(listing.selectFirst("link[rel=alternate][type=application/feed+json]")
                        .attr("href"))
                .isEqualTo("/section/" + section + "/feed.json");
        Document home = Jsoup.parse(http.get("/").body());
        assertThat(home.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .containsExactly("/feed");
        Document article = Jsoup.parse(
                http.get(Fixtures.path(created.get("url").asString())).body());
        assertThat(article.select("link[rel=alternate][type=application/rss+xml]")
                        .eachAttr("href"))
                .containsExactly("/feed", "/section/" + section + "/feed");
    }
}
