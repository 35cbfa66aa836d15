package io.newstally.contracts;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings every newstally service starts from; user properties override. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /** The same for every start of one instance: the application, the host and the state directory. */
    static String instanceId(String applicationId, Path stateDir) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        String where = host + ":" + stateDir.toAbsolutePath().normalize();
        return applicationId + "-" + Integer.toHexString(where.hashCode());
    }

    /**
     * @param applicationId the service's group: instances with the same id share the partitions
     * @param stateDir      where local state stores live (kept under the data folder, not /tmp)
     * @param topics        the dead-letter topic comes from here
     * @param overrides     user properties (bootstrap servers, security, anything else)
     */
    public static Properties forService(String applicationId, Path stateDir, Topics topics, Properties overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        // A bad record is logged, sent to the dead-letter topic with the reason, and skipped.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetter());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // A record that cannot be written (too large, say): its input goes to the dead-letter topic too.
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        // Each hop (raw → enriched → changes → aggregates) is readable by the next only once its
        // transaction commits: the commit interval sets most of the latency of a quiet pipeline, and
        // more commits cost throughput in a busy one. Measured (README, "Latency or throughput"):
        // shorter intervals and fetch waits cut the latency at 50 articles/s by more than half, and
        // the throughput at 100,000 articles by a fifth. This default keeps throughput.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        // Articles are ~4 KB: larger batches matter more than anything else for throughput.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 10);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Static membership: an instance restarted after a crash (same application id, same state
        // directory, same host) takes its partitions back at once instead of waiting for its dead
        // self's session to time out (45 s by default, measured); Streams adds the thread index.
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId(applicationId, stateDir));
        // An instance that does not come back is replaced by the others after 15 s.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 15_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3_000);
        p.putAll(overrides);
        return p;
    }
}
