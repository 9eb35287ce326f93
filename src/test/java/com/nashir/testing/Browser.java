package com.nashir.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own ChromeDriver (never a downloaded browser),
 * with a fresh profile that is deleted on {@link #close()}. Screenshots go to target/screenshots/.
 * Without Chromium the test is skipped, except under CI=true where it fails.
 */
public final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start(int width, int height) {
        return start(width, height, true);
    }

    /** {@code javascript} false: pages as a reader with scripts turned off sees them. */
    public static Browser start(int width, int height, boolean javascript) {
        return start(width, height, javascript, false);
    }

    /**
     * A browser that records the DevTools protocol's network events ({@link #requestedUrls()}):
     * what a page asked for, from any host, including requests the page's policy then blocked.
     */
    public static Browser startWithNetworkLog(int width, int height) {
        return start(width, height, true, true);
    }

    private static Browser start(int width, int height, boolean javascript, boolean networkLog) {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("nashir-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--lang=ar");
        if (networkLog) {
            options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        }
        if (!javascript) {
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return new Browser(new ChromeDriver(service, options), profile);
    }

    public static void requireChromium() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String message = "headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, message);
        } else if (!present) {
            Assertions.fail(message);
        }
    }

    /**
     * The addresses the browser asked for since the last call (the DevTools protocol's
     * {@code Network.requestWillBeSent}, through ChromeDriver's performance log); needs
     * {@link #startWithNetworkLog}.
     */
    public java.util.List<String> requestedUrls() {
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (var entry : driver.manage().logs().get("performance")) {
            var message = Http.parse(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString());
            }
        }
        return urls;
    }

    /**
     * Makes the page a 390×844 phone screen for this whole session. Headless Chromium keeps its
     * window at least 500 px wide, so the viewport is set through the DevTools protocol (as
     * DevTools' device mode does), with mobile viewport rules.
     */
    public void phone() {
        ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits up to {@code seconds} for the condition (a JS expression) to hold; on time-out the
     * page is saved as target/screenshots/timeout-*.png and its visible text goes in the message.
     */
    public void waitFor(String jsCondition, int seconds) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(seconds))
                    .until(d -> Boolean.TRUE.equals(js("return !!(" + jsCondition + ")")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis() + ".png");
            String text = String.valueOf(js("return document.body ? document.body.innerText : ''"));
            throw new AssertionError(
                    "waited " + seconds + " s for " + jsCondition + " at " + driver.getCurrentUrl()
                            + "; the page says: " + text.substring(0, Math.min(text.length(), 1500)),
                    e);
        }
    }

    /** Signs in to the newsroom with its login form. */
    public void signIn(String base, String login, String password) {
        driver.get(base + "/admin/login");
        find("input[name=login]").sendKeys(login);
        find("input[name=password]").sendKeys(password);
        find("form button[type=submit]").click();
        waitFor("!location.pathname.startsWith('/admin/login')", 10);
    }

    /**
     * Grows the window until the viewport holds the whole page (the window is taller than its
     * viewport), saves the screenshot and restores the window.
     */
    public void fullPageScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long page = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        long viewport = ((Number) js("return window.innerHeight")).longValue();
        long window = Math.min(before.getHeight() + Math.max(0, page - viewport), 10_000);
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) window));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
            }
        }
    }
}
