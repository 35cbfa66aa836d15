package io.newstally.cli;

import io.newstally.broker.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline against Apache Kafka's own broker, started as a child JVM from the test class path. */
class EmbeddedBrokerPipelineTest extends PipelineContract {

    @TempDir
    static Path brokerDir;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(brokerDir.resolve("kafka"), Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
