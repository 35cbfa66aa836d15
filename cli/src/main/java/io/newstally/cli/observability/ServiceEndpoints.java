package io.newstally.cli.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newstally.dashboard.SmallHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A service's health and metrics over HTTP, for an orchestrator and a Prometheus server:
 * <ul>
 *   <li>{@code /health/live}: 200 while the service can still make progress, 503 once Kafka
 *       Streams has failed for good (restart it);
 *   <li>{@code /health/ready}: 200 only while Kafka Streams is RUNNING, 503 while it starts,
 *       rebalances, restores its state or stops; the body names the state;
 *   <li>{@code /metrics}: Prometheus text: the pipeline's own meters ({@code newstally_*}),
 *       Kafka Streams' and its clients' metrics ({@code kafka_*}), JVM and process meters.
 * </ul>
 * JDK's own HTTP server: three small read-only endpoints need no web framework.
 */
public final class ServiceEndpoints implements AutoCloseable {

    static final Duration METRICS_REFRESH = Duration.ofSeconds(10);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService refresher;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics;

    private ServiceEndpoints(HttpServer server, ExecutorService executor, ScheduledExecutorService refresher,
                             PrometheusMeterRegistry registry, KafkaStreamsMetrics streamsMetrics, JvmGcMetrics gcMetrics) {
        this.server = server;
        this.executor = executor;
        this.refresher = refresher;
        this.registry = registry;
        this.streamsMetrics = streamsMetrics;
        this.gcMetrics = gcMetrics;
    }

    /** Serves the endpoints of {@code streams} at {@code address} (port 0: any free port). */
    public static ServiceEndpoints start(InetSocketAddress address, String service, KafkaStreams streams) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        // Kafka creates task and topic metrics as tasks are assigned: the binder looks for new
        // ones every 10 s instead of its default minute
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, service + "-metrics-refresh");
            t.setDaemon(true);
            return t;
        });
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams, List.of(), refresher, METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.globalRegistry.add(registry);

        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/health/live", exchange -> {
            KafkaStreams.State state = streams.state();
            boolean live = state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
            respond(exchange, live ? 200 : 503, "application/json", status(live, state));
        });
        server.createContext("/health/ready", exchange -> {
            KafkaStreams.State state = streams.state();
            boolean ready = state == KafkaStreams.State.RUNNING;
            respond(exchange, ready ? 200 : 503, "application/json", status(ready, state));
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape()));
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8",
                "not found: try /health/live, /health/ready or /metrics\n"));
        ExecutorService executor = SmallHttp.daemonThreads(service + "-http", false);
        server.setExecutor(executor);
        server.start();
        return new ServiceEndpoints(server, executor, refresher, registry, streamsMetrics, gcMetrics);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static String status(boolean up, KafkaStreams.State state) {
        return "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\"}\n";
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        SmallHttp.respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        Metrics.globalRegistry.remove(registry);
        streamsMetrics.close();
        refresher.shutdownNow();
        gcMetrics.close();
        registry.close();
    }
}
