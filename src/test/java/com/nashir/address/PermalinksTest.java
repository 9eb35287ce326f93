package com.nashir.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {

    @Test
    void articleUrlCarriesIdAndPercentEncodedArabicSlug() {
        assertThat(Permalinks.article(42, "تطبيع")).isEqualTo("/news/42/%D8%AA%D8%B7%D8%A8%D9%8A%D8%B9");
    }

    @Test
    void shortUrlIsAsciiOnly() {
        assertThat(Permalinks.shortArticle(42)).isEqualTo("/a/42");
    }

    @Test
    void firstPageHasNoPageParameter() {
        assertThat(Permalinks.page("/section/politics", 1)).isEqualTo("/section/politics");
        assertThat(Permalinks.page("/section/politics", 3)).isEqualTo("/section/politics?page=3");
    }

    /** Pages open the live stream at this address; its servlet (live/LiveBreakingServlet) is registered on the same constant. */
    @Test
    void theLiveStreamResumesAfterThePagesEvent() {
        assertThat(Permalinks.liveBreaking(42)).isEqualTo("/live/breaking?after=42");
    }

    @Test
    void slashesInSlugsAreEncoded() {
        assertThat(Permalinks.tag("a/b")).isEqualTo("/tag/a%2Fb");
    }
}
