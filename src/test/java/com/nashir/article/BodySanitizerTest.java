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
        assertThat(BodySanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">نص</p>")).isEqualTo("<p>نص</p>");
    }

    @Test
    void dropsJavascriptUrls() {
        assertThat(BodySanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
        assertThat(BodySanitizer.sanitize("<a href=\"JaVaScRiPt:alert(1)\">x</a>")).doesNotContain("alert");
    }

    @Test
    void dropsIframesAndForms() {
        assertThat(BodySanitizer.sanitize("<iframe src=\"https://x\"></iframe><form><input></form><p>ب</p>")).isEqualTo("<p>ب</p>");
    }

    @Test
    void linksGetNoopener() {
        assertThat(BodySanitizer.sanitize("<a href=\"https://example.org\">رابط</a>"))
                .isEqualTo("<a href=\"https://example.org\" rel=\"noopener\">رابط</a>");
    }

    @Test
    void relativeLinksStayRelative() {
        assertThat(BodySanitizer.sanitize("<a href=\"/news/1\">خبر</a>")).isEqualTo("<a href=\"/news/1\" rel=\"noopener\">خبر</a>");
    }

    @Test
    void keepsDirectionAttributes() {
        assertThat(BodySanitizer.sanitize("<p dir=\"ltr\" lang=\"en\">English</p>")).isEqualTo("<p dir=\"ltr\" lang=\"en\">English</p>");
    }

    @Test
    void svgAndDataUrlsDoNotSurvive() {
        String out = BodySanitizer.sanitize("<svg onload=alert(1)><circle/></svg><img src=\"data:image/svg+xml,<svg onload=alert(1)>\">");
        assertThat(out).doesNotContain("svg").doesNotContain("onload").doesNotContain("data:");
    }

    @Test
    void hasContentIsFalseForEmptyMarkup() {
        assertThat(BodySanitizer.hasContent("<p> </p>")).isFalse();
        assertThat(BodySanitizer.hasContent("<p>نص</p>")).isTrue();
    }
}
