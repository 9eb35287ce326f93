package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Embeds and galleries from the editor to the reader, in headless Chromium: an editor pastes a
 * YouTube address and an X post address on their own lines and builds a gallery from library
 * pictures; the public page shows two click-to-load cards and asks no other host for anything on
 * load (the DevTools protocol's network log), loads the player only on a click, and opens the
 * gallery full screen from the keyboard.
 */
@IntegrationTest
class StoryBlocksBrowserIT {
    private static final String YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    private static final String X_POST = "https://x.com/AJArabic/status/1790000000000000001";

    @LocalServerPort
    int port;

    @Test
    void pastedAddressesBecomeCardsThatLoadTheirPlayerOnlyOnClick() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String section = new Fixtures(http).section();
        String editor = people.account("editor");
        String base = "http://localhost:" + port;
        String token = people.tokenFor("editor");
        String[][] pictures = {
            {"ساحة المدينة صباح يوم الانتخابات", "وكالة الأنباء", "false"},
            {"طابور الناخبين أمام مركز الاقتراع", "أحمد سالم", "true"},
            {"فرز الأصوات بعد إغلاق الصناديق", "", "false"}
        };
        for (String[] p : pictures) {
            var up = http.uploadAs(token, "p.jpg", "image/jpeg", MediaDeskIT.jpeg(1200, 800), p[0]);
            assertThat(up.status()).as(up.body()).isEqualTo(201);
            var patch = http.apiAs(
                    token,
                    "PATCH",
                    "/api/v1/media/" + up.json().get("id").asLong(),
                    Http.json(Map.of(
                            "alt", p[0], "caption", p[0], "credit", p[1], "archive", Boolean.parseBoolean(p[2]))));
            assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        }

        long id;
        try (Browser b = Browser.start(1366, 1000)) {
            b.signIn(base, editor, people.password());
            b.driver.get(base + "/admin/articles/new");
            b.waitFor("window.Jodit && document.querySelector('.jodit-wysiwyg')", 10);
            b.find("#f-headline").sendKeys("الناخبون يتوافدون على مراكز الاقتراع منذ الصباح");
            new Select(b.find("#f-section")).selectByValue(section);
            var body = b.find(".jodit-wysiwyg");
            body.click();
            body.sendKeys("فتحت مراكز الاقتراع أبوابها في السابعة صباحاً.");
            body.sendKeys(Keys.ENTER);
            paste(b, YOUTUBE);
            b.waitFor("document.querySelectorAll('.jodit-wysiwyg figure[data-embed=youtube]').length === 1", 10);
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            body.sendKeys(Keys.ENTER);
            paste(b, X_POST);
            b.waitFor("document.querySelectorAll('.jodit-wysiwyg figure[data-embed=x]').length === 1", 10);

            // A gallery: three library pictures picked in order.
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            b.find(".jodit-toolbar-button_gallery button").click();
            b.waitFor(
                    "document.getElementById('picker').open && document.querySelectorAll('#picker-grid button').length >= 3",
                    10);
            for (int i = 2; i >= 0; i--) {
                b.driver
                        .findElements(By.cssSelector("#picker-grid button"))
                        .get(i)
                        .click();
            }
            b.find("#picker-gallery-done").click();
            b.waitFor(
                    "document.querySelectorAll('.jodit-wysiwyg figure[data-gallery] figure[data-media]').length === 3",
                    5);
            new Select(b.find("#f-status")).selectByValue("published");
            b.screenshot("story-blocks-editor.png");
            b.find(".editor-buttons button.primary").click();
            // Publishing asks in a dialog first.
            b.waitFor("document.querySelector('dialog.confirm[open]')", 5);
            b.find("#confirm-yes").click();
            b.waitFor("/\\/admin\\/articles\\/\\d+\\/edit$/.test(location.pathname)", 10);
            id = Long.parseLong(b.driver.getCurrentUrl().replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1"));
        }

        try (Browser b = Browser.startWithNetworkLog(1366, 1000)) {
            b.driver.get(base + "/a/" + id);
            b.waitFor("document.querySelector('.embed-load') && !document.querySelector('.embed-load').hidden", 10);
            assertThat(b.driver.findElements(By.cssSelector("figure.embed"))).hasSize(2);
            assertThat(b.find("figure.embed[data-provider=youtube] .embed-title")
                            .getText())
                    .isEqualTo("فيديو على يوتيوب");
            assertThat(b.find("figure.embed[data-provider=x] .embed-link a").getDomAttribute("href"))
                    .isEqualTo("https://x.com/i/status/1790000000000000001");
            assertThat(b.driver.findElements(By.tagName("iframe"))).isEmpty();
            // The browser's own pages (chrome://new-tab-page…) are not the page's requests.
            List<String> onLoad =
                    b.requestedUrls().stream().filter(u -> u.startsWith("http")).toList();
            assertThat(onLoad).anyMatch(u -> u.contains("/media/")).anyMatch(u -> u.contains("/live/breaking"));
            assertThat(onLoad)
                    .allSatisfy(u -> assertThat(URI.create(u).getHost()).as(u).isEqualTo("localhost"));
            b.fullPageScreenshot("article-embeds-gallery.png");

            b.find("figure.embed[data-provider=youtube] .embed-load").click();
            b.waitFor("document.querySelector('figure.embed[data-provider=youtube] iframe')", 5);
            assertThat(b.find("figure.embed[data-provider=youtube] iframe").getDomAttribute("src"))
                    .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
            assertThat(b.driver.findElements(By.cssSelector("figure.embed[data-provider=x] iframe")))
                    .isEmpty();
            b.find("figure.embed[data-provider=x] .embed-load").click();
            b.waitFor("document.querySelector('figure.embed[data-provider=x] iframe')", 5);
            assertThat(b.find("figure.embed[data-provider=x] iframe").getDomAttribute("src"))
                    .startsWith("https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001");

            // The gallery: captions, credit and the archive mark, the pictures in the order picked.
            var items = b.driver.findElements(By.cssSelector(".gallery .gallery-item figcaption"));
            assertThat(items).hasSize(3);
            // Picked oldest first (the picker lists the newest first).
            assertThat(items.get(0).getDomProperty("textContent"))
                    .contains("ساحة المدينة")
                    .contains("(وكالة الأنباء)");
            assertThat(items.get(1).getDomProperty("textContent"))
                    .contains("طابور الناخبين أمام مركز الاقتراع ـ أرشيف")
                    .contains("(أحمد سالم)");
            assertThat(items.get(2).getDomProperty("textContent")).contains("فرز الأصوات");
            // Full screen from the keyboard: Tab to the button, Enter; Escape closes.
            b.js("document.querySelector('.gallery-track').focus()");
            b.find(".gallery-track").sendKeys(Keys.ARROW_LEFT);
            b.find(".gallery-full").sendKeys(Keys.ENTER);
            b.waitFor(
                    "document.querySelector('dialog.gallery-dialog') && document.querySelector('dialog.gallery-dialog').open",
                    5);
            assertThat(b.find("dialog.gallery-dialog img").getDomAttribute("src"))
                    .startsWith("/media/");
            b.screenshot("article-gallery-fullscreen.png");
            b.find("dialog.gallery-dialog").sendKeys(Keys.ESCAPE);
            b.waitFor("!document.querySelector('dialog.gallery-dialog').open", 5);

            // On a phone: the cards and the strip fit the screen.
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            b.driver.navigate().refresh();
            b.waitFor("document.querySelector('.embed-load') && !document.querySelector('.embed-load').hidden", 10);
            assertThat(((Number) b.js("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) b.js("return window.innerWidth")).intValue());
            b.fullPageScreenshot("article-embeds-gallery-phone.png");
        }

        // Feeds and the WordPress API carry the plain links.
        assertThat(http.get("/feed").body()).contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(http.get("/wp-json/wp/v2/posts/" + id).body())
                .contains("https://x.com/i/status/1790000000000000001");
    }

    /** A paste as the browser delivers it (a ClipboardEvent carrying text) into the editor. */
    private static void paste(Browser b, String text) {
        b.js(
                "var dt = new DataTransfer(); dt.setData('text/plain', arguments[0]);"
                        + "document.querySelector('.jodit-wysiwyg').dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
                text);
    }
}
