package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewBeaconTest {
    @Test
    void browsersReadersUseAreCounted() {
        assertThat(ViewBeacon.isReader(
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                                + "Version/17.5 Mobile/15E148 Safari/604.1"))
                .isTrue();
        assertThat(
                        ViewBeacon.isReader(
                                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"))
                .isTrue();
    }

    @Test
    void robotsPreviewsToolsAndHeadlessBrowsersAreNot() {
        for (String ua : new String[] {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "facebookexternalhit/1.1",
            "WhatsApp/2.23.20.0",
            "TelegramBot (like TwitterBot)",
            "curl/8.5.0",
            "python-requests/2.31",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
            "Java/17.0.2",
            "",
            null
        }) {
            assertThat(ViewBeacon.isReader(ua)).as(ua).isFalse();
        }
    }

    @Test
    void prefetchesAndPrerendersAreNotReadings() {
        assertThat(ViewBeacon.isPrefetch("prefetch", null, null, null)).isTrue();
        assertThat(ViewBeacon.isPrefetch("prefetch;prerender", null, null, null))
                .isTrue();
        assertThat(ViewBeacon.isPrefetch(null, "prefetch", null, null)).isTrue();
        assertThat(ViewBeacon.isPrefetch(null, null, "preview", null)).isTrue();
        assertThat(ViewBeacon.isPrefetch(null, null, null, "prefetch")).isTrue();
        assertThat(ViewBeacon.isPrefetch(null, null, null, null)).isFalse();
    }
}
