package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbKnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    private static final String PUTIN = "https://w3id.org/newsgraph/id/entity/Q7747";
    private static final String ISTANBUL = "https://w3id.org/newsgraph/id/entity/Q406";
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
        // Events and entities by name, not by ID; and the table can be downloaded.
        assertTrue(table.contains("phone call") && !table.contains("Q7747") && !table.contains("a7655022"), table);
        assertFalse(browser.findElements(By.cssSelector("#results a.download.csv")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#results a.download.json")).isEmpty());
        screenshot("explorer-query.png");
    }

    /** The click a reader makes most: from a fact to the article, at the sentence it was read from. */
    @Test
    void anEvidenceLinkOpensTheArticleWithMentionsHighlightedAndTheSentenceMarked() throws IOException {
        browser.get(server.url() + "#/entity/" + encode(PUTIN));
        waitForPage("#/entity/");
        WebElement call = browser.findElements(By.cssSelector("#timeline li.event")).stream()
                .filter(e -> e.getText().contains("phone call")).findFirst().orElseThrow();
        WebElement source = call.findElement(By.cssSelector(".evidence .source a"));
        assertTrue(source.getAttribute("href").contains("#/article/"), source.getAttribute("href"));
        source.click();
        waitForPage("#/article/");

        assertEquals("After a two-hour call with Putin, Trump steps back from Ukraine peace talks",
                browser.findElement(By.tagName("h1")).getText());
        WebElement marked = browser.findElement(By.cssSelector("#article-text mark#evidence"));
        assertTrue(marked.getText().startsWith("President Donald Trump spoke with Russian President Vladimir Putin by telephone"),
                marked.getText());
        Object top = ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", marked);
        assertEquals(Boolean.TRUE, top, "the marked sentence is not scrolled into view");

        List<WebElement> mentions = browser.findElements(By.cssSelector("#article-text a.mention"));
        assertTrue(mentions.size() > 30, "mentions highlighted: " + mentions.size());
        // Each highlight covers exactly the words its NIF offsets name: "Vladimir Putin" inside the marked sentence.
        assertTrue(marked.findElements(By.cssSelector("a.mention")).stream().anyMatch(m -> m.getText().equals("Vladimir Putin")
                && m.getAttribute("href").endsWith("#/entity/" + encode(PUTIN))), marked.getText());
        String plainText = browser.findElement(By.id("article-text")).getText();
        assertTrue(plainText.contains("\n\n"), "paragraphs kept");
        assertTrue(text("article-entities").contains("Vladimir Putin") && text("article-events").contains("phone call"));
        assertFalse(browser.findElements(By.id("original")).isEmpty(), "no link to the original article");
        screenshot("explorer-article.png");
    }

    @Test
    void theStartPageListsTheArticlesNewestFirstAndChartsTheEvents() throws IOException {
        browser.get(server.url());
        wait.until(d -> browser.findElement(By.id("page")).getAttribute("data-ready") != null);
        List<WebElement> articles = browser.findElements(By.cssSelector("#articles .article-card"));
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).getText().contains("2025-05-22") && articles.get(0).getText().contains("events"),
                articles.get(0).getText());
        assertTrue(browser.findElements(By.cssSelector("#timeline-chart rect[data-root]")).size() >= 5);
        assertTrue(text("timeline-chart").contains("04 consult"), text("timeline-chart"));
        screenshot("explorer-home.png");
    }

    @Test
    void aPlacePageListsTheEventsThereAndNoPanelThatCannotApply() throws IOException {
        browser.get(server.url() + "#/entity/" + encode("https://w3id.org/newsgraph/id/entity/Q406"));
        waitForPage("#/entity/");
        String timeline = text("timeline");
        assertTrue(browser.findElements(By.cssSelector("#timeline li.event")).size() >= 2, timeline);
        assertTrue(timeline.contains("CAMEO 044 (meet at a third location)"), timeline);
        assertTrue(browser.findElements(By.xpath("//h2[.='Roles']")).isEmpty(), "a Roles panel on a city's page");
        screenshot("explorer-place.png");
    }

    @Test
    void theStartPageMapsEveryLocatedPlaceAndAMarkerOpensItsPage() throws Exception {
        browser.get(server.url());
        String markers = wait.until(d -> browser.findElement(By.id("places-map")).getAttribute("data-markers"));
        // One marker for each entity with coordinates that the articles mention, and no other.
        Set<String> located = sparqlColumn("SELECT DISTINCT ?p WHERE { ?p <https://schema.org/geo> ?g ."
                + " ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?p }");
        assertTrue(located.contains(ISTANBUL), "Istanbul has no coordinates in the bundled store: " + located);
        assertEquals(located, markerIris("places-map"));
        assertEquals(String.valueOf(located.size()), markers);
        assertFalse(browser.findElements(By.cssSelector("#places-map path.leaflet-interactive")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#places-map .leaflet-overlay-pane path")).size() > 100,
                "the world outline is not drawn");
        screenshot("explorer-map-home.png");

        WebElement link = openPopup("places-map", ISTANBUL);
        assertEquals("Istanbul", link.getText());
        assertTrue(browser.findElement(By.cssSelector("#places-map .place-popup")).getText().contains("event"));
        link.click();
        waitForPage("#/entity/");
        assertEquals(ISTANBUL, browser.findElement(By.cssSelector("section.entity")).getAttribute("data-iri"));
    }

    @Test
    void aPlacePageMapsThePlaceAndTheLocatedActorsOfItsEvents() throws Exception {
        browser.get(server.url() + "#/entity/" + encode(ISTANBUL));
        waitForPage("#/entity/");
        wait.until(d -> browser.findElement(By.id("entity-map")).getAttribute("data-markers"));
        Set<String> expected = sparqlColumn("SELECT DISTINCT ?p WHERE { { BIND(<" + ISTANBUL + "> AS ?p) } UNION {"
                + " ?ev <http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace> <" + ISTANBUL + "> ;"
                + " <http://semanticweb.cs.vu.nl/2009/11/sem/hasActor> ?p } ?p <https://schema.org/geo> ?g }");
        assertTrue(expected.size() >= 2, "no located actor of the events in Istanbul: " + expected);
        assertEquals(expected, markerIris("entity-map"));
        WebElement self = browser.findElement(By.cssSelector("#entity-map path.place-marker.self"));
        assertEquals(ISTANBUL, self.getAttribute("data-iri"));
        screenshot("explorer-map-place.png");

        String other = expected.stream().filter(iri -> !iri.equals(ISTANBUL)).sorted().findFirst().orElseThrow();
        WebElement link = openPopup("entity-map", other);
        assertEquals("#/entity/" + encode(other).replace("+", "%20"), link.getAttribute("href").replaceFirst("^[^#]*", ""));
        link.click();
        waitForPage("#/entity/" + encode(other));
        assertEquals(other, browser.findElement(By.cssSelector("section.entity")).getAttribute("data-iri"));
    }

    /** The entity IRIs of the markers drawn in the map with this id. */
    private static Set<String> markerIris(String mapId) {
        return browser.findElements(By.cssSelector("#" + mapId + " path.place-marker")).stream()
                .map(m -> m.getAttribute("data-iri")).collect(Collectors.toSet());
    }

    /** Clicks the marker of {@code entityIri} (by a DOM event: markers may overlap) and returns its popup's link. */
    private static WebElement openPopup(String mapId, String entityIri) {
        WebElement marker = browser.findElement(By.cssSelector("#" + mapId + " path.place-marker[data-iri='" + entityIri + "']"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))", marker);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + mapId + " .place-popup a")));
    }

    /** One column of a SELECT answered by the server's /sparql, as CSV. */
    private static Set<String> sparqlColumn(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void suggestionsCloseOnAClickOutsideAndOnNavigation() {
        browser.get(server.url());
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Trump");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
        browser.findElement(By.tagName("footer")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
        search.sendKeys("p");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
        ((JavascriptExecutor) browser).executeScript("location.hash = '#/queries'");
        waitForPage("#/queries");
        assertFalse(browser.findElement(By.id("suggestions")).isDisplayed());
    }

    @Test
    void theSparqlPageRunsAQueryInYasguiOnThisServer() throws IOException {
        browser.get(server.url() + "#/sparql");
        waitForPage("#/sparql");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        wait.until(d -> browser.findElements(By.cssSelector(".yasr table tbody tr")).size() > 3);
        String results = browser.findElement(By.className("yasr")).getText();
        assertTrue(results.contains("phone call"), results);
        screenshot("explorer-sparql.png");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
