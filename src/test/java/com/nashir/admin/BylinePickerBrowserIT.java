package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An editor signs an article by picking people and desks by name (typed without hamza), tags it
 * with suggestions for every tag and one new tag, publishes it after the confirmation dialog; the
 * breaking desk links a published article found by its headline.
 */
@IntegrationTest
class BylinePickerBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void anEditorPicksBylinesAndTagsByNameAndConfirmsPublishing() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String section = new Fixtures(http).section();
        String sfx = people.suffix;
        http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", "hiba-" + sfx, "name", "هِبة الأنصاري " + sfx)));
        http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", "salma-" + sfx, "name", "سلمى الحداد " + sfx)));
        http.api("POST", "/api/v1/desks", Http.json(Map.of("slug", "irbid-" + sfx, "name", "مكتب إربد " + sfx)));
        http.api("POST", "/api/v1/tags", Http.json(Map.of("name", "اقتصاد " + sfx)));
        http.api("POST", "/api/v1/tags", Http.json(Map.of("name", "الموازنة العامة " + sfx)));
        String editor = people.account("editor");
        String base = "http://localhost:" + port;

        try (Browser b = Browser.start(1366, 1000)) {
            b.signIn(base, editor, people.password());
            b.driver.get(base + "/admin/articles/new");
            b.waitFor(
                    "window.Jodit && document.querySelector('.jodit-wysiwyg') && document.getElementById('byline-search')",
                    10);
            assertThat(b.find("#f-byline-authors").isDisplayed())
                    .as("the slug field gives way to the picker")
                    .isFalse();
            b.find("#f-headline").sendKeys("الحكومة تعرض مشروع الموازنة على البرلمان وسط خلاف على أرقام العجز " + sfx);
            new Select(b.find("#f-section")).selectByValue(section);
            var body = b.find(".jodit-wysiwyg");
            body.click();
            body.sendKeys("عرضت الحكومة مشروع الموازنة العامة على مجلس النواب.");

            // A desk first, then authors: an author replaces the desk, a second author joins the first.
            pick(b, "#byline-search", "اربد " + sfx, "مكتب إربد " + sfx);
            assertThat(chips(b, "#byline-chips")).containsExactly("مكتب إربد " + sfx);
            pick(b, "#byline-search", "سلمى " + sfx, "سلمى الحداد " + sfx);
            pick(b, "#byline-search", "انصاري " + sfx, "هِبة الأنصاري " + sfx);
            assertThat(chips(b, "#byline-chips")).containsExactly("سلمى الحداد " + sfx, "هِبة الأنصاري " + sfx);
            b.find("#byline-search").sendKeys("مكتب اربد " + sfx);
            b.waitFor("!document.getElementById('byline-options').hidden", 5);
            b.screenshot("byline-picker.png");
            b.find("#byline-search").sendKeys(Keys.ESCAPE);
            b.find("#byline-search").clear();
            // Removing a chip removes that author.
            b.find("#byline-chips li:first-child .chip-remove").click();
            assertThat(chips(b, "#byline-chips")).containsExactly("هِبة الأنصاري " + sfx);
            pick(b, "#byline-search", "سلمى " + sfx, "سلمى الحداد " + sfx);
            assertThat(b.find("#f-byline-authors").getDomProperty("value")).isEqualTo("hiba-" + sfx + ", salma-" + sfx);

            // Tags: suggestions for the first tag and for the second; a third, new one with Enter.
            pick(b, "#tag-input", "اقتص", "اقتصاد " + sfx);
            b.find("#tag-input").sendKeys("الموازنه العامه " + sfx);
            b.waitFor(
                    "[...document.querySelectorAll('#tag-options li')].some(li => li.textContent.includes('الموازنة العامة "
                            + sfx + "'))",
                    5);
            b.find("#tag-input").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            b.find("#tag-input").sendKeys("وسم جديد " + sfx, Keys.ENTER);
            assertThat(chips(b, "#tag-chips"))
                    .containsExactly("اقتصاد " + sfx, "الموازنة العامة " + sfx, "وسم جديد " + sfx);
            b.js("document.getElementById('tag-field').scrollIntoView({block: 'center'})");
            b.screenshot("tag-field.png");

            // Publishing asks in a dialog; "cancel" leaves the page as it is, "yes" saves.
            new Select(b.find("#f-status")).selectByValue("published");
            b.find(".editor-buttons button.primary").click();
            b.waitFor("document.querySelector('dialog.confirm[open]')", 5);
            b.screenshot("publish-confirm.png");
            b.find("#confirm-no").click();
            assertThat(b.driver.getCurrentUrl()).endsWith("/admin/articles/new");
            b.find(".editor-buttons button.primary").click();
            b.waitFor("document.querySelector('dialog.confirm[open]')", 5);
            b.find("#confirm-yes").click();
            b.waitFor("/\\/admin\\/articles\\/\\d+\\/edit$/.test(location.pathname)", 15);
            long id = Long.parseLong(b.driver.getCurrentUrl().replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1"));

            JsonNode saved = http.api("GET", "/api/v1/articles/" + id, null).json();
            assertThat(saved.get("status").asString()).isEqualTo("published");
            assertThat(saved.get("byline").get("authors").valueStream().map(JsonNode::asString))
                    .containsExactly("hiba-" + sfx, "salma-" + sfx);
            assertThat(saved.get("tags").valueStream().map(JsonNode::asString))
                    .containsExactly("اقتصاد " + sfx, "الموازنة العامة " + sfx, "وسم جديد " + sfx);
            // Reopened, the picker shows the names, not the slugs.
            b.waitFor("document.querySelectorAll('#byline-chips li').length === 2", 5);
            assertThat(chips(b, "#byline-chips")).containsExactly("هِبة الأنصاري " + sfx, "سلمى الحداد " + sfx);

            // The breaking desk finds the article by words of its headline and links it.
            b.driver.get(base + "/admin/breaking");
            b.find("textarea[name=text]").sendKeys("عاجل: الحكومة تعرض الموازنة " + sfx);
            pick(b, "#breaking-url-search", "مشروع الموازنة " + sfx, "الحكومة تعرض مشروع الموازنة");
            assertThat(b.find("#breaking-url").getDomProperty("value")).startsWith("/news/" + id + "/");
            b.screenshot("breaking-article-picker.png");
            b.find("form[action='/admin/breaking'] button.primary").click();
            b.waitFor("document.getElementById('message')", 10);
            var link = b.driver.findElements(By.cssSelector("a.link-text")).stream()
                    .filter(e -> e.getDomAttribute("href").startsWith("/news/" + id + "/"))
                    .findFirst()
                    .orElseThrow();
            assertThat(link.getText())
                    .startsWith("/news/" + id + "/الحكومة-تعرض")
                    .doesNotContain("%");
        }
    }

    /** Types into a picker, waits for the option that contains {@code option} and chooses it. */
    private static void pick(Browser b, String input, String typed, String option) {
        b.find(input).clear();
        b.find(input).sendKeys(typed);
        String list = b.find(input).getDomAttribute("aria-controls");
        String js = "[...document.querySelectorAll('#" + list + " li')].find(li => li.textContent.includes("
                + quote(option) + "))";
        // A just-published article reaches the search index a moment after its commit: ask again until it is there.
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(b.js("return !!(" + js + ")")); i++) {
            b.js("document.querySelector(arguments[0]).dispatchEvent(new Event('input'))", input);
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        b.waitFor(js, 5);
        b.js("return " + js + ".dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))");
    }

    private static List<String> chips(Browser b, String list) {
        return b.driver.findElements(By.cssSelector(list + " li bdi")).stream()
                .map(e -> e.getText())
                .toList();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
