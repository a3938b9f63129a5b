package de.kooperationsatlas.ui;

import de.kooperationsatlas.StoreTestSupport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver) per test class, on the one cached
 * Spring context of {@link StoreTestSupport}. Screenshots land in {@code target/screenshots}.
 */
public abstract class BrowserTestSupport extends StoreTestSupport {

    protected static WebDriver browser;
    protected static WebDriverWait wait;
    protected static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void startBrowser() throws Exception {
        String chromium = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = firstExisting(System.getenv("CHROMEDRIVER_PATH"), "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--lang=de-DE");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    private static String firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Chromium and chromedriver are needed for browser tests: apt-get install chromium chromium-driver");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    protected Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    /** Waits until the browser has painted twice (layout and paint after a scroll or a style change). */
    protected void afterNextPaint() {
        ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    protected void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    protected WebElement input(String hostCss) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(hostCss + " input")));
    }

    /** Signs out (cookies cleared) and signs in through the login form as the given demo user. */
    protected void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-users")));
        input("#vaadinLoginUsername").sendKeys(user);
        input("#vaadinLoginPassword").sendKeys(password);
        browser.findElement(
                        By.cssSelector(
                                "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit'], vaadin-button[theme~='submit']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        waitForVaadin();
    }
}
