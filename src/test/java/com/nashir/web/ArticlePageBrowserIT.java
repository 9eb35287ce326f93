package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nashir.testing.Browser;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Seed;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed article (src/test/resources/seed) as a reader sees it in headless Chromium: Arabic, right to
 * left, every element of the reference visible, no horizontal scrolling on a phone. Screenshots
 * of the article (desktop and mobile) and of the home page go to target/screenshots/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlePageBrowserIT {
    private static final Dimension DESKTOP = new Dimension(1280, 2000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Http http;
    String articleUrl;
    String breakingText;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void postSeedAndStartBrowser() throws IOException {
        http = new Http(port);
        var section = http.api("POST", "/api/v1/sections", "{\"slug\": \"politics\", \"name\": \"سياسة\"}");
        assertThat(section.status()).as(section.body()).isIn(201, 409);
        var article = http.api("POST", "/api/v1/articles", Seed.read("article.json"));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        articleUrl = article.json().get("url").asString();
        var breaking = http.api("POST", "/api/v1/breaking", Seed.read("breaking.json"));
        assertThat(breaking.status()).as(breaking.body()).isEqualTo(201);
        breakingText = Http.parse(Seed.read("breaking.json")).get("text").asString();

        browser = Browser.start(DESKTOP.getWidth(), DESKTOP.getHeight());
        driver = browser.driver;
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktopWindow() {
        driver.manage().window().setSize(DESKTOP);
    }

    @Test
    void pageIsArabicRightToLeft() {
        driver.get(articleUrl);
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(js("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
    }

    @Test
    void headlineIsTheSeedHeadlineSetRightToLeftFromTheRightEdge() {
        driver.get(articleUrl);
        WebElement h1 = visible(By.cssSelector("article.story h1"));
        assertThat(h1.getText()).isEqualTo(seedHeadline());

        Rectangle column = driver.findElement(By.cssSelector("article.story")).getRect();
        int columnRight = column.getX() + column.getWidth();
        Rectangle box = h1.getRect();
        assertThat(box.getX() + box.getWidth()).isCloseTo(columnRight, within(40));

        // The glyphs themselves: the first letter starts at the right edge of the column and
        // the second word stands to its left on the same line.
        Map<String, Number> first = glyphBox(h1, 0);
        Map<String, Number> secondWord = glyphBox(h1, seedHeadline().indexOf(' ') + 1);
        assertThat(first.get("right").doubleValue()).isCloseTo(columnRight, within(40.0));
        assertThat(secondWord.get("top").doubleValue())
                .isCloseTo(first.get("top").doubleValue(), within(2.0));
        assertThat(secondWord.get("right").doubleValue())
                .isLessThan(first.get("left").doubleValue());
    }

    @Test
    void bylinePublicationDateAndLastUpdateAreShown() {
        driver.get(articleUrl);
        assertThat(visible(By.cssSelector(".story-meta .byline a")).getText()).isEqualTo("فريق التحرير");
        assertThat(visible(By.cssSelector(".story-meta time.published")).getText())
                .isEqualTo("17 يونيو 2024 - 10:30");
        assertThat(visible(By.cssSelector(".story-meta .updated")).getText())
                .startsWith("آخر تحديث")
                .contains("14:05");
    }

    @Test
    void missingFeaturedImageKeepsItsPlaceAltTextAndArchiveCaption() {
        driver.get(articleUrl);
        WebElement figure = visible(By.cssSelector("figure.lead-figure"));
        WebElement img = figure.findElement(By.tagName("img"));
        WebElement caption = figure.findElement(By.tagName("figcaption"));

        assertThat(img.getDomAttribute("alt")).isEqualTo("قوات وطائرات روسية في قاعدة حميميم");
        assertThat(js("return arguments[0].complete && arguments[0].naturalWidth", img))
                .as("/demo/hmeimim.jpg does not exist, so the image is broken")
                .isEqualTo(0L);
        assertThat(caption.isDisplayed()).isTrue();
        assertThat(caption.getText()).isEqualTo("قوات وطائرات روسية في قاعدة حميميم ـ أرشيف");

        assertThat(figure.getRect().getHeight()).as("figure height").isGreaterThan(100);
        Rectangle picture = img.getRect();
        assertThat(picture.getHeight()).as("image box height").isGreaterThan(100);
        assertThat(caption.getRect().getY())
                .as("caption below the image box")
                .isGreaterThanOrEqualTo(picture.getY() + picture.getHeight() - 1);
    }

    @Test
    void bodyShowsTheFirstAndLastParagraphsOfTheSeed() {
        driver.get(articleUrl);
        List<String> seed = seedParagraphs();
        List<WebElement> paragraphs = driver.findElements(By.cssSelector(".story-body p"));
        assertThat(paragraphs).hasSize(seed.size());

        WebElement first = paragraphs.get(0);
        WebElement last = paragraphs.get(paragraphs.size() - 1);
        assertThat(first.isDisplayed()).isTrue();
        assertThat(first.getText()).isEqualTo(seed.get(0));
        assertThat(last.isDisplayed()).isTrue();
        assertThat(last.getText()).isEqualTo(seed.get(seed.size() - 1));
    }

    @Test
    void commentsAreShownAsClosed() {
        driver.get(articleUrl);
        assertThat(visible(By.cssSelector("section.comments h2")).getText()).isEqualTo("التعليقات");
        assertThat(visible(By.cssSelector("section.comments .comments-closed")).getText())
                .isEqualTo("عذراً التعليقات مغلقة");
    }

    @Test
    void breakingStripShowsTheSeedItemOnTheArticle() {
        driver.get(articleUrl);
        assertBreakingStripShowsSeedItem();
    }

    @Test
    void breadcrumbLinksToTheSectionAndTheFiveTagsAreLinks() {
        driver.get(articleUrl);
        List<WebElement> crumbs = driver.findElements(By.cssSelector("nav.crumbs a"));
        assertThat(crumbs).extracting(WebElement::getText).containsExactly("الرئيسية", "سياسة");
        assertThat(crumbs.get(1).isDisplayed()).isTrue();
        assertThat(crumbs.get(1).getDomAttribute("href")).isEqualTo("/section/politics");

        List<WebElement> tags = driver.findElements(By.cssSelector("ul.tags a"));
        assertThat(tags)
                .extracting(WebElement::getText)
                .containsExactly("روسيا", "تركيا", "سوريا", "التطبيع", "حميميم");
        assertThat(tags).allMatch(WebElement::isDisplayed, "displayed");
    }

    @Test
    void desktopPageHasNoHorizontalOverflow() {
        driver.get(articleUrl);
        assertNoHorizontalOverflow();
        saveFullPageScreenshot("article-desktop-" + ENGINE + ".png");
    }

    @Test
    void phoneWidthPageHasNoHorizontalOverflow() {
        driver.manage().window().setSize(PHONE);
        driver.get(articleUrl);
        assertThat(((Number) js("return window.innerWidth")).intValue())
                .as("viewport width")
                .isLessThanOrEqualTo(PHONE.getWidth());
        assertNoHorizontalOverflow();
        assertThat(visible(By.cssSelector("article.story h1")).getText()).isEqualTo(seedHeadline());
        saveFullPageScreenshot("article-mobile-" + ENGINE + ".png");
    }

    @Test
    void homePageShowsNavigationAndBreakingStrip() {
        driver.get(http.base() + "/");
        assertThat(driver.getTitle()).contains("ناشر");
        WebElement nav = visible(By.cssSelector("header.masthead nav.sections"));
        // Other tests add sections, so the menu may scroll sideways: read every entry, seen or not.
        assertThat(nav.findElements(By.tagName("a")))
                .extracting(a -> a.getDomProperty("textContent").strip())
                .contains("الرئيسية", "سياسة");
        assertBreakingStripShowsSeedItem();
        saveFullPageScreenshot("home-" + ENGINE + ".png");
    }

    // ---- helpers -------------------------------------------------------------------------

    private void assertBreakingStripShowsSeedItem() {
        visible(By.cssSelector("[data-breaking]"));
        assertThat(visible(By.cssSelector("[data-breaking] .breaking-label")).getText())
                .isEqualTo("عاجل");
        assertThat(driver.findElements(By.cssSelector(
                        "[data-breaking] .breaking-items li > a, [data-breaking] .breaking-items li > span")))
                .filteredOn(item -> item.getText().equals(breakingText))
                .isNotEmpty()
                .allMatch(WebElement::isDisplayed, "displayed");
    }

    /**
     * Nothing sticks out sideways. Headless Chromium draws a classic vertical scrollbar, which
     * {@code innerWidth} counts and {@code clientWidth} does not, so both are checked.
     */
    private void assertNoHorizontalOverflow() {
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        assertThat(scrollWidth)
                .as("scrollWidth at a %d px wide window", innerWidth)
                .isLessThanOrEqualTo(innerWidth + 1);
        assertThat(scrollWidth).as("scrollWidth beside the scrollbar").isLessThanOrEqualTo(clientWidth);
    }

    private WebElement visible(By by) {
        WebElement element = driver.findElement(by);
        assertThat(element.isDisplayed()).as("%s is displayed", by).isTrue();
        return element;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The rendered box of the character at {@code index} of the element's (single) text node. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> glyphBox(WebElement element, int index) {
        return (Map<String, Number>) js("""
                const text = arguments[0].firstChild, range = document.createRange();
                range.setStart(text, arguments[1]);
                range.setEnd(text, arguments[1] + 1);
                const r = range.getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top};
                """, element, index);
    }

    private void saveFullPageScreenshot(String name) {
        browser.fullPageScreenshot(name);
    }

    private static String seedHeadline() {
        return Seed.read("article.txt").lines().findFirst().orElseThrow().strip();
    }

    /** The body paragraphs of seed/article.txt (the long lines). */
    private static List<String> seedParagraphs() {
        return Arrays.stream(Seed.read("article.txt").split("\n"))
                .map(String::strip)
                .filter(l -> l.length() > 80)
                .toList();
    }
}
