package io.newstally.cli;

import io.newstally.cli.observability.ServiceEndpoints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the two streaming services share on the command line. */
final class ServiceOptions {

    @Option(names = "--state-dir", description = "Local state of the service (default: ${DEFAULT-VALUE})", defaultValue = "data/streams")
    Path stateDir;

    @picocli.CommandLine.Mixin
    TopicOptions topicOptions;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Kafka Streams application id: instances with the same id share the work (default: newstally-<service>, after the --topic-prefix)")
    String applicationId;

    @Option(names = "--at-least-once", description = "At-least-once processing instead of exactly-once (exactly_once_v2)")
    boolean atLeastOnce;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /health/live, /health/ready and /metrics (Prometheus) on this port; 0: any free port (default: off)")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the HTTP endpoints listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String httpHost;

    /** The service, with its endpoints served when {@code --http-port} asks for them. */
    StreamsService withEndpoints(StreamsService service, String name) throws IOException {
        if (httpPort != null) {
            ServiceEndpoints endpoints = service.serveEndpoints(new InetSocketAddress(httpHost, httpPort), name);
            System.out.printf("%s: health and metrics on http://%s:%d/health/ready and /metrics%n", name, httpHost, endpoints.port());
        }
        return service;
    }

    String applicationId(String fallback) {
        return applicationId == null || applicationId.isBlank() ? fallback : applicationId;
    }
}
