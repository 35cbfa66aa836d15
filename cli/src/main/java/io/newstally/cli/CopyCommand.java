package io.newstally.cli;

import io.newstally.contracts.Topics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Kafka's own limit on this machine, for {@code newstally bench}: a Kafka Streams application
 * that copies a topic's records unchanged, with the settings the services use (exactly-once).
 */
@Command(name = "copy", hidden = true, mixinStandardHelpOptions = true,
        description = "Copy a topic's records unchanged with Kafka Streams, as the services' settings have it (the benchmark's ceiling).")
public final class CopyCommand implements Callable<Integer> {

    public static final String NAME = io.newstally.bench.Bench.COPY_COMMAND;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--from", required = true, description = "Topic to read")
    String from;

    @Option(names = "--to", required = true, description = "Topic to write")
    String to;

    @Option(names = "--application-id", required = true, description = "Kafka Streams application id")
    String applicationId;

    @Option(names = "--state-dir", required = true, description = "Local state (none is kept, but Kafka Streams needs the folder)")
    Path stateDir;

    /** The identity copy: bytes in, the same bytes out. */
    public static Topology topology(String from, String to) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    @Override
    public Integer call() throws Exception {
        var client = kafka.clientProperties();
        return Services.runUntilStopped(new StreamsService(topology(from, to), applicationId, stateDir,
                Topics.from(client), client, false), "copy");
    }
}
