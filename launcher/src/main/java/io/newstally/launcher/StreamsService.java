package io.newstally.launcher;

import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/** Runs one Kafka Streams service; several instances with the same application id share the work. */
public final class StreamsService implements AutoCloseable {

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public StreamsService(Topology topology, String applicationId, Path stateDir, Topics topics, Properties client,
                          boolean atLeastOnce) {
        Properties props = StreamsSettings.forService(applicationId, stateDir, topics, KafkaOptions.kafkaOnly(client));
        if (atLeastOnce) {
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        }
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    public StreamsService start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Blocks until the service stops (Ctrl-C closes it through the shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        stopped.countDown();
    }
}
