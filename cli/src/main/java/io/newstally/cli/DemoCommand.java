package io.newstally.cli;

import io.newstally.contracts.TopicSetup;
import io.newstally.broker.DataFolders;
import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Article;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.Story;
import io.newstally.enrich.story.StoryFile;
import io.newstally.enrich.stream.EnrichTopology;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.broker.KafkaBroker;
import io.newstally.dashboard.DashboardServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on an embedded Kafka broker and print who says how many.",
            "Starts a Kafka broker on a free port, runs ingest, enrich and aggregate in this process, publishes",
            "the sample articles, prints the estimates by source once every sample is aggregated, and exits.",
            "With --follow, keeps running and reprints the table as articles arrive."})
final class DemoCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
            description = "Articles to publish (default: samples/<story>/ of the project, samples/north-korea-russia/ for the built-in story)")
    Path samplesFolder;

    @Option(names = "--samples", hidden = true, description = "The same as FOLDER (kept for scripts)")
    Path samples;

    @Option(names = "--story", paramLabel = "FILE", description = "The story to follow (a story file; default: the built-in North Korea story)")
    Path story;

    @Option(names = "--follow", description = "Keep running, serve the live page, and reprint the table when estimates change (Ctrl-C stops)")
    boolean follow;

    @Option(names = "--dashboard-port", description = "Port of the live page with --follow; 0 picks a free one (default: ${DEFAULT-VALUE})",
            defaultValue = "8080")
    int dashboardPort;

    @Option(names = "--data", description = "Keep the broker's and services' data here (default: a temporary folder, deleted at exit)")
    Path data;

    @Option(names = "--timeout", description = "How long to wait for the aggregates, in seconds (default: ${DEFAULT-VALUE})", defaultValue = "180")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Story followed = story == null ? StoryFile.defaultStory() : StoryFile.read(story);
        Path samplesDir = samplesFolder != null ? samplesFolder : samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(samplesDir)) {
            System.err.println("no samples folder at " + samplesDir.toAbsolutePath() + " (name one: newstally demo [--story FILE] FOLDER)");
            return 2;
        }
        System.out.println("Story: " + followed.title());
        // under the project's data folder, not /tmp: Kafka Streams' state must not be cleaned by the OS
        Path dataRoot = Path.of(System.getProperty("newstally.home", "."), "data");
        Files.createDirectories(dataRoot);
        Path dataDir = data != null ? data.toAbsolutePath() : Files.createTempDirectory(dataRoot, "demo-");
        System.out.println("Starting a Kafka broker (KRaft, Apache Kafka from Maven Central) ...");
        try (KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), Duration.ofSeconds(120))) {
            System.out.println("Broker ready at " + broker.bootstrapServers()
                    + (follow ? "  (publish more with: newstally ingest --bootstrap-servers " + broker.bootstrapServers() + " FILES)" : ""));
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            return run(client, dataDir, samplesDir, followed);
        } finally {
            if (data == null) {
                DataFolders.deleteRecursively(dataDir);
            }
        }
    }

    /** The live page on the port asked for, or on a free one when that one is taken. */
    private DashboardServer dashboard(Properties client, Topics topics, String title) throws java.io.IOException {
        try {
            return DashboardServer.start(client, topics, new InetSocketAddress("127.0.0.1", dashboardPort), title);
        } catch (java.net.BindException taken) {
            System.out.println("port " + dashboardPort + " is taken: the live page gets a free one");
            return DashboardServer.start(client, topics, new InetSocketAddress("127.0.0.1", 0), title);
        }
    }

    /** samples/NAME/ beside stories/NAME.json: a story's own sample articles. */
    private Path defaultSamples() {
        String name = story == null ? "north-korea-russia" : story.getFileName().toString().replaceFirst("\\.json$", "");
        return Path.of(System.getProperty("newstally.home", "."), "samples", name);
    }

    private int run(Properties client, Path dataDir, Path samplesDir, Story followed) throws Exception {
        Topics topics = Topics.DEFAULTS;
        TopicSetup.ensure(client, topics, topics.all(), 3, (short) 1);
        try (StreamsService enrich = new StreamsService(
                     EnrichTopology.build(topics, Enricher.of(followed), 1_000_000),
                     EnrichTopology.APPLICATION_ID, dataDir.resolve("streams"), topics, client, false).start();
             StreamsService aggregate = new StreamsService(AggregateTopology.build(topics, AggregateTopology.DEFAULT_DAILY_GRACE),
                     AggregateTopology.APPLICATION_ID, dataDir.resolve("streams"), topics, client, false).start();
             EstimatesWatcher watcher = new EstimatesWatcher(client, topics)) {
            ArticleInputs.Result read = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(List.of(samplesDir.toString()));
            Instant now = Instant.now();
            List<Article> articles = read.drafts().stream().map(d -> d.toArticle(now)).toList();
            try (ArticlePublisher publisher = new ArticlePublisher(client, topics.raw())) {
                publisher.publish(articles);
            }
            System.out.println("Published " + articles.size() + " sample articles from " + samplesDir + "; waiting for the aggregates ...");
            Map<String, ?> done = watcher.awaitArticles(articles.stream().map(Article::id).toList(),
                    Duration.ofSeconds(timeoutSeconds));
            if (done == null) {
                System.err.println("the aggregates did not cover every sample article within " + timeoutSeconds + " s");
                return 1;
            }
            System.out.println();
            System.out.print(watcher.render());
            if (follow) {
                try (DashboardServer dashboard = dashboard(client, topics, followed.title())) {
                    System.out.println("\nLive page: http://127.0.0.1:" + dashboard.port() + "/");
                    Runtime.getRuntime().addShutdownHook(new Thread(watcher::wakeup));
                    watcher.follow(table -> System.out.print("\n" + Instant.now() + "\n" + table));
                }
            }
            return 0;
        }
    }
}
