package io.newstally.cli;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The pipeline against the cluster named by KAFKA_BOOTSTRAP_SERVERS, when it is set. */
@EnabledIfEnvironmentVariable(named = "KAFKA_BOOTSTRAP_SERVERS", matches = ".+")
class ExternalClusterPipelineTest extends PipelineContract {

    @Override
    String bootstrapServers() {
        return System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    }
}
