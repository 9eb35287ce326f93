package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: an admin signs in, creates a writer with a generated password on
 * /admin/users, and that writer signs in with it. Screenshots of the users, account and audit
 * pages go to target/screenshots/ (people-*.png).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    Http http;
    Newsroom people;
    Browser browser;
    WebDriver driver;

    @BeforeAll
    void startBrowser() {
        http = new Http(port);
        people = new Newsroom(http);
        browser = Browser.start(1280, 1300);
        driver = browser.driver;
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void adminCreatesAWriterWhoThenSignsIn() {
        String admin = people.account("admin");
        signIn(admin, people.password());

        open("/admin/users");
        String username = "writer-" + people.suffix;
        driver.findElement(By.id("f-username")).sendKeys(username);
        driver.findElement(By.id("f-email")).sendKeys(username + "@example.org");
        driver.findElement(By.id("f-displayName")).sendKeys("هالة يوسف");
        new Select(driver.findElement(By.id("f-role"))).selectByValue("writer");
        driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().matches(".*/admin/users/\\d+$"));

        assertThat(driver.findElement(By.id("message")).getText()).contains("أُنشئ الحساب");
        String password = driver.findElement(By.id("secret-value")).getAttribute("value");
        assertThat(password).hasSize(23);
        assertThat(driver.findElement(By.cssSelector("button.copy")).isDisplayed())
                .as("the copy button shows with scripts on")
                .isTrue();
        screenshot("people-user");
        open("/admin/users");
        assertThat(driver.findElement(By.cssSelector("tr[data-username='" + username + "']"))
                        .getText())
                .contains("هالة يوسف", "كاتب");
        screenshot("people-users");

        driver.findElement(By.cssSelector(".admin-me button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/admin/login"));
        signIn(username, password);
        assertThat(driver.findElement(By.cssSelector(".admin-me")).getText())
                .contains("هالة يوسف")
                .contains("كاتب");
        assertThat(driver.findElements(By.cssSelector("a[href='/admin/users']")))
                .isEmpty();

        open("/admin/account");
        driver.findElement(By.cssSelector("#token-form input[name=name]")).sendKeys("تطبيق الهاتف");
        driver.findElement(By.cssSelector("#token-form button")).click();
        waitFor(d -> !d.findElements(By.id("secret-value")).isEmpty());
        String token = driver.findElement(By.id("secret-value")).getAttribute("value");
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(200);
        screenshot("people-account");

        driver.findElement(By.cssSelector(".admin-me button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/admin/login"));
        signIn(admin, people.password());
        open("/admin/audit");
        String audit = driver.findElement(By.cssSelector("table.audit")).getText();
        assertThat(audit)
                .contains("إنشاء حساب", "المستخدم " + username, "دخول", "هالة يوسف", "إنشاء رمز لواجهة البرمجة");
        screenshot("people-audit");
    }

    private void signIn(String login, String password) {
        open("/admin/login");
        driver.findElement(By.name("login")).sendKeys(login);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector(".login-box button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    private void screenshot(String name) {
        browser.screenshot(name + "-" + ENGINE + ".png");
    }
}
