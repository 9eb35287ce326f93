package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.escape.Escape;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The page's bytes are what jte's own UTF-8 output gives for the same writes, whatever the text. */
class PageBytesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00FF')
                .withCharRange('\u0600', '\u06FF')
                .withCharRange('\uD800', '\uDFFF') // pairs and lone halves alike
                .withChars('&', '<', '>', '"', '\u202B', '\uFFFD', '€')
                .ofMaxLength(300);
    }

    @Property(tries = 500)
    void encodesAsJteDoes(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c)
            throws IOException {
        var page = new PageBytes(1); // tiny: every write grows it
        var jte = new Utf8ByteOutput();
        for (var output : List.of(page, jte)) {
            output.writeBinaryContent("<p class=\"x\">".getBytes(StandardCharsets.UTF_8));
            Escape.htmlContent(a, output);
            output.writeContent(b);
            output.writeContent(c, c.length() / 3, c.length() - c.length() / 3);
            Escape.htmlAttribute(b, output);
            output.writeBinaryContent(new byte[0]);
        }
        var expected = new ByteArrayOutputStream();
        jte.writeTo(expected);
        assertThat(page.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(page.size()).isEqualTo(jte.getContentLength());
        var written = new ByteArrayOutputStream();
        page.writeTo(written);
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void arabicAndAnEmojiAsUtf8() {
        var page = new PageBytes(16);
        page.writeContent("عاجل 😀 ـ أرشيف");
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("عاجل 😀 ـ أرشيف");
    }

    @Test
    void aSurrogateWithoutItsPairInTheRangeIsAQuestionMark() {
        var page = new PageBytes(16);
        String emoji = "😀";
        page.writeContent(emoji, 0, 1);
        page.writeContent(emoji, 1, 2);
        assertThat(page.toByteArray()).isEqualTo("??".getBytes(StandardCharsets.US_ASCII));
    }
}
