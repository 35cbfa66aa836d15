package io.newstally.cli;

import io.newstally.bench.Bench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newstally bench}: the options of {@link Bench}, which does the work, and a bar or log lines for each phase. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pipeline's throughput against a Kafka Streams identity copy on the same broker, and its latency.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Articles to generate (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    int articles;

    @Option(names = "--rate", description = "Articles per second offered for the latency measurement (default: ${DEFAULT-VALUE})", defaultValue = "500")
    int rate;

    @Option(names = "--latency-seconds", description = "How long to offer them (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int latencySeconds;

    @Option(names = "--partitions", description = "Partitions of every topic (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int partitions;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Use this Kafka instead of starting a broker (topics and application ids get a fresh bench-* prefix)")
    String bootstrapServers;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE")
    Path json;

    @Option(names = "--seed", description = "Seed of the article generator (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--timeout", description = "Longest wait for one phase, in seconds (default: ${DEFAULT-VALUE})", defaultValue = "600")
    int timeoutSeconds;

    @Option(names = "--each-service", description = "Also time enrich alone (raw to enriched) and aggregate alone (enriched to"
            + " exact aggregates) on the same records, before the pipeline: which one sets its pace (about half as long again)")
    boolean eachService;

    @Option(names = "--keep-data", description = "Keep the broker's data and the services' logs (printed at the end) instead of deleting them")
    boolean keepData;

    @Override
    public Integer call() throws Exception {
        Bench.Settings settings = new Bench.Settings(articles, rate, latencySeconds, partitions, bootstrapServers, json, seed,
                timeoutSeconds, eachService, keepData);
        return new Bench(settings, (task, max) -> Progress.bar(task, max, null)).call();
    }
}
