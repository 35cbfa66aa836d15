package io.newstally.cli;

import io.newstally.contracts.ClientConfig;
import io.newstally.contracts.Json;
import io.newstally.contracts.Topics;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.ingest.ArticleSink;
import io.newstally.ingest.FolderWatcher;
import io.newstally.ingest.InputRejected;
import io.newstally.ingest.Ingestion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Publish articles to the raw topic, keyed by a stable id.",
            "Inputs: .txt (first non-empty line is the title), .json (an article object or an array),",
            ".jsonl/.ndjson (one per line), .html/.htm (saved pages), RSS/Atom feeds (files or URLs),",
            "folders (recursive), and - for standard input."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was published (or was unchanged)", "1:some inputs were rejected (the others were published)",
            "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, folders, feed or page URLs, or - for standard input")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR", description = "Publish the folder's article files, then each file as it appears or changes, until stopped")
    Path watch;

    @Option(names = "--poll", paramLabel = "EVERY", converter = DurationConverter.class,
            description = "Read the inputs again every EVERY (e.g. 5m) until stopped, publishing only new or changed articles")
    Duration poll;

    @Option(names = "--outlet", description = "Outlet name for every article (overrides the input)")
    String outlet;

    @Option(names = "--published-at", description = "Publication time for every article, ISO-8601 (e.g. 2024-10-23T12:00:00Z)")
    Instant publishedAt;

    @Option(names = "--max-bytes", description = "Largest article body accepted, in bytes (default: ${DEFAULT-VALUE})", defaultValue = "1048576")
    int maxBytes;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar when the output is a terminal (default: ${DEFAULT-VALUE})")
    boolean progress;

    @Option(names = "--dry-run", description = "Print the articles as JSON lines instead of publishing them (no Kafka needed)")
    boolean dryRun;

    @Mixin
    TopicOptions topicOptions;

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && watch == null) {
            System.err.println("nothing to ingest: name at least one INPUT, or --watch DIR");
            return 2;
        }
        if (watch != null && !Files.isDirectory(watch)) {
            System.err.println("--watch: " + watch + " is not a folder");
            return 2;
        }
        ArticleInputs reader = new ArticleInputs(maxBytes, System.in);
        if (dryRun) {
            PrintWriter out = spec.commandLine().getOut();
            return run(reader, articles -> {
                articles.forEach(a -> out.println(Json.write(a)));
                out.flush();
            });
        }
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        topicOptions.ensure(client, topics, List.of(topics.raw()));
        try (ArticlePublisher publisher = new ArticlePublisher(ClientConfig.kafkaOnly(client), topics.raw())) {
            return run(reader, publisher);
        }
    }

    private int run(ArticleInputs reader, ArticleSink sink) throws Exception {
        Ingestion ingestion = new Ingestion(reader, sink, outlet, publishedAt, Clock.systemUTC());
        List<String> all = new ArrayList<>(inputs);
        if (watch != null) {
            all.add(watch.toString());
        }
        List<ArticleInputs.Input> batch = reader.expand(all, ingestion::reject);
        ingestWithProgress(ingestion, batch);
        printSummary(ingestion.tally());
        if (watch != null || poll != null) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt));
            keepGoing(ingestion, reader);
        }
        return ingestion.tally().rejected().isEmpty() ? 0 : 1;
    }

    private void ingestWithProgress(Ingestion ingestion, List<ArticleInputs.Input> batch) throws Exception {
        if (!progress || !Progress.isTerminal() || batch.size() < 2) {
            ingestion.ingest(batch, (input, tally) -> { });
            return;
        }
        long start = System.nanoTime();
        try (ProgressBar bar = Progress.bar("ingest", batch.size(), " files")) {
            ingestion.ingest(batch, (input, tally) -> {
                double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                bar.step();
                bar.setExtraMessage(String.format("%d articles, %.0f/s", tally.published() + tally.unchanged(),
                        (tally.published() + tally.unchanged()) / seconds));
            });
        }
    }

    /** --watch and --poll: publish what changes until the process is stopped. */
    private void keepGoing(Ingestion ingestion, ArticleInputs reader) throws Exception {
        int reported = ingestion.tally().rejected().size();
        try {
            if (watch != null) {
                System.err.println("watching " + watch + " (Ctrl-C to stop)");
                try (FolderWatcher watcher = new FolderWatcher(watch)) {
                    Thread pollThread = poll == null ? null : startPolling(ingestion, reader);
                    watcher.run(changed -> {
                        try {
                            synchronized (ingestion) { // the feed-poll thread publishes through it too
                                int before = ingestion.tally().published();
                                ingestion.ingest(changed.stream().map(ArticleInputs.Input::of).toList(), (i, t) -> { });
                                report(ingestion, before, changed.size() + " changed file(s)");
                            }
                        } catch (Exception e) {
                            System.err.println("watch: " + e.getMessage());
                        }
                    });
                    if (pollThread != null) {
                        pollThread.interrupt();
                    }
                }
            } else {
                pollLoop(ingestion, reader);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        printRejectedSince(ingestion.tally(), reported);
    }

    private Thread startPolling(Ingestion ingestion, ArticleInputs reader) {
        Thread t = new Thread(() -> {
            try {
                pollLoop(ingestion, reader);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println("poll: " + e.getMessage());
            }
        }, "feed-poll");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void pollLoop(Ingestion ingestion, ArticleInputs reader) throws Exception {
        System.err.println("polling every " + poll.toString().substring(2).toLowerCase() + " (Ctrl-C to stop)");
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(poll.toMillis());
            synchronized (ingestion) {
                int before = ingestion.tally().published();
                ingestion.ingest(reader.expand(inputs, ingestion::reject), (i, t) -> { });
                report(ingestion, before, "poll");
            }
        }
    }

    private static void report(Ingestion ingestion, int publishedBefore, String what) {
        int now = ingestion.tally().published();
        System.err.printf("%s  %s: %d published (%d in all, %d unchanged, %d rejected)%n", Instant.now(), what,
                now - publishedBefore, now, ingestion.tally().unchanged(), ingestion.tally().rejected().size());
    }

    /** On standard error, so that --dry-run's standard output is only articles. */
    private static void printSummary(Ingestion.Tally tally) {
        printRejectedSince(tally, 0);
        System.err.printf("%d published, %d unchanged, %d rejected%n", tally.published(), tally.unchanged(), tally.rejected().size());
        if (!tally.rejected().isEmpty()) {
            Map<String, Integer> byReason = new TreeMap<>();
            for (InputRejected r : tally.rejected()) {
                byReason.merge(reasonKind(r.getMessage()), 1, Integer::sum);
            }
            byReason.forEach((reason, n) -> System.err.printf("  %4d  %s%n", n, reason));
        }
    }

    private static void printRejectedSince(Ingestion.Tally tally, int from) {
        List<InputRejected> rejected = tally.rejected();
        for (int i = from; i < rejected.size(); i++) {
            System.err.println("rejected  " + rejected.get(i).input() + ": " + rejected.get(i).getMessage());
        }
    }

    /** "not JSON: Unexpected character ..." groups as "not JSON". */
    private static String reasonKind(String message) {
        int colon = message.indexOf(':');
        return colon > 0 ? message.substring(0, colon) : message;
    }
}
