package com.nashir.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readings reported to {@code /news/{id}/view}: counted per article and hour without a cookie or an
 * address; robots, prefetches, other sites' posts and floods are not; the most-read blocks of the
 * home, section and article pages rank what was read most.
 */
@IntegrationTest
class MostReadIT {
    static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ViewCounts counts;

    @Autowired
    MostRead mostRead;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fx;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        section = fx.section();
    }

    /** A reading as the page's script reports it, from {@code address} (the loopback proxy names it), with extra headers. */
    int view(long id, String address, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + "/news/" + id + "/view"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Origin", http.base())
                .header("User-Agent", BROWSER)
                .header("X-Forwarded-For", address);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return r.statusCode();
    }

    long stored(long id) {
        return jdbc.sql("select coalesce(sum(views), 0) from article_view_hour where article_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    static String address() {
        return "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
    }

    @Test
    void readingsAreCountedAndRobotsPrefetchesAndOtherSitesAreNot() throws Exception {
        long id = fx.post(Fixtures.article(section, "خبر يُقرأ")).get("id").asLong();
        String from = address();
        assertThat(view(id, from)).isEqualTo(202);
        assertThat(view(
                        id,
                        from,
                        "User-Agent",
                        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isEqualTo(204);
        assertThat(view(id, from, "User-Agent", "")).isEqualTo(204);
        assertThat(view(id, from, "Sec-Purpose", "prefetch;prerender")).isEqualTo(204);
        assertThat(view(id, from, "Purpose", "prefetch")).isEqualTo(204);
        assertThat(view(id, from, "Origin", "https://elsewhere.example")).isEqualTo(204);
        assertThat(view(id, from)).isEqualTo(202);
        counts.flush();
        assertThat(stored(id)).isEqualTo(2);
        // No address, no agent: the table holds an article, an hour and a number.
        assertThat(jdbc.sql("select count(*) from article_view_hour where article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void oneAddressCannotFloodTheCounts() throws Exception {
        long id = fx.post(Fixtures.article(section, "خبر يُغرق")).get("id").asLong();
        String from = "203.0.113." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        int accepted = 0;
        for (int i = 0; i < 40; i++) {
            accepted += view(id, from) == 202 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(30);
        // Readings of what is not public never reach the table.
        Map<String, Object> draft = Fixtures.article(section, "مسودة");
        draft.put("status", "draft");
        long hidden = fx.post(draft).get("id").asLong();
        view(hidden, address());
        view(999_999_999L, address());
        counts.flush();
        assertThat(stored(id)).isEqualTo(30);
        assertThat(stored(hidden)).isZero();
        assertThat(stored(999_999_999L)).isZero();
    }

    @Test
    void theMostReadBlocksRankWhatWasReadMost() throws Exception {
        long once = fx.post(Fixtures.article(section, "خبر قُرئ مرة " + section))
                .get("id")
                .asLong();
        long most = fx.post(Fixtures.article(section, "أكثر خبر قراءة " + section))
                .get("id")
                .asLong();
        for (int i = 0; i < 25; i++) {
            assertThat(view(most, address())).isEqualTo(202);
        }
        for (int i = 0; i < 20; i++) {
            view(once, address());
        }
        counts.flush();
        mostRead.refresh();

        Document home = Jsoup.parse(http.get("/?most-read=" + UUID.randomUUID()).body());
        List<String> ranked = home.select(".most-read-list a").eachText();
        assertThat(ranked).contains("أكثر خبر قراءة " + section, "خبر قُرئ مرة " + section);
        assertThat(ranked.indexOf("أكثر خبر قراءة " + section)).isLessThan(ranked.indexOf("خبر قُرئ مرة " + section));

        Document sectionPage = Jsoup.parse(http.get("/section/" + section + "?most-read=" + UUID.randomUUID())
                .body());
        assertThat(sectionPage.select(".most-read-list a").eachText())
                .containsExactly("أكثر خبر قراءة " + section, "خبر قُرئ مرة " + section);
        assertThat(sectionPage.selectFirst(".most-read h2").text()).contains("قسم " + section);

        String path = Fixtures.path(http.api("GET", "/api/v1/articles/" + once, null)
                .json()
                .get("url")
                .asString());
        Document article = Jsoup.parse(http.get(path).body());
        assertThat(article.select(".most-read-list a").eachText()).first().isEqualTo("أكثر خبر قراءة " + section);
        assertThat(article.selectFirst("article.story").attr("data-view-url")).isEqualTo("/news/" + once + "/view");
        assertThat(article.select("script[src*=views]")).hasSize(1);

        // Unpublished, it leaves the ranking at once.
        assertThat(http.api("PATCH", "/api/v1/articles/" + most, "{\"status\": \"unpublished\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Jsoup.parse(http.get("/section/" + section).body())
                        .select(".most-read-list a")
                        .eachText())
                .containsExactly("خبر قُرئ مرة " + section);
    }
}
