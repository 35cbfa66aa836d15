package io.newstally.contracts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline's own meters, on Micrometer's global registry, as a library instruments itself:
 * they cost next to nothing until a service adds a registry to it (its {@code --http-port}
 * serves them as Prometheus text), and no topology needs a registry passed in. Kafka Streams'
 * and the clients' own metrics (records consumed and produced per topic, end-to-end latency,
 * commits, lag) are bound next to these by the service. Every tag takes a small, fixed set of
 * values.
 */
public final class PipelineMetrics {

    private static final MeterRegistry REGISTRY = Metrics.globalRegistry;

    /** Raw article records read by the enricher, tombstones included. */
    public static final Counter ARTICLES_IN = Counter.builder("newstally.articles.in")
            .description("Raw article records read by the enricher, tombstones included").register(REGISTRY);
    /** Enriched articles written. */
    public static final Counter ARTICLES_ENRICHED = Counter.builder("newstally.articles.enriched")
            .description("Articles enriched and written").register(REGISTRY);
    /** Time to enrich one article. */
    public static final Timer ENRICH_TIME = Timer.builder("newstally.enrich.duration")
            .description("Time to enrich one article").register(REGISTRY);

    private static final Map<Kind, Counter> CLAIMS = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            CLAIMS.put(kind, Counter.builder("newstally.claims.extracted").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Troop-estimate claims extracted, by kind").register(REGISTRY));
        }
    }

    private PipelineMetrics() {
    }

    public static void claimExtracted(Kind kind) {
        CLAIMS.get(kind).increment();
    }

    /** The meters of one aggregate ({@code by-source}, {@code by-source-daily}, {@code by-outlet}). */
    public record Aggregate(Counter changes, Timer applying, Counter published) {
    }

    public static Aggregate aggregate(String name) {
        return new Aggregate(
                Counter.builder("newstally.aggregate.changes").tag("aggregate", name)
                        .description("Per-source contribution changes applied to the aggregate").register(REGISTRY),
                Timer.builder("newstally.aggregate.duration").tag("aggregate", name)
                        .description("Time to apply one contribution change to the aggregate's state").register(REGISTRY),
                Counter.builder("newstally.aggregate.published").tag("aggregate", name)
                        .description("Records written to the aggregate's topic").register(REGISTRY));
    }

    /**
     * A record sent to the dead-letter topic: where it failed ({@code deserialization},
     * {@code processing}, {@code production}) and why (the exception's class).
     */
    public static void deadLettered(String stage, Throwable reason) {
        Counter.builder("newstally.dead.letters").tag("stage", stage).tag("reason", reason.getClass().getSimpleName())
                .description("Records sent to the dead-letter topic, by stage and reason").register(REGISTRY).increment();
    }
}
