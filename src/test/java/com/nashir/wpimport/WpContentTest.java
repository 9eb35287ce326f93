package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WpContentTest {

    @Test
    void autop_blankLineStartsAParagraphAndASingleBreakIsBr() {
        assertThat(WpContent.autop("السطر الأول\nالسطر الثاني\n\nفقرة ثانية"))
                .isEqualTo("<p>السطر الأول<br />\nالسطر الثاني</p>\n<p>فقرة ثانية</p>");
    }

    @Test
    void autop_neverWrapsBlockElements() {
        assertThat(WpContent.autop("مقدمة\n<h2>عنوان</h2>\nنص بعده"))
                .isEqualTo("<p>مقدمة</p>\n<h2>عنوان</h2>\n<p>نص بعده</p>");
    }

    @Test
    void autop_keepsPreformattedLines() {
        assertThat(WpContent.autop("<pre>a\nb</pre>")).isEqualTo("<pre>a\nb</pre>");
    }

    @Test
    void captionShortcode_becomesAFigure() {
        String html = WpContent.captions(
                "[caption id=\"attachment_1\" width=\"300\"]<img src=\"/a.jpg\" alt=\"س\" /> تعليق الصورة[/caption]");
        assertThat(html.strip())
                .isEqualTo("<figure><img src=\"/a.jpg\" alt=\"س\" /><figcaption>تعليق الصورة</figcaption></figure>");
    }

    @Test
    void prepare_blockEditorContentKeepsItsParagraphsAndLosesMarkers() {
        String html = WpContent.prepare("<!-- wp:paragraph -->\n<p>أ</p>\n<!-- /wp:paragraph -->", u -> null);
        assertThat(html).doesNotContain("wp:paragraph").contains("<p>أ</p>").doesNotContain("<br");
    }

    @Test
    void prepare_headingsFitTheArticleScaleAndUploadsAreRewritten() {
        String html = WpContent.prepare(
                "<h1>عنوان</h1>\n\n<img src=\"http://old/wp-content/uploads/x.jpg\">",
                u -> u.contains("/uploads/") ? "/media/new-1024.jpg" : null);
        assertThat(html).contains("<h2>عنوان</h2>").contains("src=\"/media/new-1024.jpg\"");
    }

    @Test
    void prepare_dropsEmbedsTheSiteCannotShow() {
        assertThat(WpContent.prepare("قبل [gallery ids=\"1,2\"] بعد", u -> null))
                .isEqualTo("<p>قبل  بعد</p>");
    }

    @Test
    void unsafeElements_areCountedForTheReport() {
        assertThat(WpContent.unsafeElements("<p>x</p><script>1</script><iframe></iframe><iframe></iframe>"))
                .containsEntry("iframe", 2)
                .containsEntry("script", 1)
                .doesNotContainKey("p");
    }

    @Test
    void decode_percentEncodedArabicSlug() {
        assertThat(WpText.decode("%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9-%d9%85%d8%ad%d9%84%d9%8a%d8%a9"))
                .isEqualTo("سياسة-محلية");
        assertThat(WpText.decode("budget-2024")).isEqualTo("budget-2024");
        assertThat(WpText.decode("100%-sure")).isEqualTo("100%-sure");
        assertThat(WpText.decode("a+b")).isEqualTo("a+b");
    }

    @Test
    void dates_zeroDateIsNoDate() {
        assertThat(WpText.gmt("0000-00-00 00:00:00")).isNull();
        assertThat(WpText.gmt("2024-06-17 08:30:00")).hasToString("2024-06-17T08:30:00Z");
    }

    @Test
    void commentText_keepsLineBreaksAndDropsMarkup() {
        assertThat(WpText.commentText("أ &amp; ب<br />\n<b>ج</b>")).isEqualTo("أ & ب\n\nج");
    }

    @Test
    void embedAddressesStayOnTheirOwnLineForTheSanitizer() {
        String classic = WpContent.prepare(
                "قبل\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\nبعد", u -> null);
        org.assertj.core.api.Assertions.assertThat(com.nashir.article.BodySanitizer.sanitize(classic))
                .contains("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\">")
                .contains("<p>بعد</p>");
        String oembed = WpContent.prepare("قبل\n\nhttps://vimeo.com/76979871\n\nبعد", u -> null);
        org.assertj.core.api.Assertions.assertThat(com.nashir.article.BodySanitizer.sanitize(oembed))
                .contains("<figure data-embed=\"vimeo\" data-id=\"76979871\">");
        String block = WpContent.prepare(
                "<!-- wp:embed {\"url\":\"https://x.com/a/status/1790000000000000001\"} --><figure class=\"wp-block-embed is-provider-twitter\">"
                        + "<div class=\"wp-block-embed__wrapper\">\nhttps://x.com/a/status/1790000000000000001\n</div></figure><!-- /wp:embed -->",
                u -> null);
        org.assertj.core.api.Assertions.assertThat(com.nashir.article.BodySanitizer.sanitize(block))
                .contains("<figure data-embed=\"x\" data-id=\"1790000000000000001\">");
    }
}
