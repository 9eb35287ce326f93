package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser on the home page finds the RSS feed the page announces and loads it. */
@IntegrationTest
class FeedDiscoveryBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void homePageAnnouncesAnRssFeedThatLoads() {
        Http http = new Http(port);
        Fixtures fx = new Fixtures(http);
        String headline = "خبر تجده الخلاصة " + fx.section();
        var article = Fixtures.article(fx.section(), headline);
        article.put(
                "publishedAt",
                java.time.Instant.now().minusSeconds(60).toString()); // the newest, so in the site's feed
        fx.post(article);
        try (Browser browser = Browser.start(1280, 900)) {
            browser.driver.get(http.base() + "/");
            String href = (String)
                    browser.js("var l = document.querySelector('link[rel=alternate][type=\"application/rss+xml\"]');"
                            + "return l ? l.href : null;");
            assertThat(href).isEqualTo(http.base() + "/feed");
            // The browser fetches the feed it found and reads it as XML, as a feed reader extension would.
            String result = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.text().then(t => {"
                                    + "  var doc = new DOMParser().parseFromString(t, 'application/xml');"
                                    + "  var titles = Array.from(doc.querySelectorAll('item > title')).map(e => e.textContent);"
                                    + "  done(r.status + '|' + r.headers.get('content-type') + '|' + doc.documentElement.nodeName + '|'"
                                    + "       + doc.querySelector('channel > language').textContent + '|' + titles.join('¦'));"
                                    + "})).catch(e => done('error ' + e));",
                            href);
            String[] parts = result.split("\\|", 5);
            assertThat(parts[0]).as(result).isEqualTo("200");
            assertThat(parts[1]).startsWith("application/rss+xml");
            assertThat(parts[2]).isEqualTo("rss");
            assertThat(parts[3]).isEqualTo("ar");
            assertThat(parts[4]).contains(headline);
            browser.screenshot("feed-discovery-home.png");
        }
    }
}
