package io.newstally.cli.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.bench.BenchArticles;
import io.newstally.broker.KafkaBroker;
import io.newstally.contracts.ClientConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state directory that Kafka Streams cannot tell from its own: built on one cluster, then
 * offered to another (a rebuilt broker: a fresh data directory, a new cluster id) whose
 * changelogs hold more records than the old state's checkpoints name, so that Kafka Streams
 * finds nothing corrupt and would restore only the tail on top of the old contents. The
 * services must throw that state away and publish the new cluster's articles only.
 */
class StateFromAnotherClusterTest {

    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    @Test
    void stateBuiltOnAnotherClusterIsThrownAwayNotPublished() throws Exception {
        // one generator, so the two clusters' articles have different ids and one story
        List<BenchArticles.RawRecord> all = new BenchArticles(31, 30).records(1_600, Instant.now().toEpochMilli());
        List<BenchArticles.RawRecord> oldCluster = all.subList(0, 300);
        List<BenchArticles.RawRecord> newCluster = new ArrayList<>(all.subList(300, 1_400));
        List<BenchArticles.RawRecord> later = all.subList(1_400, all.size());
        Path oldState = dir.resolve("state-old");
        Map<TopicPartition, Long> checkpointed;

        try (KafkaBroker a = KafkaBroker.start(dir.resolve("kafka-a"), Duration.ofSeconds(120));
             Pipeline pipeline = new Pipeline(dir.resolve("a"), a.bootstrapServers(), "owner", WAIT)) {
            pipeline.start("enrich", "enrich-a", oldState.resolve("enrich"));
            pipeline.start("aggregate", "aggregate-a", oldState.resolve("aggregate"));
            pipeline.send(oldCluster);
            pipeline.awaitExact(pipeline.offline(oldCluster));
            pipeline.stopServices(); // SIGTERM: the services close cleanly, their state at the changelogs' ends
            checkpointed = changelogEnds(pipeline);
        }
        assertThat(checkpointed).as("the old cluster's changelogs").isNotEmpty();

        try (KafkaBroker b = KafkaBroker.start(dir.resolve("kafka-b"), Duration.ofSeconds(120));
             Pipeline pipeline = new Pipeline(dir.resolve("b"), b.bootstrapServers(), "owner", WAIT)) {
            pipeline.start("enrich", "enrich-b", dir.resolve("state-new").resolve("enrich"));
            pipeline.start("aggregate", "aggregate-b", dir.resolve("state-new").resolve("aggregate"));
            pipeline.send(newCluster);
            pipeline.awaitExact(pipeline.offline(newCluster));
            pipeline.stopServices();
            // what makes the old state look like this cluster's to Kafka Streams
            Map<TopicPartition, Long> ends = endOffsets(pipeline, checkpointed.keySet());
            checkpointed.forEach((tp, offset) -> assertThat(ends.get(tp))
                    .as("the new cluster's %s reaches past the old checkpoint", tp).isGreaterThanOrEqualTo(offset));

            var enrich = pipeline.start("enrich", "enrich-old-state", oldState.resolve("enrich"));
            var aggregate = pipeline.start("aggregate", "aggregate-old-state", oldState.resolve("aggregate"));
            pipeline.send(later);
            List<BenchArticles.RawRecord> everything = new ArrayList<>(newCluster);
            everything.addAll(later);
            pipeline.awaitExact(pipeline.offline(everything));
            pipeline.assertAlive();
            assertThat(Files.readString(aggregate.log())).as("aggregate says why it threw its state away")
                    .contains("was built from Kafka cluster").contains("throwing away the local state");
            assertThat(Files.readString(enrich.log())).as("enrich is stateless: nothing to throw away")
                    .doesNotContain("throwing away");
        }
    }

    /**
     * The end of every changelog partition of the run: the offsets the stores of a cleanly
     * closed service reflect at most (Kafka Streams keeps them in the stores themselves).
     */
    private static Map<TopicPartition, Long> changelogEnds(Pipeline pipeline) throws Exception {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(pipeline.client()))) {
            List<String> changelogs = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith("owner-") && t.endsWith("-changelog")).toList();
            java.util.Set<TopicPartition> partitions = new java.util.HashSet<>();
            admin.describeTopics(changelogs).allTopicNames().get().values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            return endOffsets(pipeline, partitions);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Pipeline pipeline, java.util.Set<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> out = new HashMap<>();
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(pipeline.client()))) {
            admin.listOffsets(request).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
        }
        return out;
    }
}
