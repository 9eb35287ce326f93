package com.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.system.InputText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The sitemap's own byte writer: every text read back by an XML parser as it was given, every time as the JDK writes it. */
class XmlBytesTest {
    /** Letters XML reserves, Arabic, an emoji (a surrogate pair), percent signs, controls and noncharacters to clean. */
    private static final String[] PIECES = {
        "&", "<", ">", "\"", "'", "&amp;", "]]>", "%D9%88", "-", "/", "?x=1", "عاجل", "ـ", "\u0651", "😀", " ",
        "\u0000", "\u0008", "\uFFFE", "\uD800", "abc", "\u00A0", "\u200F"
    };

    @Test
    void anyCleanedTextReadsBackAsItWas_urlsetAndNewsAlike() throws Exception {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<String> texts = new ArrayList<>();
            List<SitemapWriter.Url> urls = new ArrayList<>();
            List<SitemapWriter.NewsUrl> news = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String text = InputText.clean(b.toString());
                texts.add(text);
                urls.add(new SitemapWriter.Url(text, null));
                news.add(new SitemapWriter.NewsUrl(text, b.toString(), Instant.EPOCH));
            }
            Document urlset = SitemapWriterTest.parse(SitemapWriter.urlset(urls));
            Document newsFile = SitemapWriterTest.parse(SitemapWriter.news("ناشر", "ar", news));
            var locs = urlset.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc");
            var titles = newsFile.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "title");
            for (int i = 0; i < texts.size(); i++) {
                assertThat(locs.item(i).getTextContent()).isEqualTo(texts.get(i));
                assertThat(titles.item(i).getTextContent()).isEqualTo(texts.get(i));
            }
        }
    }

    @Test
    void timesAreWhatTheJdkWrites_toTheSecond() {
        Random random = new Random(3);
        List<Instant> times = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.parse("1000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("0999-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-06-01T12:00:00Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z")));
        for (int i = 0; i < 2000; i++) {
            times.add(Instant.ofEpochSecond(
                    random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000)));
        }
        for (Instant t : times) {
            String written =
                    new String(new XmlBytes(0).time(t).toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(written).as(t.toString()).isEqualTo(XmlBytes.w3c(t));
        }
        assertThat(XmlBytes.w3c(Instant.parse("2024-06-17T07:30:00.123Z"))).isEqualTo("2024-06-17T07:30:00Z");
    }

    @Test
    void growsPastItsFirstSize() {
        XmlBytes out = new XmlBytes(1);
        String long_ = "%D8%A7".repeat(1000);
        assertThat(new String(
                        out.markup("<a>").text(long_).markup("</a>").toByteArray(),
                        java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("<a>" + long_ + "</a>");
    }
}
