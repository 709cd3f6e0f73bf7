package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbKnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser: Debian's headless Chromium driven through /usr/bin/chromedriver
 * (installed by .ci/run), against {@code serve} on the bundled data. "Whom did Putin talk to, when,
 * and where does it say so?" answered by clicking.
 */
class ExplorerBrowserIT {
    // Set explicitly so Selenium Manager never tries to download a driver or a browser.
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";

    private static TdbKnowledgeStore store;
    private static SparqlServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(CHROMEDRIVER.canExecute() && new File(CHROMIUM).canExecute(),
                "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        store = TdbKnowledgeStore.open(BundledData.store());
        server = SparqlServer.start(store, ServeSettings.readOnlyOnLoopback(0, Duration.ofSeconds(10)));
        Path profile = Files.createTempDirectory("explorer-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1400,2600", "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void putinsPageShowsTheCallWithTrumpItsDateAndAQuoteWithItsSentence() throws IOException {
        browser.get(server.url());
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Putin");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggestions']/li[@data-iri][contains(., 'Vladimir Putin')]")));
        assertTrue(suggestion.getText().contains("Person") && suggestion.getText().contains("mention"), suggestion.getText());
        suggestion.click();

        waitForPage("#/entity/");
        assertEquals("Vladimir Putin", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.className("wikidata")).getAttribute("href").endsWith("/Q7747"));

        List<WebElement> calls = browser.findElements(By.cssSelector("#timeline li.event")).stream()
                .filter(e -> e.getText().contains("phone call") && e.getText().contains("Donald Trump"))
                .toList();
        assertFalse(calls.isEmpty(), "no Trump–Putin phone call on the timeline:\n" + text("timeline"));
        WebElement call = calls.get(0);
        assertTrue(call.getText().contains("2025-05-19"), call.getText());
        assertTrue(call.getText().contains("CAMEO 041"), call.getText());
        assertTrue(call.getText().contains("spoke with Russian President Vladimir Putin by telephone"), call.getText());

        WebElement quote = browser.findElement(By.cssSelector("#quotes .quote"));
        String quoteText = quote.findElement(By.tagName("blockquote")).getText();
        String sentence = quote.findElement(By.className("evidence")).getText();
        assertFalse(quoteText.isBlank());
        assertTrue(sentence.contains(quoteText.replaceAll("^[“\"]|[”\"]$", "").substring(0, 30)), sentence);
        assertTrue(sentence.contains("from "), "no source article: " + sentence);
        String attribution = quote.findElement(By.className("muted")).getText();
        assertTrue(attribution.contains("Donald Trump") && attribution.contains("phone call") && !attribution.contains("http"),
                attribution);

        assertFalse(browser.findElements(By.cssSelector("#graph canvas")).isEmpty(), "the neighbourhood graph is not drawn");
        screenshot("explorer-entity.png");

        call.findElement(By.partialLinkText("phone call")).click();
        waitForPage("#/event/");
        String record = browser.findElement(By.tagName("main")).getText();
        assertTrue(record.contains("DiscussByTelephone") && record.contains("CAMEO 041") && record.contains("2025-05-19")
                && record.contains("Vladimir Putin") && record.contains("Donald Trump") && record.contains("Occurred"), record);
        assertTrue(record.contains("by telephone on Monday"), record);
        screenshot("explorer-event.png");
    }

    @Test
    void aBundledQueryRunsFromThePageIntoATable() throws IOException {
        browser.get(server.url() + "#/queries");
        waitForPage("#/queries");
        new Select(browser.findElement(By.id("query-name"))).selectByValue("who-met-whom");
        waitForPage("#/queries/who-met-whom");
        browser.findElement(By.id("run-query")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table.results tbody tr")));
        List<String> headers = browser.findElements(By.cssSelector("#results th")).stream().map(WebElement::getText).toList();
        assertTrue(headers.containsAll(List.of("event", "aName", "bName", "date")), headers.toString());
        String table = text("results");
        assertTrue(table.contains("Vladimir Putin") && table.contains("2025-05-19"), table);
        screenshot("explorer-query.png");
    }

    private static void waitForPage(String hashPrefix) {
        wait.until(d -> {
            String ready = browser.findElement(By.id("page")).getAttribute("data-ready");
            return ready != null && ready.startsWith(hashPrefix) && browser.getCurrentUrl().contains(ready);
        });
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = BundledData.home().resolve("target").resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
