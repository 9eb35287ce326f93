package com.nashir.format;

import static com.nashir.arabic.DigitStyle.EASTERN;
import static com.nashir.arabic.DigitStyle.WESTERN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Editorial text and HTML with isolates and digits; exact output on small inputs. */
class ReadingTextTest {

    @Test
    void plainTextIsEscapedAndItsLatinRunIsolated() {
        assertThat(ReadingText.text("IMF: <«الاقتصاد»> & النمو", WESTERN))
                .isEqualTo("<bdi dir=\"ltr\">IMF</bdi>: &lt;«الاقتصاد»&gt; &amp; النمو");
    }

    @Test
    void htmlChangesOnlyTheTextBetweenTags() {
        assertThat(ReadingText.html(
                        "<p dir=\"auto\">رقم 996-1010 في <a href=\"https://x.example/a/12\">https://x.example/a/12</a></p>",
                        WESTERN))
                .isEqualTo(
                        "<p dir=\"auto\">رقم <bdi dir=\"ltr\" class=\"num\">996-1010</bdi> في <a href=\"https://x.example/a/12\">"
                                + "<bdi dir=\"ltr\">https://x.example/a/12</bdi></a></p>");
    }

    @Test
    void codeIsLeftAsWritten() {
        assertThat(ReadingText.html("<p>عام 2024 <code>x = 10</code></p>", EASTERN))
                .isEqualTo("<p>عام ٢٠٢٤ <code>x = 10</code></p>");
    }

    @Test
    void entitiesAreReadAsTheirCharacters() {
        assertThat(ReadingText.html("<p>AT&amp;T، 5&nbsp;نقاط</p>", EASTERN))
                .isEqualTo("<p><bdi dir=\"ltr\">AT&amp;T</bdi>، ٥\u00A0نقاط</p>");
    }

    @Test
    void aPageGetsEasternDigitsInItsTextAndReadAttributesOnly() {
        String page = "<!DOCTYPE html><html><head><script>var a = 10;</script></head><body>"
                + "<time datetime=\"2024-06-17\" title=\"17 يونيو\">17 يونيو 2024</time>"
                + "<input maxlength=\"300\" placeholder=\"حتى 300 حرف\"><a href=\"/news/12\">الخبر 12</a></body></html>";
        assertThat(ReadingText.digitsInPage(page, EASTERN))
                .isEqualTo(
                        "<!DOCTYPE html><html><head><script>var a = 10;</script></head><body>"
                                + "<time datetime=\"2024-06-17\" title=\"١٧ يونيو\">١٧ يونيو ٢٠٢٤</time>"
                                + "<input maxlength=\"300\" placeholder=\"حتى ٣٠٠ حرف\"><a href=\"/news/12\">الخبر ١٢</a></body></html>");
    }
}
