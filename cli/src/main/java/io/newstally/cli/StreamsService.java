package io.newstally.cli;

import io.newstally.contracts.TopicSetup;
import io.newstally.contracts.ClientConfig;
import io.newstally.contracts.DeadLetters;
import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import io.newstally.cli.observability.ServiceEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Metric;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one Kafka Streams service; several instances with the same application id share the work. */
public final class StreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    private final KafkaStreams streams;
    private final String applicationId;
    private final Path stateDir;
    private final Properties client;
    private final Set<String> inputTopics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ServiceEndpoints endpoints;

    public StreamsService(Topology topology, String applicationId, Path stateDir, Topics topics, Properties client,
                          boolean atLeastOnce) {
        Properties props = StreamsSettings.forService(applicationId, stateDir, topics, ClientConfig.kafkaOnly(client));
        // a dead letter carries its input as sent: one over the dead-letter topic's limit is written without it
        try {
            props.putIfAbsent(DeadLetters.MAX_BYTES_CONFIG, TopicSetup.maxRecordBytes(client, topics.deadLetter(), Integer.MAX_VALUE));
        } catch (IllegalStateException unreadable) {
            // the topic's limit cannot be read: the default bound (1,000,000 bytes) holds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (atLeastOnce) {
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        }
        this.applicationId = applicationId;
        this.stateDir = stateDir;
        this.client = client;
        this.inputTopics = inputTopics(topology);
        guardLocalState(client, applicationId, stateDir, inputTopics);
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                // its internal topics exist now: the record names them too (off the stream thread)
                Thread t = new Thread(this::recordOwner, applicationId + "-state-owner");
                t.setDaemon(true);
                t.start();
            }
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    public StreamsService start() {
        streams.start();
        return this;
    }

    /**
     * Makes sure the local state of the application was built from this cluster and these topics
     * ({@link StateOwner}); state from elsewhere is deleted, saying so, before Kafka Streams opens
     * any of it, and Kafka Streams restores this cluster's from its changelogs. No state: nothing
     * to check (the record is written once the service runs).
     */
    private static void guardLocalState(Properties client, String applicationId, Path stateDir, Set<String> inputTopics) {
        try {
            if (!StateOwner.hasState(stateDir, applicationId)) {
                return;
            }
            Path file = StateOwner.file(stateDir, applicationId);
            StateOwner now = StateOwner.of(client, applicationId, inputTopics);
            StateOwner.Verdict verdict = StateOwner.check(StateOwner.read(file), now, true);
            if (!verdict.keep()) {
                LOG.warn("{}: {}; throwing away the local state in {} and restoring it from this cluster's changelogs",
                        applicationId, verdict.reason(), stateDir.resolve(applicationId));
                StateOwner.discardState(stateDir, applicationId);
            }
            now.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the local state in " + stateDir.resolve(applicationId), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the local state", e);
        }
    }

    private void recordOwner() {
        try {
            StateOwner.of(client, applicationId, inputTopics).write(StateOwner.file(stateDir, applicationId));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: could not record the cluster and topics of the local state: {}", applicationId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The topics the topology reads that are not its own (repartition topics are {@code <application-id>-*}). */
    private static Set<String> inputTopics(Topology topology) {
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    topics.addAll(source.topicSet());
                }
            }
        }
        return topics;
    }

    /** Serves health and metrics at {@code address} (port 0: a free one) until the service closes. */
    public ServiceEndpoints serveEndpoints(InetSocketAddress address, String service) throws IOException {
        endpoints = ServiceEndpoints.start(address, service, streams);
        return endpoints;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Blocks until the service stops (Ctrl-C closes it through the shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Waits at most {@code timeout}; true once the service has stopped. */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Records this instance skipped because they could not be read or processed, each of
     * which went to the dead-letter topic: Kafka Streams' own {@code dropped-records-total}.
     */
    public long deadLettered() {
        double total = 0;
        for (Metric m : streams.metrics().values()) {
            if (m.metricName().name().equals("dropped-records-total") && m.metricValue() instanceof Number n) {
                total += n.doubleValue();
            }
        }
        return (long) total;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        if (endpoints != null) {
            endpoints.close();
        }
        stopped.countDown();
    }
}
