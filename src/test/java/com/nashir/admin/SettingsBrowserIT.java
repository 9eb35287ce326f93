package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An admin renames the site on the settings page in headless Chromium, and the public home page
 * shows the new name. Shares the settings tests' own application, so no other test sees the name.
 * Screenshots go to target/screenshots/.
 */
@IntegrationTest
@TestPropertySource(properties = "nashir.test.context=settings")
class SettingsBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1280, 1800);
        driver = browser.driver;
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminRenamesTheSiteAndTheHomePageShowsIt() throws IOException {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String username = people.account("admin");
        String base = "http://localhost:" + port;
        String name = "صحيفة المتصفح " + people.suffix;

        driver.get(base + "/admin/login");
        driver.findElement(By.name("login")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(people.password());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(ExpectedConditions.urlToBe(base + "/admin"));

        driver.findElement(By.linkText("الإعدادات")).click();
        WebElement field = wait(ExpectedConditions.visibilityOfElementLocated(By.id("s-name")));
        field.clear();
        field.sendKeys(name);
        driver.findElement(By.cssSelector("#settings-form button[type=submit]")).click();
        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).contains("حُفظت الإعدادات");
        assertThat(driver.findElement(By.id("s-name")).getDomProperty("value")).isEqualTo(name);
        assertThat(driver.findElement(By.cssSelector(".admin-brand")).getText()).contains(name);
        screenshot("admin-settings");

        driver.get(base + "/");
        assertThat(driver.findElement(By.cssSelector("header.masthead a.brand")).getText())
                .isEqualTo(name);
        assertThat(driver.getTitle()).isEqualTo(name);
        screenshot("home-renamed");
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    private void screenshot(String name) {
        browser.screenshot(name + "-" + ENGINE + ".png");
    }
}
