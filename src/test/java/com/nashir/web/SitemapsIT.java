package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML sitemaps over HTTP: well-formed, in the right namespaces, public articles only, news of the last 48 hours. */
@IntegrationTest
class SitemapsIT {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

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

    Document xml(String path) throws Exception {
        var r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private String post(String headline, String status, String publishedAt, String updatedAt) {
        var a = Fixtures.article(section, headline);
        a.put("status", status);
        a.put("publishedAt", publishedAt);
        if (updatedAt != null) {
            a.put("updatedAt", updatedAt);
        }
        return fx.post(a).get("url").asString();
    }

    @Test
    void monthlyArticleSitemapListsPublicArticlesWithLastmodFromTheUpdate() throws Exception {
        String published = post("خبر من آذار 2019", "published", "2019-03-15T10:00:00Z", "2019-03-20T08:00:00Z");
        String draft = post("مسودة من آذار 2019", "draft", "2019-03-16T10:00:00Z", null);

        Document index = xml("/sitemap.xml");
        Element root = index.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("sitemapindex");
        assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> files = texts(index, SITEMAP, "loc");
        assertThat(files)
                .contains(
                        http.base() + "/sitemap-articles-2019-03.xml",
                        http.base() + "/sitemap-news.xml",
                        http.base() + "/sitemap-sections.xml",
                        http.base() + "/sitemap-tags.xml",
                        http.base() + "/sitemap-desks.xml");
        assertThat(files).allMatch(f -> f.startsWith(http.base() + "/sitemap-"));

        Document month = xml("/sitemap-articles-2019-03.xml");
        assertThat(month.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(month.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        NodeList urls = month.getElementsByTagNameNS(SITEMAP, "url");
        String lastmod = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS(SITEMAP, "loc")
                    .item(0)
                    .getTextContent()
                    .equals(published)) {
                lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent();
            }
        }
        assertThat(lastmod).isEqualTo("2019-03-20T08:00:00Z");
        assertThat(texts(month, SITEMAP, "loc")).doesNotContain(draft);
        // A month without public articles has no file, and made-up names are 404s.
        assertThat(http.get("/sitemap-articles-1999-01.xml").status()).isEqualTo(404);
        assertThat(http.get("/sitemap-articles-2019-13.xml").status()).isEqualTo(404);
        assertThat(http.get("/sitemap-articles-2019-03-2.xml").status()).isEqualTo(404);
        assertThat(http.get("/sitemap-nothing.xml").status()).isEqualTo(404);
    }

    @Test
    void listingSitemapsNameSectionsWithPublicArticles() throws Exception {
        post("خبر القسم", "published", "2024-06-17T10:30:00Z", null);
        String empty = fx.section();
        List<String> sections = texts(xml("/sitemap-sections.xml"), SITEMAP, "loc");
        assertThat(sections)
                .contains(http.base() + "/section/" + section)
                .doesNotContain(http.base() + "/section/" + empty);
        assertThat(texts(xml("/sitemap-tags.xml"), SITEMAP, "loc")).isNotEmpty();
    }

    @Test
    void newsSitemapHoldsTheLast48HoursOnly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String fresh = post(
                "خبر طازج " + tag,
                "published",
                Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                null);
        String old = post(
                "خبر قديم " + tag,
                "published",
                Instant.now().minus(3, ChronoUnit.DAYS).toString(),
                null);
        String coming = post(
                "خبر مجدول " + tag,
                "scheduled",
                Instant.now().plus(3, ChronoUnit.HOURS).toString(),
                null);

        Document news = xml("/sitemap-news.xml");
        assertThat(news.getDocumentElement().lookupPrefix(NEWS)).isEqualTo("news");
        List<String> locs = texts(news, SITEMAP, "loc");
        assertThat(locs).contains(fresh).doesNotContain(old).doesNotContain(coming);
        assertThat(texts(news, NEWS, "name")).allMatch("ناشر"::equals);
        assertThat(texts(news, NEWS, "language")).allMatch("ar"::equals);
        assertThat(texts(news, NEWS, "title")).contains("خبر طازج " + tag);
        assertThat(texts(news, NEWS, "publication_date"))
                .allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    }

    @Test
    void robotsTxtNamesTheSitemapIndex() {
        var robots = http.get("/robots.txt");
        assertThat(robots.body()).contains("Sitemap: " + http.base() + "/sitemap.xml");
        assertThat(http.get(
                                "/sitemap.xml",
                                "If-None-Match",
                                http.get("/sitemap.xml").header("ETag"))
                        .status())
                .isEqualTo(304);
    }
}
