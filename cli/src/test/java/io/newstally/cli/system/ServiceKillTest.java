package io.newstally.cli.system;

import io.newstally.bench.ServiceProcess;
import io.newstally.bench.AggregateReader;
import io.newstally.bench.BenchArticles;
import io.newstally.bench.Bench;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.aggregate.OfflineAggregates;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.broker.KafkaBroker;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services killed for real: enrich and aggregate run as JVMs of their own, as a user runs them,
 * and are killed with SIGKILL at random moments, three times each, and restarted while generated
 * articles (re-sends, corrections and tombstones among them) keep arriving. Every aggregate
 * topic must then be what a fault-free computation gives: no claim lost, none counted twice.
 * Prints how long each restarted service took to commit progress again. Then each is stopped
 * with SIGTERM, must exit within seconds, and, started again, must go on exactly where it stopped.
 */
class ServiceKillTest {

    private static final int ARTICLES = 1_200;
    /** Sent after the services were stopped with SIGTERM and started again. */
    private static final int AFTER_SIGTERM = 100;
    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    @Test
    void servicesKilledMidRunAndRestartedGiveExactlyTheFaultFreeAggregates() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), Duration.ofSeconds(120))) {
            String run = "kill";
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            Properties config = new Properties();
            config.putAll(client);
            for (String role : List.of("raw", "enriched", "claims", "by-source", "by-outlet", "by-source-daily", "dead-letter")) {
                config.put(Topics.PROPERTY_PREFIX + role, run + "." + role);
            }
            Topics topics = Topics.from(config);
            Bench.createTopics(config, topics, List.of(), 2);
            Path configFile = dir.resolve("client.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "kill test");
            }

            List<BenchArticles.RawRecord> all = new BenchArticles(11, 30).records(ARTICLES + AFTER_SIGTERM, Instant.now().toEpochMilli());
            List<BenchArticles.RawRecord> records = all.subList(0, all.size() - AFTER_SIGTERM);
            List<BenchArticles.RawRecord> later = all.subList(all.size() - AFTER_SIGTERM, all.size());
            Enricher enricher = Enricher.withBundledSources();
            OfflineAggregates offline = Bench.offline(records, enricher, () -> { });
            OfflineAggregates offlineLater = Bench.offline(all, enricher, () -> { });

            List<String> common = List.of("--kafka-config", configFile.toString(), "--partitions", "2");
            List<String> enrichArgs = Bench.concat(List.of("enrich", "--application-id", run + "-enrich", "--state-dir",
                    dir.resolve("enrich").toString()), common);
            List<String> aggregateArgs = Bench.concat(List.of("aggregate", "--application-id", run + "-aggregate", "--state-dir",
                    dir.resolve("aggregate").toString(), "--daily-grace", "3650d"), common);
            ServiceProcess[] services = {ServiceProcess.start("enrich", dir, enrichArgs), ServiceProcess.start("aggregate", dir, aggregateArgs)};
            List<List<String>> args = List.of(enrichArgs, aggregateArgs);
            List<String> groups = List.of(run + "-enrich", run + "-aggregate");
            List<String> inputs = List.of(topics.raw(), topics.enriched());
            Random random = new Random(5);
            List<String> resumed = new ArrayList<>();
            try (Admin admin = Admin.create(client);
                 AggregateReader reader = new AggregateReader(client, topics);
                 KafkaProducer<String, byte[]> producer = Bench.producer(client)) {
                int chunk = records.size() / 8;
                for (int c = 0; c < 8; c++) {
                    if (c >= 2 && c <= 7) {
                        // kill enrich and aggregate in turn, three times each, while they work on the chunk before
                        int s = c % 2;
                        Thread.sleep(100 + random.nextInt(1500));
                        long before = Bench.committed(admin, groups.get(s), inputs.get(s));
                        services[s].kill();
                        services[s] = ServiceProcess.start(services[s].name(), dir, args.get(s));
                        long restarted = System.nanoTime();
                        Bench.send(producer, topics, records.subList(c * chunk, c == 7 ? records.size() : (c + 1) * chunk), null);
                        long deadline = restarted + WAIT.toNanos();
                        while (Bench.committed(admin, groups.get(s), inputs.get(s)) <= before && System.nanoTime() < deadline) {
                            Thread.sleep(100);
                        }
                        double seconds = (System.nanoTime() - restarted) / 1e9;
                        resumed.add(String.format("%s %.1f s", services[s].name(), seconds));
                        // measured here at 5 to 13 s, the new JVM's start included; the bound leaves room for a busy machine
                        assertThat(seconds).as("%s committed nothing for %.1f s after its restart", services[s].name(), seconds)
                                .isLessThan(30);
                    } else {
                        Bench.send(producer, topics, records.subList(c * chunk, (c + 1) * chunk), null);
                    }
                }
                System.out.println("committed progress again after each restart: " + resumed);
                ExactAggregates.await(reader, offline, WAIT, () -> {
                    for (ServiceProcess s : services) {
                        assertThat(s.isAlive()).as("%s exited; see %s", s.name(), s.log()).isTrue();
                    }
                });

                // SIGTERM: each service commits, closes and exits within seconds; started again, it
                // goes on where it stopped
                List<String> exits = new ArrayList<>();
                for (int s = 0; s < services.length; s++) {
                    long stopping = System.nanoTime();
                    services[s].stop();
                    double seconds = (System.nanoTime() - stopping) / 1e9;
                    exits.add(String.format("%s %.1f s", services[s].name(), seconds));
                    assertThat(services[s].isAlive()).isFalse();
                    assertThat(seconds).as("%s took %.1f s to exit on SIGTERM", services[s].name(), seconds).isLessThan(30);
                    services[s] = ServiceProcess.start(services[s].name(), dir, args.get(s));
                }
                System.out.println("exited on SIGTERM after: " + exits);
                Bench.send(producer, topics, later, null);
                ExactAggregates.await(reader, offlineLater, WAIT, () -> { });
            } finally {
                for (ServiceProcess s : services) {
                    s.close();
                }
            }
        }
    }
}
