package com.nashir.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor runs the home page in headless Chromium: pins an old text-only story with a long
 * headline as the lead, pins two stories to the top and puts them in order with the keyboard
 * (the ▲ button), saves, and the home page shows it, handsome on a desktop and on a 390 px phone.
 */
@IntegrationTest
class FrontPageBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");
    static final String LONG_HEADLINE =
            "الحكومة تعلن خطة وطنية شاملة لإصلاح قطاع المياه والري في المحافظات الجنوبية بعد عامين من الجفاف "
                    + "وتراجع منسوب السدود وتعد المزارعين بتعويضات عاجلة قبل موسم الزراعة المقبل";

    @LocalServerPort
    int port;

    Browser browser;
    Http http;

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
        http.api("PUT", "/api/v1/front-page", "{}");
    }

    private long post(String section, String headline, Duration ago, boolean picture) {
        Map<String, Object> a = Fixtures.article(section, headline);
        a.put("publishedAt", Instant.now().minus(ago).toString());
        a.put("summary", "خلاصة قصيرة تشرح الخبر للقارئ في سطرين على الأكثر.");
        if (picture) {
            a.put(
                    "featuredImage",
                    Map.of("url", "/demo/harbor.svg", "alt", "ميناء", "caption", "", "credit", "", "archive", false));
        }
        return new Fixtures(http).post(a).get("id").asLong();
    }

    @Test
    void anEditorPinsTheLeadAndOrdersTheTopStories() {
        Fixtures fx = new Fixtures(http);
        String section = fx.section();
        String other = fx.section();
        long lead = post(section, LONG_HEADLINE, Duration.ofDays(2), false);
        long first = post(section, "وزير المالية: الموازنة الجديدة بلا ضرائب إضافية", Duration.ofMinutes(30), true);
        long second = post(other, "المنتخب يتأهل إلى نصف النهائي بعد فوز مثير", Duration.ofMinutes(20), true);
        for (int i = 0; i < 8; i++) {
            post(
                    i % 2 == 0 ? section : other,
                    "خبر جديد رقم " + (i + 1) + " في نشرة اليوم",
                    Duration.ofMinutes(10 - i),
                    i % 3 == 0);
        }
        Newsroom people = new Newsroom(http);
        String base = http.base();
        browser.signIn(base, people.account("editor"), people.password());

        browser.driver.get(base + "/admin/front");
        pin(lead, "lead");
        assertThat(browser.find("#message").getText()).contains("ثُبّت");
        pin(first, "top");
        pin(second, "top");
        assertThat(topPins()).containsExactly(second, first);

        // The keyboard moves the first story up: focus its ▲ and press Enter.
        WebElement up = browser.find("ol.pins[data-zone=top] li.pin[data-id='" + first + "'] button[data-move=up]");
        up.sendKeys(Keys.ENTER);
        assertThat(topPins()).containsExactly(first, second);
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(up);
        browser.waitFor("document.getElementById('front-live').textContent.includes('الموضع 1')", 5);
        browser.fullPageScreenshot("front-desk-" + ENGINE + ".png");
        browser.js("document.body.dataset.before = 'save'");
        browser.find("#front-form button[type=submit]").click();
        browser.waitFor(
                "document.body.dataset.before !== 'save' && document.getElementById('message') && "
                        + "document.getElementById('message').textContent.includes('حُفظت')",
                10);
        assertThat(topPins()).containsExactly(first, second);

        browser.driver.get(base + "/");
        assertThat(browser.find(".lead-story h2").getText()).isEqualTo(LONG_HEADLINE);
        assertThat(browser.find(".lead-story").getAttribute("class")).contains("no-image");
        List<String> top = browser.driver.findElements(By.cssSelector(".top-stories .card-title")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(top.subList(0, 2))
                .containsExactly(
                        "وزير المالية: الموازنة الجديدة بلا ضرائب إضافية",
                        "المنتخب يتأهل إلى نصف النهائي بعد فوز مثير");
        // A long headline on a text-only lead is set small, not as a wall of display type.
        double size = Double.parseDouble(String.valueOf(
                browser.js("return parseFloat(getComputedStyle(document.querySelector('.lead-title')).fontSize)")));
        assertThat(size).isLessThanOrEqualTo(26);
        browser.fullPageScreenshot("front-home-" + ENGINE + ".png");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.driver.navigate().refresh();
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).longValue())
                .isLessThanOrEqualTo(((Number) browser.js("return window.innerWidth")).longValue());
        browser.screenshot("front-home-phone-" + ENGINE + ".png");
    }

    private void pin(long id, String zone) {
        // The article by its number in the desk's search: the newest twenty hold other tests' stories too.
        browser.driver.get(http.base() + "/admin/front?q=" + id);
        browser.js("document.body.dataset.before = 'pin'");
        browser.find("form.candidate:has(input[name=article][value='" + id + "']) button[value=" + zone + "]")
                .click();
        browser.waitFor(
                "document.body && document.body.dataset.before !== 'pin' && document.getElementById('message') !== null",
                10);
    }

    private List<Long> topPins() {
        return browser.driver.findElements(By.cssSelector("ol.pins[data-zone=top] li.pin")).stream()
                .map(li -> Long.parseLong(li.getDomAttribute("data-id")))
                .toList();
    }
}
