package com.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    @Test
    void keepsTheNewsroomTags() {
        String html = "<h2>عنوان فرعي</h2><p>فقرة <strong>مهمة</strong> و<em>مائلة</em></p><ul><li>بند</li></ul>"
                + "<blockquote>اقتباس</blockquote><figure><img src=\"/media/a.jpg\" alt=\"صورة\"><figcaption>تعليق</figcaption></figure>";
        assertThat(BodySanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void dropsScripts() {
        assertThat(BodySanitizer.sanitize("<p>نص</p><script>alert(1)</script>")).isEqualTo("<p>نص</p>");
    }

    @Test
    void dropsEventHandlersAndStyles() {
        assertThat(BodySanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">نص</p>"))
                .isEqualTo("<p>نص</p>");
    }

    @Test
    void dropsJavascriptUrls() {
        assertThat(BodySanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"))
                .doesNotContain("javascript");
        assertThat(BodySanitizer.sanitize("<a href=\"JaVaScRiPt:alert(1)\">x</a>"))
                .doesNotContain("alert");
    }

    @Test
    void dropsIframesAndForms() {
        assertThat(BodySanitizer.sanitize("<iframe src=\"https://x\"></iframe><form><input></form><p>ب</p>"))
                .isEqualTo("<p>ب</p>");
    }

    @Test
    void linksGetNoopener() {
        assertThat(BodySanitizer.sanitize("<a href=\"https://example.org\">رابط</a>"))
                .isEqualTo("<a href=\"https://example.org\" rel=\"noopener\">رابط</a>");
    }

    @Test
    void relativeLinksStayRelative() {
        assertThat(BodySanitizer.sanitize("<a href=\"/news/1\">خبر</a>"))
                .isEqualTo("<a href=\"/news/1\" rel=\"noopener\">خبر</a>");
    }

    @Test
    void keepsDirectionAttributes() {
        assertThat(BodySanitizer.sanitize("<p dir=\"ltr\" lang=\"en\">English</p>"))
                .isEqualTo("<p dir=\"ltr\" lang=\"en\">English</p>");
    }

    @Test
    void svgAndDataUrlsDoNotSurvive() {
        String out = BodySanitizer.sanitize(
                "<svg onload=alert(1)><circle/></svg><img src=\"data:image/svg+xml,<svg onload=alert(1)>\">");
        assertThat(out).doesNotContain("svg").doesNotContain("onload").doesNotContain("data:");
    }

    @Test
    void hasContentIsFalseForEmptyMarkup() {
        assertThat(BodySanitizer.hasContent("<p> </p>")).isFalse();
        assertThat(BodySanitizer.hasContent("<p>نص</p>")).isTrue();
    }

    @Test
    void keepsTheEmbedShape() {
        String html =
                "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener\">"
                        + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>";
        assertThat(BodySanitizer.sanitize(html)).isEqualTo(html);
        assertThat(BodySanitizer.sanitize(BodySanitizer.sanitize(html))).isEqualTo(html);
    }

    @Test
    void anAddressOnItsOwnLineBecomesAnEmbed() {
        assertThat(BodySanitizer.sanitize("<p>قبل</p><p>https://x.com/AJArabic/status/1790000000000000001</p>"))
                .isEqualTo(
                        "<p>قبل</p><figure data-embed=\"x\" data-id=\"1790000000000000001\"><a href=\"https://x.com/i/status/1790000000000000001\" rel=\"noopener\">"
                                + "https://x.com/i/status/1790000000000000001</a></figure>");
        assertThat(BodySanitizer.sanitize(
                        "<p><a href=\"https://youtu.be/dQw4w9WgXcQ\">https://youtu.be/dQw4w9WgXcQ</a></p>"))
                .startsWith("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\">");
    }

    @Test
    void anAddressInsideASentenceOrOfAnUnknownSiteStaysALink() {
        String inSentence = "<p>شاهد <a href=\"https://youtu.be/dQw4w9WgXcQ\" rel=\"noopener\">الفيديو</a> هنا</p>";
        assertThat(BodySanitizer.sanitize(inSentence)).isEqualTo(inSentence);
        assertThat(BodySanitizer.sanitize("<p>https://example.org/video/1</p>"))
                .isEqualTo("<p>https://example.org/video/1</p>");
    }

    @Test
    void forgedEmbedsAndPlayersAreDropped() {
        assertThat(
                        BodySanitizer.sanitize(
                                "<figure data-embed=\"youtube\" data-id=\"x&quot; onload=&quot;alert(1)\"><a href=\"https://evil.example/\">x</a></figure>"))
                .isEqualTo("<p><a href=\"https://evil.example/\" rel=\"noopener\">x</a></p>");
        assertThat(BodySanitizer.sanitize(
                        "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"><iframe src=\"https://evil.example/\"></iframe>"
                                + "<a href=\"https://evil.example/\">x</a></figure>"))
                .isEqualTo(
                        "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener\">"
                                + "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>");
        assertThat(BodySanitizer.sanitize(
                        "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe><p>ب</p>"))
                .isEqualTo("<p>ب</p>");
        assertThat(BodySanitizer.sanitize("<figure data-embed=\"iframe\" data-id=\"1\"></figure><p>ب</p>"))
                .isEqualTo("<p>ب</p>");
    }

    @Test
    void keepsGalleriesOfLibraryPicturesOnly() {
        String gallery =
                "<figure data-gallery=\"\"><figure data-media=\"12\"><img src=\"/media/a.jpg\" alt=\"أ\"><figcaption>الأولى</figcaption></figure>"
                        + "<figure data-media=\"13\"><img src=\"/media/b.jpg\" alt=\"ب\"></figure></figure>";
        assertThat(BodySanitizer.sanitize(gallery)).isEqualTo(gallery);
        assertThat(
                        BodySanitizer.sanitize(
                                "<figure data-gallery=\"\"><figure data-media=\"x\"><img src=\"/media/a.jpg\"></figure>"
                                        + "<figure data-media=\"3\"><img src=\"https://evil.example/a.jpg\"></figure><p>نص</p></figure>"))
                .isEmpty();
        assertThat(BodySanitizer.sanitize("<figure data-media=\"5\"><img src=\"/media/a.jpg\" alt=\"\"></figure>"))
                .isEqualTo("<figure><img src=\"/media/a.jpg\" alt=\"\"></figure>");
    }
}
