package io.newstally.cli.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.aggregate.OfflineAggregates;
import io.newstally.bench.AggregateReader;
import io.newstally.bench.Bench;
import io.newstally.bench.BenchArticles;
import io.newstally.bench.ServiceProcess;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * One run of the pipeline for the system tests: its topics, services as child JVMs of the command
 * line, a producer, and a reader of the aggregate topics, on the broker at {@code bootstrapServers}.
 */
final class Pipeline implements AutoCloseable {

    static final List<String> GROUPS = List.of("enrich", "aggregate");

    private final Path dir;
    private final Duration wait;
    private final String run;
    private final Properties client = new Properties();
    private final Topics topics;
    private final Path configFile;
    private final Enricher enricher = Enricher.withBundledSources();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final AggregateReader reader;

    Pipeline(Path dir, String bootstrapServers, String run, Duration wait) throws Exception {
        this.dir = dir;
        this.wait = wait;
        Files.createDirectories(dir);
        this.run = run;
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Properties config = new Properties();
        config.putAll(client);
        for (String role : List.of("raw", "enriched", "claims", "by-source", "by-outlet", "by-source-daily", "dead-letter")) {
            config.put(Topics.PROPERTY_PREFIX + role, run + "." + role);
        }
        topics = Topics.from(config);
        Bench.createTopics(config, topics, List.of(), 2);
        configFile = dir.resolve(run + ".properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, run);
        }
        admin = Admin.create(client);
        producer = Bench.producer(client);
        reader = readerOnceTopicsAreKnown(client, topics);
    }

    /** A topic just created can take a moment to appear in the metadata a consumer gets. */
    private static AggregateReader readerOnceTopicsAreKnown(Properties client, Topics topics) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return new AggregateReader(client, topics);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Starts an instance of {@code service}; each instance has its own state directory. */
    ServiceProcess start(String service, String instance) throws Exception {
        return start(service, instance, dir.resolve(instance));
    }

    /** Starts an instance of {@code service} on the local state in {@code stateDir}. */
    ServiceProcess start(String service, String instance, Path stateDir) throws Exception {
        List<String> args = new ArrayList<>(List.of(service, "--application-id", run + "-" + service,
                "--state-dir", stateDir.toString(), "--kafka-config", configFile.toString(), "--partitions", "2"));
        if (service.equals("aggregate")) {
            args.addAll(List.of("--daily-grace", "3650d"));
        }
        ServiceProcess p = ServiceProcess.start(instance, dir, args);
        services.add(p);
        return p;
    }

    void send(List<BenchArticles.RawRecord> records) {
        Bench.send(producer, topics, records, null);
        producer.flush();
    }

    OfflineAggregates offline(List<BenchArticles.RawRecord> records) {
        return Bench.offline(records, enricher, () -> { });
    }

    /** Committed input offsets of the enrich and the aggregate group. */
    long[] committed() throws Exception {
        return new long[] {Bench.committed(admin, run + "-enrich", topics.raw()),
                Bench.committed(admin, run + "-aggregate", topics.enriched())};
    }

    void awaitExact(OfflineAggregates expected) throws InterruptedException {
        ExactAggregates.await(reader, expected, wait, () -> { });
    }

    /** The application id of {@code service} in this run. */
    String applicationId(String service) {
        return run + "-" + service;
    }

    Properties client() {
        return client;
    }

    /** Every instance not killed by the test is still running: none gave up on its own. */
    void assertAlive() {
        for (ServiceProcess s : services) {
            if (!s.wasKilled()) {
                assertThat(s.isAlive()).as("%s exited; see %s", s.name(), s.log()).isTrue();
            }
        }
    }

    /** Stops every service started so far (SIGTERM: each closes cleanly and writes its checkpoints). */
    void stopServices() {
        services.forEach(ServiceProcess::close);
        services.clear();
    }

    @Override
    public void close() throws InterruptedException {
        services.forEach(ServiceProcess::close);
        reader.close();
        producer.close();
        admin.close();
    }
}
