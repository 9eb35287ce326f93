package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor takes a section out of the site's main menu on its edit page in headless Chromium
 * and puts it back: the menu follows, while the section's page and its footer link stay.
 */
@IntegrationTest
class SectionMenuBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1280, 1400);
        driver = browser.driver;
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEditorTakesASectionOutOfTheMenuAndBack() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String slug = "menu-" + UUID.randomUUID().toString().substring(0, 6);
        var created =
                http.api("POST", "/api/v1/sections", Http.json(Map.of("slug", slug, "name", "قسم القائمة " + slug)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("inMenu").asBoolean()).isTrue();
        long id = created.json().get("id").asLong();
        String base = http.base();
        assertThat(menuLinks(base)).contains("/section/" + slug);

        browser.signIn(base, people.account("editor"), people.password());
        driver.get(base + "/admin/sections/" + id);
        WebElement box = driver.findElement(By.name("menu"));
        assertThat(box.isSelected()).isTrue();
        box.click();
        browser.screenshot("section-menu-edit-" + ENGINE + ".png");
        driver.findElement(By.cssSelector("form.taxonomy-form button[type=submit]"))
                .click();
        browser.waitFor("location.pathname === '/admin/sections'", 10);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("خارج القائمة الرئيسية");
        browser.screenshot("section-menu-admin-" + ENGINE + ".png");

        assertThat(menuLinks(base)).doesNotContain("/section/" + slug);
        assertThat(driver.findElements(By.cssSelector("footer.site-footer a")).stream()
                        .map(a -> a.getDomAttribute("href"))
                        .toList())
                .contains("/section/" + slug);
        browser.screenshot("section-menu-home-" + ENGINE + ".png");
        driver.get(base + "/section/" + slug);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("قسم القائمة");
        assertThat(http.api("GET", "/api/v1/sections/" + id, null)
                        .json()
                        .get("inMenu")
                        .asBoolean())
                .isFalse();

        driver.get(base + "/admin/sections/" + id);
        driver.findElement(By.name("menu")).click();
        driver.findElement(By.cssSelector("form.taxonomy-form button[type=submit]"))
                .click();
        browser.waitFor("location.pathname === '/admin/sections'", 10);
        assertThat(menuLinks(base)).contains("/section/" + slug);
    }

    /** The main menu's links on the home page, in the browser. */
    private List<String> menuLinks(String base) {
        driver.get(base + "/");
        return driver.findElements(By.cssSelector("nav.sections a")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }
}
