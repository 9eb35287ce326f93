package com.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapWriterTest {
    static Document parse(String xml) throws Exception {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Test
    void urlsetInTheSitemapNamespace_valuesEscaped_lastmodInUtc() throws Exception {
        String xml = text(SitemapWriter.urlset(List.of(
                new SitemapWriter.Url(
                        "https://news.example/tag/a?x=1&y=<2>", Instant.parse("2024-06-17T07:30:00.123Z")),
                new SitemapWriter.Url("https://news.example/section/b", null))));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("&amp;y=&lt;2");
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAP_NS);
        var locs = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc");
        assertThat(locs.getLength()).isEqualTo(2);
        assertThat(locs.item(0).getTextContent()).isEqualTo("https://news.example/tag/a?x=1&y=<2>");
        var lastmods = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "lastmod");
        assertThat(lastmods.getLength()).isEqualTo(1);
        assertThat(lastmods.item(0).getTextContent()).isEqualTo("2024-06-17T07:30:00Z");
    }

    @Test
    void indexListsSitemaps() throws Exception {
        Document doc = parse(
                SitemapWriter.index(List.of(new SitemapWriter.Url("https://news.example/sitemap-news.xml", null))));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAP_NS);
        assertThat(doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "sitemap")
                        .getLength())
                .isEqualTo(1);
    }

    @Test
    void newsEntriesCarryPublicationNameLanguageDateAndTitle() throws Exception {
        Document doc = parse(SitemapWriter.news(
                "ناشر & شركاه",
                "ar",
                List.of(new SitemapWriter.NewsUrl(
                        "https://news.example/news/1/x",
                        "عنوان <عاجل> & مهم",
                        Instant.parse("2024-06-17T07:30:00Z")))));
        String ns = SitemapWriter.NEWS_NS;
        assertThat(doc.getElementsByTagNameNS(ns, "name").item(0).getTextContent())
                .isEqualTo("ناشر & شركاه");
        assertThat(doc.getElementsByTagNameNS(ns, "language").item(0).getTextContent())
                .isEqualTo("ar");
        assertThat(doc.getElementsByTagNameNS(ns, "publication_date").item(0).getTextContent())
                .isEqualTo("2024-06-17T07:30:00Z");
        assertThat(doc.getElementsByTagNameNS(ns, "title").item(0).getTextContent())
                .isEqualTo("عنوان <عاجل> & مهم");
        assertThat(doc.getElementsByTagNameNS(ns, "news")
                        .item(0)
                        .getParentNode()
                        .getLocalName())
                .isEqualTo("url");
    }
}
