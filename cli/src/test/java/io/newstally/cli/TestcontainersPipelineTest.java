package io.newstally.cli;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The pipeline against the official apache/kafka image, where Docker exists; skipped where it does not. */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPipelineTest extends PipelineContract {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
