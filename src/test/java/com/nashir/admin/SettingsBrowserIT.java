package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;
    Path profileDir;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        requireChromium();
        profileDir = Files.createTempDirectory("nashir-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir, "--window-size=1280,1800", "--lang=ar");
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void quitBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profileDir != null) {
                try (Stream<Path> paths = Files.walk(profileDir)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    @Test
    void anAdminRenamesTheSiteAndTheHomePageShowsIt() throws IOException {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String username = http.api("GET", "/api/v1/users/" + people.user("admin"), null).json().get("username").asString();
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
        assertThat(driver.findElement(By.cssSelector("header.masthead a.brand")).getText()).isEqualTo(name);
        assertThat(driver.getTitle()).isEqualTo(name);
        screenshot("home-renamed");
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + ENGINE + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String message = "headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and chromium-driver)";
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, message);
        } else if (!present) {
            Assertions.fail(message);
        }
    }
}
