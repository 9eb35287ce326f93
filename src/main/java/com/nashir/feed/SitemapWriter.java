package com.nashir.feed;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps (https://www.sitemaps.org/protocol.html) and Google News sitemaps with a StAX
 * writer, which escapes every value. Dates are W3C datetimes in UTC, to the second. Headlines are
 * cleaned of what XML forbids here; addresses are not scanned again: {@link Sitemaps} builds each from
 * a base it cleaned once and a {@link com.nashir.address.Permalinks} path, which is ASCII (scanning
 * every address was a twelfth of a sitemap's render).
 */
final class SitemapWriter {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /**
     * Woodstox, writing UTF-8 bytes itself: a sitemap is mostly percent-encoded addresses, and through the JDK's writer
     * and a String (UTF-16 once it holds one Arabic headline) half of a news sitemap's render went to the writer and
     * to encoding the String afterwards.
     */
    private static final XMLOutputFactory FACTORY = factory();

    /** Bytes a file holds besides its addresses and headlines, and each entry besides its address (and headline). */
    private static final int FILE_BYTES = 512;

    private static final int URL_BYTES = 80;
    private static final int NEWS_URL_BYTES = 320;

    /** An address and when it last changed (null: unknown, no lastmod). */
    record Url(String loc, Instant lastChange) {}

    /** A news article: address, headline, publication time. */
    record NewsUrl(String loc, String title, Instant published) {}

    private SitemapWriter() {}

    private static XMLOutputFactory factory() {
        XMLOutputFactory f = new WstxOutputFactory();
        f.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
        return f;
    }

    /** A {@code <sitemapindex>} listing other sitemaps. */
    static byte[] index(List<Url> sitemaps) {
        return write(size(sitemaps), w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Url u : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", u.loc());
                if (u.lastChange() != null) {
                    element(w, "lastmod", w3c(u.lastChange()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** A {@code <urlset>} of pages. */
    static byte[] urlset(List<Url> urls) {
        return write(size(urls), w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Url u : urls) {
                w.writeStartElement("url");
                element(w, "loc", u.loc());
                if (u.lastChange() != null) {
                    element(w, "lastmod", w3c(u.lastChange()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** A Google News sitemap: each article with {@code news:publication} (name, language) and its date and title. */
    static byte[] news(String publication, String language, List<NewsUrl> urls) {
        int size = FILE_BYTES;
        for (NewsUrl u : urls) {
            // An Arabic headline is two bytes a character in UTF-8.
            size += u.loc().length() + 2 * u.title().length() + 2 * publication.length() + NEWS_URL_BYTES;
        }
        return write(size, w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (NewsUrl u : urls) {
                w.writeStartElement("url");
                element(w, "loc", u.loc());
                w.writeStartElement("news", "news", NEWS_NS);
                w.writeStartElement("news", "publication", NEWS_NS);
                w.writeStartElement("news", "name", NEWS_NS);
                w.writeCharacters(publication);
                w.writeEndElement();
                w.writeStartElement("news", "language", NEWS_NS);
                w.writeCharacters(language);
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("news", "publication_date", NEWS_NS);
                w.writeCharacters(w3c(u.published()));
                w.writeEndElement();
                w.writeStartElement("news", "title", NEWS_NS);
                w.writeCharacters(com.nashir.system.InputText.clean(
                        u.title())); // one bad headline must not make the file malformed
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String w3c(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** About what a file of these addresses weighs: its buffer is made that size once, not doubled on the way. */
    private static int size(List<Url> urls) {
        int size = FILE_BYTES;
        for (Url u : urls) {
            size += u.loc().length() + URL_BYTES;
        }
        return size;
    }

    private static byte[] write(int expectedBytes, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expectedBytes);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap", e);
        }
        return out.toByteArray();
    }

    /** An element of ASCII text made here or by {@link Sitemaps}: an address, a date. */
    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
