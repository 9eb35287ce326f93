package com.nashir.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real page views in headless Chromium: the article page's beacon reports each reading after
 * load, the article read most ranks first in "الأكثر قراءة". Chromium says "HeadlessChrome" in its
 * User-Agent, which is not counted (robots use it); the reader here presents itself as the
 * desktop Chrome it is. The article is an opinion column: the columnist's photo stands beside the
 * headline and the author box (photo, bio, link) closes the article.
 */
@IntegrationTest
class MostReadBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    @Autowired
    ViewCounts counts;

    @Autowired
    MostRead mostRead;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Browser browser;

    @BeforeEach
    void start() {
        http = new Http(port);
        browser = Browser.start(1280, 1000);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private long views(long id) {
        return jdbc.sql("select coalesce(sum(views), 0) from article_view_hour where article_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private void read(String path, long id) {
        long before = views(id);
        browser.driver.get(http.base() + path);
        // The beacon leaves after load; the node writes its counts every few seconds (here at once).
        browser.waitFor("document.readyState === 'complete'", 30);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    counts.flush();
                    return views(id) != before;
                });
    }

    @Test
    void theArticleReadMostRanksFirst() {
        String slug = "op-" + UUID.randomUUID().toString().substring(0, 6);
        var section = http.api(
                "POST", "/api/v1/sections", Http.json(Map.of("slug", slug, "name", "رأي " + slug, "opinion", true)));
        assertThat(section.status()).as(section.body()).isEqualTo(201);
        assertThat(section.json().get("opinion").asBoolean()).isTrue();
        String author = "kt-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(http.api(
                                "POST",
                                "/api/v1/authors",
                                Http.json(Map.of(
                                        "slug",
                                        author,
                                        "name",
                                        "سلمى العلي",
                                        "bio",
                                        "كاتبة عمود أسبوعي في الاقتصاد والمدن، عملت مراسلة في بيروت وعمّان عشر سنوات.",
                                        "photoUrl",
                                        "/demo/library.svg")))
                        .status())
                .isEqualTo(201);

        Map<String, Object> column = Fixtures.article(slug, "المدن التي تتعلم من جفافها");
        column.put("byline", Map.of("authors", List.of(author)));
        column.put("publishedAt", java.time.Instant.now().minusSeconds(600).toString());
        column.put(
                "body", "<p>كل صيف تكتشف مدننا أن الماء ليس وعداً دائماً.</p><p>والحل يبدأ من الحيّ قبل الوزارة.</p>");
        long read = new Fixtures(http).post(column).get("id").asLong();
        long lessRead = new Fixtures(http)
                .post(Fixtures.article(slug, "رسالة إلى وزير النقل"))
                .get("id")
                .asLong();
        String readPath = Fixtures.path(http.api("GET", "/api/v1/articles/" + read, null)
                .json()
                .get("url")
                .asString());
        String lessPath = Fixtures.path(http.api("GET", "/api/v1/articles/" + lessRead, null)
                .json()
                .get("url")
                .asString());

        // As it is, headless Chromium is not a reader.
        browser.driver.get(http.base() + lessPath);
        browser.waitFor("document.readyState === 'complete'", 5);
        counts.flush();
        assertThat(views(lessRead)).isZero();

        String agent = String.valueOf(browser.js("return navigator.userAgent")).replace("HeadlessChrome", "Chrome");
        ((ChromeDriver) browser.driver).executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent));
        read(readPath, read);
        read(readPath, read);
        read(readPath, read);
        read(lessPath, lessRead);
        assertThat(views(read)).isEqualTo(3);
        assertThat(views(lessRead)).isEqualTo(1);
        mostRead.refresh();

        browser.driver.get(http.base() + "/section/" + slug + "?ranked=" + UUID.randomUUID());
        List<String> ranked =
                browser.driver.findElements(org.openqa.selenium.By.cssSelector(".most-read-list a")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList();
        assertThat(ranked).containsExactly("المدن التي تتعلم من جفافها", "رسالة إلى وزير النقل");
        browser.driver.get(http.base() + "/?ranked=" + UUID.randomUUID());
        List<String> site =
                browser.driver.findElements(org.openqa.selenium.By.cssSelector(".most-read-list a")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList();
        assertThat(site.indexOf("المدن التي تتعلم من جفافها"))
                .isNotNegative()
                .isLessThan(site.indexOf("رسالة إلى وزير النقل"));

        browser.driver.get(http.base() + readPath + "?look=" + UUID.randomUUID());
        assertThat(browser.find(".opinion-head .columnist img").getDomAttribute("src"))
                .isEqualTo("/demo/library.svg");
        assertThat(browser.find(".author-box .author-name a").getDomAttribute("href"))
                .isEqualTo("/author/" + author);
        assertThat(browser.find(".author-box .author-bio").getText()).startsWith("كاتبة عمود");
        assertThat(browser.find("time.published").getText()).matches(".* - \\d\\d:\\d\\d");
        assertThat(browser.js("return getComputedStyle(document.querySelector('.share-button')).borderRadius"))
                .isNotEqualTo("0px");
        browser.fullPageScreenshot("article-author-box-" + ENGINE + ".png");
    }
}
