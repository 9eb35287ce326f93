package com.nashir.search;

import static com.nashir.search.SearchWords.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Seed;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page as a reader uses it in headless Chromium: the header form (also with
 * JavaScript off), the seed article found by the must-show queries with the match marked in
 * the snippet, "هل تقصد", the matches' authors as a facet that filters and is removed again,
 * right-to-left layout without sideways scrolling on a phone.
 * Screenshots go to target/screenshots/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Http http;
    String section;
    long seedId;
    String seedHeadline;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void postSeedAndStartBrowser() throws Exception {
        Browser.requireChromium();
        http = new Http(port);
        section = new Fixtures(http).section();
        var posted = http.api("POST", "/api/v1/articles", Seed.articleIn(section));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        seedId = posted.json().get("id").asLong();
        seedHeadline = posted.json().get("headline").asString();
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> http.get("/api/v1/search?q=" + enc("حميميم") + "&section=" + section)
                                .json()
                                .get("total")
                                .asLong()
                        > 0);
        browser = Browser.start(1280, 1600);
        driver = browser.driver;
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void headerFormLeadsToResultsWithTheMatchMarked() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.get(http.base() + "/");
        WebElement input = driver.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]"));
        assertThat(input.isDisplayed()).isTrue();
        input.sendKeys("اردوغان حميميم");
        driver.findElement(By.cssSelector("header.masthead form[role=search] button"))
                .click();
        // The click returns before the browser has necessarily loaded the results page.
        browser.waitFor("location.pathname === '/search' && document.querySelector('.result-count')", 10);
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        WebElement first = result(seedId);
        List<String> marks = first.findElements(By.cssSelector(".snippet mark")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
        assertThat(marks).contains("أردوغان").anyMatch(m -> m.contains("حميميم"));
        assertThat(js(
                        "return getComputedStyle(arguments[0]).backgroundColor",
                        first.findElement(By.cssSelector(".snippet mark"))))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        screenshot("search-desktop-" + ENGINE + ".png");
    }

    @Test
    void everyMustShowQueryFindsTheSeedWithAVisibleMark() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        for (String q : List.of(
                "تطبيع",
                "التطبيع",
                "والتطبيع",
                "تطبيع العلاقات",
                "اردوغان",
                "أردوغان",
                "حميميم",
                "\"قاعدة حميميم\"",
                "مفاوضات",
                "الروسي")) {
            driver.get(http.base() + "/search?q=" + enc(q) + "&section=" + section);
            WebElement hit = result(seedId);
            assertThat(hit.findElement(By.cssSelector("h2 a")).getText()).as(q).isEqualTo(seedHeadline);
            assertThat(hit.findElements(By.cssSelector("mark"))).as(q).anyMatch(WebElement::isDisplayed);
            assertThat(hit.findElement(By.cssSelector(".meta time")).getText())
                    .as(q)
                    .isEqualTo("17 يونيو 2024");
        }
    }

    @Test
    void didYouMeanOffersTheCloseSpellingAndItsLinkFindsTheSeed() {
        driver.get(http.base() + "/search?q=" + enc("حميمين") + "&section=" + section);
        WebElement suggestion = driver.findElement(By.cssSelector(".did-you-mean a"));
        assertThat(suggestion.isDisplayed()).isTrue();
        assertThat(suggestion.getText()).isEqualTo("حميميم");
        suggestion.click();
        result(seedId);
    }

    @Test
    void anAuthorChosenFromTheFacetFiltersTheResultsAndIsRemovedAgain() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        // A word of this run only, of letters that are no prefix or suffix the stemmer would take off.
        StringBuilder letters = new StringBuilder();
        for (char c : Long.toString(System.nanoTime() % 100_000_000L).toCharArray()) {
            letters.append("ثجحخدذرزشص".charAt(c - '0'));
        }
        String word = letters.toString();
        String amal = author("أمل الخطيب");
        String samir = author("سمير النجار");
        long byAmal = signed(amal, "مشروع " + word + " في الجنوب");
        long bySamir = signed(samir, "افتتاح " + word + " في الشمال");
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> http.get("/api/v1/search?q=" + enc(word))
                                .json()
                                .get("total")
                                .asLong()
                        == 2);
        driver.get(http.base() + "/search?q=" + enc(word));
        result(byAmal);
        result(bySamir);
        List<WebElement> facet = driver.findElements(By.xpath("//aside[@class='facets']//section[h2='الكتّاب']//a"));
        assertThat(facet).extracting(WebElement::getText).containsExactlyInAnyOrder("أمل الخطيب", "سمير النجار");
        facet.stream()
                .filter(a -> a.getText().equals("سمير النجار"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitFor("location.search.indexOf('author=') >= 0 && document.querySelector('.active-filter')", 10);
        result(bySamir);
        assertThat(driver.findElements(By.cssSelector("ol.results li.result"))).hasSize(1);
        // A result is as tall as what it holds, however tall the facets beside a short list are.
        Number slack = (Number) js("const li = document.querySelector('ol.results li.result');"
                + "const held = [...li.children].reduce((s, c) => s + c.getBoundingClientRect().height, 0);"
                + "return li.getBoundingClientRect().height - held;");
        assertThat(slack.doubleValue())
                .as("room in the result beyond its lines")
                .isLessThan(60);
        WebElement active = driver.findElement(By.cssSelector(".active-filter"));
        assertThat(active.getText()).startsWith("الكاتب: سمير النجار");
        assertThat(driver.findElement(By.cssSelector("form.search-form input[type=hidden][name=author]"))
                        .getDomAttribute("value"))
                .as("the form keeps the author when the words change")
                .isEqualTo(samir);
        screenshot("search-author-" + ENGINE + ".png");
        active.findElement(By.linkText("إزالة")).click();
        browser.waitFor("location.search.indexOf('author=') < 0 && document.querySelector('.result-count')", 10);
        result(byAmal);
        result(bySamir);
    }

    private String author(String name) {
        String slug = "au-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var r = http.api("POST", "/api/v1/authors", Http.json(java.util.Map.of("slug", slug, "name", name)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return slug;
    }

    private long signed(String author, String headline) {
        var a = Fixtures.article(section, headline);
        a.put("byline", java.util.Map.of("authors", List.of(author)));
        return new Fixtures(http).post(a).get("id").asLong();
    }

    @Test
    void phoneWidthHasNoSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(http.base() + "/search?q=" + enc("التطبيع") + "&section=" + section);
        result(seedId);
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
        screenshot("search-mobile-" + ENGINE + ".png");
    }

    @Test
    void searchWorksWithJavaScriptOff() throws IOException {
        try (Browser withoutScripts = Browser.start(1280, 1600, false)) {
            WebDriver noJs = withoutScripts.driver;
            noJs.get(http.base() + "/section/" + section);
            noJs.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]"))
                    .sendKeys("\"قاعدة حميميم\"");
            noJs.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]"))
                    .submit();
            new org.openqa.selenium.support.ui.WebDriverWait(noJs, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/search?q=")
                            && !d.findElements(By.cssSelector("ol.results")).isEmpty());
            assertThat(noJs.findElements(By.cssSelector("ol.results li.result h2 a")))
                    .extracting(e -> e.getDomAttribute("href"))
                    .anyMatch(h -> h.startsWith("/news/" + seedId + "/"));
        }
    }

    /** The result for article {@code id}, waiting (up to 10 s) for a page that a click or submit is still loading. */
    private WebElement result(long id) {
        try {
            return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector("ol.results li.result")).stream()
                            .filter(li -> li.findElement(By.cssSelector("h2 a"))
                                    .getDomAttribute("href")
                                    .startsWith("/news/" + id + "/"))
                            .findFirst()
                            .orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("article " + id + " not among the results at " + driver.getCurrentUrl());
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
