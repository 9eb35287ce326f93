package com.nashir.search;

import static com.nashir.search.SearchWords.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Seed;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page as a reader uses it in headless Chromium: the header form (also with
 * JavaScript off), the seed article found by the must-show queries with the match marked in
 * the snippet, "هل تقصد", right-to-left layout without sideways scrolling on a phone.
 * Screenshots go to target/screenshots/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;
    Http http;
    String section;
    long seedId;
    String seedHeadline;
    Path profile;
    WebDriver driver;

    @BeforeAll
    void postSeedAndStartBrowser() throws Exception {
        requireChromium();
        http = new Http(port);
        section = new Fixtures(http).section();
        var posted = http.api("POST", "/api/v1/articles", Seed.articleIn(section));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        seedId = posted.json().get("id").asLong();
        seedHeadline = posted.json().get("headline").asString();
        long start = System.currentTimeMillis();
        while (http.get("/api/v1/search?q=" + enc("حميميم") + "&section=" + section).json().get("total").asLong() == 0) {
            assertThat(System.currentTimeMillis() - start).isLessThan(5_000);
            Thread.sleep(20);
        }
        profile = Files.createTempDirectory("nashir-chromium-search-");
        driver = startChromium(profile, true);
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            deleteTree(profile);
        }
    }

    @Test
    void headerFormLeadsToResultsWithTheMatchMarked() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.get(http.base() + "/");
        WebElement input = driver.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]"));
        assertThat(input.isDisplayed()).isTrue();
        input.sendKeys("اردوغان حميميم");
        driver.findElement(By.cssSelector("header.masthead form[role=search] button")).click();
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        WebElement first = result(seedId);
        List<String> marks = first.findElements(By.cssSelector(".snippet mark")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
        assertThat(marks).contains("أردوغان").anyMatch(m -> m.contains("حميميم"));
        assertThat(js("return getComputedStyle(arguments[0]).backgroundColor", first.findElement(By.cssSelector(".snippet mark"))))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        screenshot("search-desktop-" + ENGINE + ".png");
    }

    @Test
    void everyMustShowQueryFindsTheSeedWithAVisibleMark() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        for (String q : List.of("تطبيع", "التطبيع", "والتطبيع", "تطبيع العلاقات", "اردوغان", "أردوغان", "حميميم", "\"قاعدة حميميم\"",
                "مفاوضات", "الروسي")) {
            driver.get(http.base() + "/search?q=" + enc(q) + "&section=" + section);
            WebElement hit = result(seedId);
            assertThat(hit.findElement(By.cssSelector("h2 a")).getText()).as(q).isEqualTo(seedHeadline);
            assertThat(hit.findElements(By.cssSelector("mark"))).as(q).anyMatch(WebElement::isDisplayed);
            assertThat(hit.findElement(By.cssSelector(".meta time")).getText()).as(q).isEqualTo("17 يونيو 2024");
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
        Path noJsProfile = Files.createTempDirectory("nashir-chromium-nojs-");
        WebDriver noJs = startChromium(noJsProfile, false);
        try {
            noJs.get(http.base() + "/section/" + section);
            noJs.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]")).sendKeys("\"قاعدة حميميم\"");
            noJs.findElement(By.cssSelector("header.masthead form[role=search] input[name=q]")).submit();
            assertThat(noJs.findElements(By.cssSelector("ol.results li.result h2 a"))).extracting(e -> e.getDomAttribute("href"))
                    .anyMatch(h -> h.startsWith("/news/" + seedId + "/"));
        } finally {
            noJs.quit();
            deleteTree(noJsProfile);
        }
    }

    private WebElement result(long id) {
        return driver.findElements(By.cssSelector("ol.results li.result")).stream()
                .filter(li -> li.findElement(By.cssSelector("h2 a")).getDomAttribute("href").startsWith("/news/" + id + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("article " + id + " not among the results at " + driver.getCurrentUrl()));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String message = "headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER;
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, message);
        } else if (!present) {
            Assertions.fail(message);
        }
    }

    private static WebDriver startChromium(Path profile, boolean javascript) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=ar");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return new ChromeDriver(service, options);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp profile left behind harms nobody
        }
    }
}
