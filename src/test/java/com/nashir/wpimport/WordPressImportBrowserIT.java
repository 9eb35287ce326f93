package com.nashir.wpimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: an admin opens "استيراد" in the newsroom, uploads the test export, and
 * the import page follows the import to its report. An editor does not get the page. Screenshots
 * go to target/screenshots/ (wordpress-import-*.png).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordPressImportBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Newsroom people;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void startBrowser() {
        people = new Newsroom(new Http(port));
        browser = Browser.start(1280, 1400);
        driver = browser.driver;
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void adminUploadsAnExportAndReadsTheReport() {
        browser.signIn("http://localhost:" + port, people.account("admin"), people.password());
        driver.get("http://localhost:" + port + "/admin");
        driver.findElement(By.linkText("استيراد")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/admin/import"));
        browser.screenshot("wordpress-import-form-" + ENGINE + ".png");

        driver.findElement(By.name("file"))
                .sendKeys(WordPressImportIT.FIXTURE.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector("#report")).isEmpty()
                        && !d.findElements(By.cssSelector("#message")).isEmpty());
        assertThat(driver.findElement(By.id("message")).getText()).contains("انتهى الاستيراد");
        Map<String, String> created = driver.findElements(By.cssSelector("#report tbody tr")).stream()
                .collect(Collectors.toMap(
                        row -> row.getAttribute("data-kind"),
                        row -> row.findElement(By.cssSelector("td[data-outcome=created]"))
                                .getText()));
        assertThat(created)
                .containsEntry("article", "6")
                .containsEntry("page", "1")
                .containsEntry("comment", "5")
                .containsEntry("author", "2");
        assertThat(driver.findElements(By.cssSelector("#warnings li")))
                .extracting(WebElement::getText)
                .anySatisfy(w -> assertThat(w).contains("--uploads"));
        browser.fullPageScreenshot("wordpress-import-report-" + ENGINE + ".png");
    }

    @Test
    void editorsDoNotImport() {
        try (Browser other = Browser.start(1000, 800)) {
            other.signIn("http://localhost:" + port, people.account("editor"), people.password());
            other.driver.get("http://localhost:" + port + "/admin/import");
            assertThat(other.driver.getPageSource()).contains("مدير");
            assertThat(other.driver.findElements(By.id("import-form"))).isEmpty();
            assertThat(other.driver.findElements(By.linkText("استيراد"))).isEmpty();
        }
    }
}
