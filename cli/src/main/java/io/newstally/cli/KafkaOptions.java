package io.newstally.cli;

import io.newstally.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** How every command that talks to Kafka finds it. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka to connect to (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Further client properties (security, timeouts, newstally.topic.* names)")
    Path kafkaConfig;

    @Option(names = "--topic-prefix", paramLabel = "NAME",
            description = {"Keep this story's topics and services apart from other stories' on the same cluster: topics",
                "NAME.news.*, Kafka Streams application ids NAME.newstally-* (default: none; also newstally.topic.prefix)"})
    String topicPrefix;

    public Properties clientProperties() throws IOException {
        Properties p = new Properties();
        if (kafkaConfig != null) {
            try (InputStream in = Files.newInputStream(kafkaConfig)) {
                p.load(in);
            }
        }
        String servers = bootstrapServers != null ? bootstrapServers
                : p.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) != null ? p.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)
                : System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers);
        if (topicPrefix != null) {
            p.put(Topics.PREFIX_PROPERTY, topicPrefix);
        }
        Topics.prefix(p); // a prefix Kafka cannot name a topic with is refused here, before anything starts
        return p;
    }
}
