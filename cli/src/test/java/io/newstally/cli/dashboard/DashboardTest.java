package io.newstally.cli.dashboard;

import io.newstally.dashboard.DashboardServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Article;
import io.newstally.contracts.Json;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.Story;
import io.newstally.enrich.story.StoryFile;
import io.newstally.enrich.stream.EnrichTopology;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.cli.StreamsService;
import io.newstally.contracts.TopicSetup;
import io.newstally.broker.KafkaBroker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page and its API against the real pipeline (broker, enrich and aggregate on the
 * sample articles): the API answers as the README documents, its events announce a change,
 * and in headless Chromium (Debian's, which the build installs where it can) the page shows the
 * table and the chart, opens a figure's sentences, and shows a new article without a reload.
 * Screenshots go to {@code target/dashboard-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path dir;

    private KafkaBroker broker;
    private StreamsService enrich;
    private StreamsService aggregate;
    private StreamsService enrichRwanda;
    private StreamsService aggregateRwanda;
    private Topics rwandaTopics;
    private List<String> rwandaIds;
    private DashboardServer dashboard;
    private Properties client;
    private final Topics topics = Topics.DEFAULTS;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @BeforeAll
    void startPipelineAndDashboard() throws Exception {
        broker = KafkaBroker.start(dir.resolve("kafka"), Duration.ofSeconds(120));
        client = new Properties();
        client.put("bootstrap.servers", broker.bootstrapServers());
        TopicSetup.ensure(client, topics, topics.all(), 2, (short) 1);
        enrich = new StreamsService(EnrichTopology.build(topics, Enricher.withBundledSources(), 1_000_000),
                EnrichTopology.APPLICATION_ID, dir.resolve("streams"), topics, client, false).start();
        aggregate = new StreamsService(AggregateTopology.build(topics, AggregateTopology.DEFAULT_DAILY_GRACE),
                AggregateTopology.APPLICATION_ID, dir.resolve("streams"), topics, client, false).start();
        // a second story on the same broker, its topics and services under the prefix "rwanda"
        Properties rwanda = new Properties();
        rwanda.putAll(client);
        rwanda.put(Topics.PREFIX_PROPERTY, "rwanda");
        rwandaTopics = Topics.from(rwanda);
        TopicSetup.ensure(rwanda, rwandaTopics, rwandaTopics.all(), 2, (short) 1);
        Story rwandaStory = StoryFile.read(HOME.resolve("stories").resolve("rwanda-drc.json"));
        enrichRwanda = new StreamsService(EnrichTopology.build(rwandaTopics, Enricher.of(rwandaStory), 1_000_000),
                Topics.applicationId(rwanda, EnrichTopology.APPLICATION_ID), dir.resolve("streams"), rwandaTopics, rwanda, false).start();
        aggregateRwanda = new StreamsService(AggregateTopology.build(rwandaTopics, AggregateTopology.DEFAULT_DAILY_GRACE),
                Topics.applicationId(rwanda, AggregateTopology.APPLICATION_ID), dir.resolve("streams"), rwandaTopics, rwanda, false).start();
        dashboard = DashboardServer.start(client, List.of(new DashboardServer.Story("main", STORY_TITLE, topics),
                new DashboardServer.Story("rwanda", rwandaStory.title(), rwandaTopics)), new InetSocketAddress("127.0.0.1", 0));
        base = "http://127.0.0.1:" + dashboard.port();
        Instant now = Instant.now();
        publish(samples("north-korea-russia").stream().map(d -> d.toArticle(now)).toList());
        List<Article> rwandaArticles = samples("rwanda-drc").stream().map(d -> d.toArticle(now)).toList();
        rwandaIds = rwandaArticles.stream().map(Article::id).toList();
        try (ArticlePublisher publisher = new ArticlePublisher(client, rwandaTopics.raw())) {
            publisher.publish(rwandaArticles);
        }
        awaitJson("/api/estimates", j -> j.has("NL") && j.has("US") && j.has("KR"));
        awaitJson("/api/estimates?story=rwanda", j -> j.has("UN") && j.get("UN").get("kinds").get("deployed").get("articles").asInt() == 3);
    }

    @AfterAll
    void stop() throws Exception {
        if (dashboard != null) {
            dashboard.close();
        }
        if (enrich != null) {
            enrich.close();
        }
        if (aggregate != null) {
            aggregate.close();
        }
        if (enrichRwanda != null) {
            enrichRwanda.close();
        }
        if (aggregateRwanda != null) {
            aggregateRwanda.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static final String STORY_TITLE = "North Korean troops sent to Russia";
    private static final Path HOME = Path.of(System.getProperty("newstally.home", ".."));

    private static List<io.newstally.ingest.ArticleDraft> samples(String story) throws Exception {
        return new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in)
                .readAll(List.of(HOME.resolve("samples").resolve(story).toString())).drafts();
    }

    @Test
    void twoStoriesOnOneBrokerDoNotMix() throws Exception {
        assertThat(get("/api/stories")).extracting(j -> j.get("name").asText()).containsExactly("main", "rwanda");
        assertThat(get("/api/story?story=rwanda").get("title").asText()).isEqualTo("Rwandan troops in eastern DR Congo");
        assertThat(status("/api/estimates?story=nowhere")).isEqualTo(404);

        JsonNode rwanda = get("/api/estimates?story=rwanda");
        assertThat(rwanda.fieldNames()).toIterable().containsExactly("UN");
        assertThat(get("/api/estimates").has("UN")).isFalse();
        assertThat(get("/api/range?story=rwanda").get("deployed").get("high").get("source").asText()).isEqualTo("UN");
        // every claim of one story comes from its own articles, none from the other's
        assertThat(get("/api/claims?story=rwanda")).isNotEmpty()
                .allSatisfy(c -> assertThat(rwandaIds).contains(c.get("articleId").asText()));
        assertThat(get("/api/claims")).isNotEmpty().noneSatisfy(c -> assertThat(rwandaIds).contains(c.get("articleId").asText()));
        assertThat(rwandaTopics.all()).doesNotContainAnyElementsOf(topics.all());
    }

    @Test
    void theApiAnswersAsTheReadmeSays() throws Exception {
        assertThat(get("/api/story").get("title").asText()).isEqualTo(STORY_TITLE);
        JsonNode all = get("/api/estimates");
        assertThat(all.get("NL").get("kinds").get("deployed").get("latest").get("value").asLong()).isEqualTo(1500);
        JsonNode nl = get("/api/estimates/NL");
        assertThat(nl.get("source").asText()).isEqualTo("NL");
        assertThat(nl.get("name").asText()).isEqualTo("Netherlands"); // the name people read; the id stays the key
        assertThat(status("/api/estimates/NOBODY")).isEqualTo(404);

        JsonNode timeline = get("/api/timeline");
        assertThat(timeline.get("US").get(0).get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(timeline.get("US").get(0).get("kinds").get("deployed").get("latest").get("value").asLong()).isEqualTo(3000);

        JsonNode deployed = get("/api/range").get("deployed");
        assertThat(deployed.get("sources").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(deployed.get("low").get("value").asLong()).isLessThanOrEqualTo(deployed.get("high").get("value").asLong());
        assertThat(deployed.get("figures").get(0).get("source").asText()).isEqualTo(deployed.get("high").get("source").asText());

        JsonNode claims = get("/api/claims?source=NL&kind=deployed");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("evidence").asText()).contains("1,500");
        assertThat(claims.get(0).get("outlet").asText()).isNotBlank();
        assertThat(get("/api/claims?source=KR").size()).isGreaterThan(1);
        assertThat(status("/api/claims?kind=nonsense")).isEqualTo(400);
        assertThat(status("/no-such-file.js")).isEqualTo(404);
        assertThat(status("/../pom.xml")).isEqualTo(404);
    }

    @Test
    void eventsAnnounceAChange() throws Exception {
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(events.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("event: update");
            long first = version(in.readLine());
            publish(List.of(article("events-test", "Ukraine's intelligence said 11,000 North Korean troops are in Kursk.")));
            CompletableFuture<Long> next = CompletableFuture.supplyAsync(() -> {
                try {
                    // versions only grow; the same one may be announced twice
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("data: ") && version(line) > first) {
                            return version(line);
                        }
                    }
                    return -1L;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(next.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isGreaterThan(first);
        }
    }

    @Test
    void thePageShowsTheTableAndChartOpensProvenanceAndUpdatesLive() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driverBinary = Path.of("/usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driverBinary),
                "Debian's chromium and chromium-driver are not installed (src/test/sh/install-test-tools.sh could not install them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Path screenshots = Path.of("target");
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(base + "/");
            wait.until(d -> d.findElements(By.cssSelector("#estimates tbody button.figure")).size() >= 5);
            JavascriptExecutor js = driver;
            js.executeScript("window.loadedOnce = 'yes';");
            assertThat(rowText(driver, "Netherlands (NL)")).contains("Netherlands (NL) deployed 1,500 at least");
            long points = (Long) js.executeScript(
                    "return Chart.getChart('timeline').data.datasets.reduce((n, d) => n + d.data.length, 0);");
            assertThat(points).isGreaterThanOrEqualTo(5);
            wait.until(d -> d.findElement(By.id("status")).getText().equals("live"));
            wait.until(d -> d.findElement(By.id("story")).getText().equals(STORY_TITLE));
            assertThat(driver.findElements(By.cssSelector("#estimates tbody td:first-child")))
                    .extracting(WebElement::getText).contains("Netherlands (NL)", "South Korea (KR)", "United States (US)");
            assertThat(driver.getTitle()).isEqualTo("newstally: " + STORY_TITLE);
            JsonNode range = get("/api/range").get("deployed");
            String summary = driver.findElement(By.cssSelector("#range li[data-kind='deployed']")).getText();
            assertThat(summary).startsWith("Deployed: ").contains(String.format("%,d", range.get("high").get("value").asLong()))
                    .contains("from " + range.get("sources").asInt() + " source");
            save(driver, screenshots.resolve("dashboard-table-and-chart.png"));

            driver.findElement(By.cssSelector("button.figure[data-source='NL'][data-kind='deployed']")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#claims li.claim mark")).isEmpty());
            WebElement claim = driver.findElement(By.cssSelector("#claims li.claim"));
            assertThat(claim.findElement(By.tagName("mark")).getText()).isEqualTo("1,500");
            assertThat(claim.getText()).contains("Brekelmans");
            save(driver, screenshots.resolve("dashboard-provenance.png"));
            driver.findElement(By.cssSelector("#provenance button.close")).click();

            publish(List.of(article("browser-test", "NATO Secretary General Mark Rutte said 12,000 North Korean troops have been sent to Russia.")));
            wait.until(d -> rowText(d, "NATO").contains("12,000"));
            // the new figure is the highest any source gives now: the range shows it and who gives it
            wait.until(d -> d.findElement(By.cssSelector("#range li[data-kind='deployed']")).getText().contains("12,000"));
            assertThat(driver.findElement(By.cssSelector("#range li[data-kind='deployed']")).getText()).contains("NATO");
            assertThat(js.executeScript("return window.loadedOnce;")).as("the page was not reloaded").isEqualTo("yes");
            save(driver, screenshots.resolve("dashboard-live-update.png"));

            // the other story, one click away, on a page of its own
            driver.findElement(By.cssSelector("#stories a[data-story='rwanda']")).click();
            wait.until(d -> d.findElement(By.id("story")).getText().equals("Rwandan troops in eastern DR Congo"));
            wait.until(d -> rowText(d, "United Nations (UN)").contains("4,000"));
            assertThat(rowText(driver, "NATO")).isEmpty();
            assertThat(driver.findElement(By.cssSelector("#range li[data-kind='deployed']")).getText()).contains("United Nations (UN)");
            save(driver, screenshots.resolve("dashboard-second-story.png"));
            driver.navigate().to(base + "/");

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
            driver.navigate().refresh();
            wait.until(d -> rowText(d, "NATO").contains("12,000"));
            save(driver, screenshots.resolve("dashboard-phone-dark.png"));
        } finally {
            driver.quit();
        }
    }

    /** A source's rows by its label ("Netherlands (NL)", "NATO"), read in the page in one go: the table is redrawn on every update. */
    @SuppressWarnings("unchecked")
    private static String rowText(org.openqa.selenium.WebDriver driver, String source) {
        List<String> rows = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#estimates tbody tr')].map(r => r.innerText.replace(/\\s+/g, ' '));");
        return rows.stream().filter(t -> t.startsWith(source + " ")).reduce("", (a, b) -> a + " | " + b);
    }

    private static void save(ChromeDriver driver, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static long version(String dataLine) {
        try {
            return Json.MAPPER.readTree(dataLine.substring("data: ".length())).get("version").asLong();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not an update event: " + dataLine, e);
        }
    }

    private static Article article(String id, String body) {
        String title = "Test article " + id;
        return new Article(id, null, "Test Wire", title, body, Instant.parse("2024-11-20T10:00:00Z"),
                Instant.now(), io.newstally.contracts.ArticleIds.contentHash(title, body), "dashboard-test");
    }

    private void publish(List<Article> articles) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(client, topics.raw())) {
            publisher.publish(articles);
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.MAPPER.readTree(r.body());
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitJson(String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.test(get(path))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " never reached the expected state: " + get(path));
            }
            Thread.sleep(200);
        }
    }
}
