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
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a deployment does to the services besides killing them (see {@link ServiceKillTest}):
 * the broker stopped and started again under running services, and one of two instances of
 * each service lost for good. Services run as JVMs of their own; every aggregate topic must
 * end exactly as a fault-free computation gives it.
 */
class BrokerAndInstanceLossTest {

    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    /**
     * The broker stops (SIGTERM) and comes back on the same ports and data after a few seconds;
     * the services ride it out without a restart, and commit progress again within 30 s of its
     * return (the test prints how long they took).
     */
    @Test
    void servicesRideOutABrokerRestartAndGiveExactAggregates() throws Exception {
        KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), Duration.ofSeconds(120));
        try (Pipeline pipeline = new Pipeline(dir, broker.bootstrapServers(), "restart", WAIT)) {
            List<BenchArticles.RawRecord> all = new BenchArticles(21, 30).records(800, Instant.now().toEpochMilli());
            List<BenchArticles.RawRecord> before = all.subList(0, 400);
            pipeline.start("enrich", "enrich-1");
            pipeline.start("aggregate", "aggregate-1");
            pipeline.send(before);
            pipeline.awaitExact(pipeline.offline(before));

            long[] committed = pipeline.committed();
            broker.close();
            Thread.sleep(5_000);
            broker = KafkaBroker.start(broker.config(), Duration.ofSeconds(120));
            long back = System.nanoTime();
            pipeline.send(all.subList(400, all.size()));
            List<String> resumed = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                while (pipeline.committed()[s] <= committed[s] && System.nanoTime() - back < WAIT.toNanos()) {
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - back) / 1e9;
                resumed.add(String.format("%s %.1f s", Pipeline.GROUPS.get(s), seconds));
                assertThat(seconds).as("%s committed nothing for %.1f s after the broker came back", Pipeline.GROUPS.get(s), seconds)
                        .isLessThan(30);
            }
            System.out.println("committed progress again after the broker's return: " + resumed);
            pipeline.awaitExact(pipeline.offline(all));
            pipeline.assertAlive();
        } finally {
            broker.close();
        }
    }

    /**
     * Two instances of each service share the partitions; one of each is killed (SIGKILL) and
     * never comes back: the other takes its partitions once its session times out, and the
     * aggregates come out exact.
     */
    @Test
    void theSurvivingInstanceTakesOverAKilledOnesPartitions() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), Duration.ofSeconds(120));
             Pipeline pipeline = new Pipeline(dir, broker.bootstrapServers(), "takeover", WAIT)) {
            List<BenchArticles.RawRecord> all = new BenchArticles(23, 30).records(800, Instant.now().toEpochMilli());
            ServiceProcess enrich = pipeline.start("enrich", "enrich-1");
            ServiceProcess aggregate = pipeline.start("aggregate", "aggregate-1");
            pipeline.start("enrich", "enrich-2");
            pipeline.start("aggregate", "aggregate-2");
            pipeline.send(all.subList(0, 300));
            pipeline.awaitExact(pipeline.offline(all.subList(0, 300)));

            enrich.kill();
            aggregate.kill();
            long killed = System.nanoTime();
            pipeline.send(all.subList(300, all.size()));
            pipeline.awaitExact(pipeline.offline(all));
            System.out.printf("the surviving instances had every aggregate exact %.1f s after the others were killed%n",
                    (System.nanoTime() - killed) / 1e9);
            pipeline.assertAlive();
        }
    }
}
