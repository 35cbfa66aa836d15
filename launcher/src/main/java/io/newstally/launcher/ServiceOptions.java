package io.newstally.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the two streaming services share on the command line. */
final class ServiceOptions {

    @Option(names = "--state-dir", description = "Local state of the service (default: ${DEFAULT-VALUE})", defaultValue = "data/streams")
    Path stateDir;

    @picocli.CommandLine.Mixin
    TopicOptions topicOptions;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Kafka Streams application id: instances with the same id share the work (default: newstally-<service>)")
    String applicationId;

    @Option(names = "--at-least-once", description = "At-least-once processing instead of exactly-once (exactly_once_v2)")
    boolean atLeastOnce;

    String applicationId(String fallback) {
        return applicationId == null || applicationId.isBlank() ? fallback : applicationId;
    }
}
