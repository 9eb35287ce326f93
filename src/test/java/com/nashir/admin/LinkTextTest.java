package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTextTest {

    @Test
    void readable_decodesArabicAndDropsTheScheme() {
        assertThat(LinkText.readable("https://www.example.org/news/7/%D8%B9%D8%A7%D8%AC%D9%84"))
                .isEqualTo("example.org/news/7/عاجل");
        assertThat(LinkText.readable("/news/12/%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B2%D9%86%D8%A9"))
                .isEqualTo("/news/12/الموازنة");
    }

    @Test
    void readable_cutsLongLinksToOneLine() {
        String text = LinkText.readable("https://example.org/" + "ا".repeat(100));
        assertThat(text.codePointCount(0, text.length())).isEqualTo(LinkText.MAX);
        assertThat(text).endsWith("…");
    }

    @Test
    void readable_keepsAMalformedEscapeAsWritten() {
        assertThat(LinkText.readable("https://example.org/%ZZ")).isEqualTo("example.org/%ZZ");
    }
}
