package com.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, finding 3: control characters in a headline (U+000B, U+0001, U+0000) made the feeds
 * answer 500 and the news sitemap malformed XML. They are dropped where text enters, and the XML
 * writers survive a bad headline that is already stored.
 */
@IntegrationTest
class ControlCharactersIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
    }

    private void wellFormed(String path) throws Exception {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharactersAreDroppedWhereTheHeadlineEnters() throws Exception {
        String section = fx.section();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> a = Fixtures.article(section, "خبر\u000B فيه\u0001 محارف\u0000 تحكم " + mark);
        a.put("summary", "ملخص\u0007 " + mark);
        a.put("publishedAt", java.time.Instant.now().minusSeconds(60).toString());
        var created = fx.post(a);
        assertThat(created.get("headline").asString()).isEqualTo("خبر فيه محارف تحكم " + mark);
        assertThat(created.get("summary").asString()).isEqualTo("ملخص " + mark);
        for (String path : new String[] {
            "/feed?c=" + mark, "/feed/atom?c=" + mark, "/section/" + section + "/feed", "/sitemap-news.xml?c=" + mark
        }) {
            wellFormed(path);
        }
    }

    @Test
    void aBadHeadlineAlreadyStoredDoesNotTakeDownTheFeeds() throws Exception {
        String section = fx.section();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> a = Fixtures.article(section, "خبر مخزن قبل القاعدة " + mark);
        a.put("publishedAt", java.time.Instant.now().minusSeconds(60).toString());
        long id = fx.post(a).get("id").asLong();
        // As if written before the input rule existed (PostgreSQL refuses U+0000 in text; U+000B it keeps).
        jdbc.sql("update article set headline = :h, summary = :s where id = :id")
                .param("h", "خبر\u000B مخزن\u0001 " + mark)
                .param("s", "ملخص\u001F")
                .param("id", id)
                .update();
        for (String path : new String[] {
            "/feed?d=" + mark,
            "/feed/atom?d=" + mark,
            "/section/" + section + "/feed?d=" + mark,
            "/sitemap-news.xml?d=" + mark
        }) {
            wellFormed(path);
        }
        assertThat(http.get("/feed?e=" + mark).body()).contains("خبر مخزن " + mark);
    }

    @Test
    void formParametersAreCleanedToo() {
        // The site's search form: a control character in the query is dropped, not echoed.
        Http.Response r = http.get("/search?q=" + "%D8%AE%D8%A8%D8%B1%0B%01");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("\u000B").doesNotContain("\u0001");
    }
}
