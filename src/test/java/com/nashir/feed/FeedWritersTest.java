package com.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds written by the writers and read back by a real feed parser (Rome) and a JSON reader. */
class FeedWritersTest {
    static final String TITLE = "«عاجل» <تحديث> & متابعة";
    static final Instant PUBLISHED = Instant.parse("2024-06-17T07:30:00Z");
    static final Instant UPDATED = Instant.parse("2024-06-18T09:00:00Z");

    static Feed feed(boolean full) {
        FeedEntry entry = new FeedEntry(
                "https://news.example/a/7",
                "https://news.example/news/7/%D8%B9",
                TITLE,
                "ملخص المقال",
                full ? "<p>النص <a href=\"https://news.example/x\">كاملاً</a></p>" : null,
                PUBLISHED,
                UPDATED,
                List.of(new FeedPerson("ليلى حداد", "https://news.example/author/layla")),
                List.of("سياسة", "المياه"),
                new FeedImage(
                        "https://news.example/media/2024/06/k-1024.jpg",
                        "image/jpeg",
                        12345,
                        1024,
                        576,
                        "وصف الصورة",
                        "تعليق ـ أرشيف"));
        return new Feed(
                "سياسة — ناشر",
                "أخبار السياسة",
                "ar",
                "https://news.example/section/politics",
                "https://news.example/section/politics/feed",
                "https://news.example/section/politics/feed/atom",
                "https://news.example/section/politics/feed.json",
                "https://news.example/favicon.svg",
                UPDATED,
                List.of(entry),
                java.util.Set.of());
    }

    static SyndFeed read(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void rssParsesWithLanguageDatesEnclosureCategoriesAndEscapedTitle() throws Exception {
        String xml = new String(new RomeFeedWriter().rss(feed(true)), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<language>ar</language>")
                .contains("<pubDate>Mon, 17 Jun 2024 07:30:00 GMT</pubDate>")
                .contains("&lt;تحديث&gt; &amp; متابعة")
                .contains("rel=\"self\"");
        SyndFeed f = read(xml);
        assertThat(f.getFeedType()).isEqualTo("rss_2.0");
        assertThat(f.getLanguage()).isEqualTo("ar");
        SyndEntry e = f.getEntries().get(0);
        assertThat(e.getTitle()).isEqualTo(TITLE);
        assertThat(e.getLink()).isEqualTo("https://news.example/news/7/%D8%B9");
        assertThat(e.getPublishedDate().toInstant()).isEqualTo(PUBLISHED);
        assertThat(e.getCategories()).extracting(c -> c.getName()).containsExactly("سياسة", "المياه");
        assertThat(e.getEnclosures()).hasSize(1);
        assertThat(e.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");
        assertThat(e.getEnclosures().get(0).getLength()).isEqualTo(12345);
        assertThat(e.getContents().get(0).getValue()).contains("<a href=\"https://news.example/x\">");
        assertThat(e.getAuthor()).isEqualTo("ليلى حداد");
        MediaEntryModule media = (MediaEntryModule) e.getModule(MediaModule.URI);
        assertThat(media.getMediaContents()[0].getReference().toString())
                .isEqualTo("https://news.example/media/2024/06/k-1024.jpg");
        assertThat(media.getMediaContents()[0].getWidth()).isEqualTo(1024);
    }

    @Test
    void atomParsesWithXmlLangRfc3339DatesAndEnclosureLink() throws Exception {
        String xml = new String(new RomeFeedWriter().atom(feed(true)), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("xml:lang=\"ar\"")
                .contains("<updated>2024-06-18T09:00:00Z</updated>")
                .contains("<published>2024-06-17T07:30:00Z</published>");
        SyndFeed f = read(xml);
        assertThat(f.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry e = f.getEntries().get(0);
        assertThat(e.getTitle()).isEqualTo(TITLE);
        assertThat(e.getUri()).isEqualTo("https://news.example/a/7");
        assertThat(e.getUpdatedDate().toInstant()).isEqualTo(UPDATED);
        assertThat(e.getAuthors().get(0).getName()).isEqualTo("ليلى حداد");
        assertThat(e.getEnclosures().get(0).getUrl()).isEqualTo("https://news.example/media/2024/06/k-1024.jpg");
        assertThat(f.getLinks())
                .anyMatch(l -> "self".equals(l.getRel()) && l.getHref().endsWith("/feed/atom"));
    }

    @Test
    void summaryFeedsCarryNoWholeText() throws Exception {
        SyndEntry e = read(new String(new RomeFeedWriter().rss(feed(false)), StandardCharsets.UTF_8))
                .getEntries()
                .get(0);
        assertThat(e.getContents()).isEmpty();
        assertThat(e.getDescription().getValue()).isEqualTo("ملخص المقال");
    }

    @Test
    void jsonFeedHasTheVersionLanguageDatesAndImage() {
        JsonNode f = JsonMapper.builder().build().readTree(new JsonFeedWriter().json(feed(true)));
        assertThat(f.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(f.get("language").asString()).isEqualTo("ar");
        assertThat(f.get("feed_url").asString()).endsWith("/feed.json");
        JsonNode item = f.get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo(TITLE);
        assertThat(item.get("date_published").asString()).isEqualTo("2024-06-17T07:30:00Z");
        assertThat(item.get("date_modified").asString()).isEqualTo("2024-06-18T09:00:00Z");
        assertThat(item.get("image").asString()).endsWith("k-1024.jpg");
        assertThat(item.get("content_html").asString()).startsWith("<p>");
        assertThat(item.get("tags").get(1).asString()).isEqualTo("المياه");
        JsonNode summaryOnly = JsonMapper.builder()
                .build()
                .readTree(new JsonFeedWriter().json(feed(false)))
                .get("items")
                .get(0);
        assertThat(summaryOnly.has("content_html")).isFalse();
        assertThat(summaryOnly.get("content_text").asString()).isEqualTo("ملخص المقال");
    }

    @Test
    void bodyLinksAndPicturesBecomeAbsolute() {
        String html = FeedText.absolutize(
                "<p><a href=\"/tag/x\">وسم</a> <img src=\"/media/a-640.jpg\" srcset=\"/media/a-320.jpg 320w\" alt=\"\"></p>",
                "https://news.example");
        assertThat(html)
                .contains("href=\"https://news.example/tag/x\"")
                .contains("src=\"https://news.example/media/a-640.jpg\"")
                .doesNotContain("srcset");
    }

    @Test
    void aBodyWithoutRelativeAddressesIsLeftAsItIsAndAnyOtherIsStillMadeAbsolute() {
        String absolute =
                "<p>نص <a href=\"https://example.org/x\">رابط</a> <img src=\"http://cdn.example/a.jpg\" alt=\"\"></p>";
        assertThat(FeedText.absolutize(absolute, "https://news.example")).isSameAs(absolute);
        assertThat(FeedText.absolutize("<p><a HREF='/tag/x'>وسم</a></p>", "https://news.example"))
                .contains("href=\"https://news.example/tag/x\"");
        assertThat(FeedText.absolutize("<p><img src=\"media/a.jpg\" alt=\"\"></p>", "https://news.example"))
                .contains("src=\"https://news.example/media/a.jpg\"");
        assertThat(FeedText.absolutize(
                        "<p><img src=\"https://x.example/a.jpg\" srcset=\"https://x.example/b.jpg 2x\"></p>",
                        "https://news.example"))
                .doesNotContain("srcset");
    }
}
