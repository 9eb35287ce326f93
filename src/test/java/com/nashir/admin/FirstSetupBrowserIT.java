package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A newcomer's first login in headless Chromium, on a site of its own with no account: the
 * newsroom leads to the setup page, the code comes from the start-up log, the first admin lands
 * on the dashboard, and a second visit to the setup page is refused. Screenshots go to
 * target/screenshots/.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "nashir.test.context=first-setup-browser")
class FirstSetupBrowserIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    @Test
    void aFreshSiteIsSetUpWithTheCodeFromTheLogAndThePageIsThenRefused(CapturedOutput output) {
        String code = SetupLog.code(output, port);
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.start(1280, 1400)) {
            var driver = browser.driver;
            driver.get(base + "/admin");
            browser.waitFor("location.pathname === '/admin/setup'", 10);
            assertThat(browser.find("h1").getText()).isEqualTo("إعداد الموقع");
            browser.screenshot("setup-" + ENGINE + ".png");

            // Typed as an operator copies it from a terminal: lower case, with spaces around.
            browser.find("input[name=code]").sendKeys("  " + code.toLowerCase() + " ");
            var siteName = browser.find("input[name=siteName]");
            siteName.clear();
            siteName.sendKeys("صحيفة الصباح");
            browser.find("input[name=displayName]").sendKeys("رنا الحلبي");
            browser.find("input[name=email]").sendKeys("rana@example.org");
            browser.find("input[name=password]").sendKeys("كلمة-سر-طويلة-جداً");
            browser.find("input[name=passwordAgain]").sendKeys("كلمة-سر-طويلة-جداً");
            browser.find("#setup-form button[type=submit]").click();

            browser.waitFor("location.pathname === '/admin' && document.querySelector('#welcome')", 15);
            assertThat(browser.find("h1").getText()).isEqualTo("لوحة التحرير");
            assertThat(browser.find(".admin-me").getText())
                    .contains("رنا الحلبي")
                    .contains("مدير");
            assertThat(browser.find("#welcome").getText())
                    .contains("صحيفة الصباح")
                    .contains("rana");
            assertThat(browser.find(".admin-brand").getText()).contains("صحيفة الصباح");
            browser.screenshot("setup-welcome-" + ENGINE + ".png");

            driver.get(base + "/admin/setup");
            assertThat(browser.find("#message").getText()).contains("أُعدّ هذا الموقع من قبل");
            assertThat(driver.findElements(By.cssSelector("#setup-form"))).isEmpty();

            driver.get(base + "/");
            assertThat(browser.find("header.masthead a.brand").getText()).isEqualTo("صحيفة الصباح");
        }
    }
}
