package io.newstally.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a downstream service does with a compacted topic, and the example to copy: read it from
 * the beginning (committed records only, every partition, no consumer group, no commits), keep
 * the latest value per key, and drop a key on a tombstone. {@code view}, {@code demo} and
 * {@code bench} read the aggregates this way. Not thread-safe: one thread polls.
 */
public final class LatestPerKey implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Map<String, byte[]>> state = new HashMap<>();
    private final Map<TopicPartition, Long> endAtStart;
    private boolean caughtUp;

    /**
     * @throws IllegalStateException when Kafka cannot be reached within 30 s, or a topic does not exist
     */
    public LatestPerKey(Properties client, String clientId, List<String> topics) {
        Properties p = ClientConfig.kafkaOnly(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (found.isEmpty()) {
                    throw new IllegalStateException("no topic " + topic + " (is the service that writes it running against this cluster?)");
                }
                found.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                state.put(topic, new TreeMap<>());
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            this.endAtStart = consumer.endOffsets(partitions);
        } catch (TimeoutException e) {
            consumer.close(Duration.ZERO);
            throw new IllegalStateException("cannot reach Kafka at " + client.getProperty("bootstrap.servers")
                    + " within 30 s (set --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS)", e);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** Reads what has arrived, applies it to the state, and returns it in order. */
    public List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            apply(state.get(r.topic()), r.key(), r.value());
            read.add(r);
        }
        if (!caughtUp) {
            caughtUp = endAtStart.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        return read;
    }

    /**
     * What a reader of a compacted topic does with one record: keep its value for its key, or
     * forget the key on a tombstone (null value). A record without a key is no entry.
     */
    public static <V> void apply(Map<String, V> latest, String key, V value) {
        if (key == null) {
            return;
        }
        if (value == null) {
            latest.remove(key);
        } else {
            latest.put(key, value);
        }
    }

    /** The latest value of each live key of a topic, in key order. */
    public Map<String, byte[]> state(String topic) {
        return state.get(topic);
    }

    /** True once everything the topics held when this reader started has been read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Makes a blocked {@link #poll} throw {@code WakeupException}; safe from any thread (Ctrl-C). */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
