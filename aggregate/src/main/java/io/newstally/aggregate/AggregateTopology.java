package io.newstally.aggregate;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Ledger;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.KeyValueMapper;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * enriched articles → running estimates by source, by outlet and by source per day.
 *
 * <p>Each article version becomes per-source contributions on a table keyed
 * {@code source|articleId}; the aggregates group that table and keep it up to date with an
 * adder and a subtractor, so a corrected article replaces its old figures and a deleted one
 * leaves every aggregate.
 */
public final class AggregateTopology {

    public static final String APPLICATION_ID = "newstally-aggregate";

    private static final JsonSerde<SourceArticle> CONTRIBUTION = JsonSerde.of(SourceArticle.class);
    private static final JsonSerde<Ledger> LEDGER = JsonSerde.of(Ledger.class);

    private AggregateTopology() {
    }

    /**
     * Default time a daily window stays open for late articles after its day has passed: a
     * story's news cycle, so that articles of its weeks arriving in any order land in their day.
     */
    public static final Duration DEFAULT_DAILY_GRACE = Duration.ofDays(90);

    private static final JsonSerde<DailyDeltas.Delta> DELTA = JsonSerde.of(DailyDeltas.Delta.class);

    /**
     * @param dailyGrace how long after a day ends (in event time: the latest publication time
     *                   seen) an article published that day still changes its daily estimate
     */
    public static Topology build(Topics topics, Duration dailyGrace) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ContributionChanges.STORE),
                Serdes.String(), JsonSerde.of(ContributionChanges.ArticleContributions.class)));

        KStream<String, ContributionChanges.Change> changes = builder
                .stream(topics.enriched(), Consumed.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class)))
                .process(ContributionChanges::new, Named.as("article-to-contributions"), ContributionChanges.STORE);
        KTable<String, SourceArticle> contributions = changes
                .mapValues(ContributionChanges.Change::after, Named.as("contribution-after"))
                .toTable(Named.as("contributions"), Materialized.<String, SourceArticle, KeyValueStore<Bytes, byte[]>>as("contributions")
                        .withKeySerde(Serdes.String()).withValueSerde(CONTRIBUTION));

        ledger(contributions, "by-source", (key, c) -> KeyValue.pair(c.source(), c))
                .toStream()
                .mapValues((source, l) -> l == null || l.isEmpty() ? null : new SourceEstimate(source, Estimates.byKind(l)))
                .to(topics.bySource(), Produced.with(Serdes.String(), JsonSerde.of(SourceEstimate.class)));

        ledger(contributions, "by-outlet", (key, c) -> KeyValue.pair(c.outlet(), c))
                .toStream()
                .mapValues((outlet, l) -> l == null || l.isEmpty() ? null : outletEstimate(outlet, l))
                .to(topics.byOutlet(), Produced.with(Serdes.String(), JsonSerde.of(OutletEstimate.class)));

        // Daily: tumbling event-time windows need a stream, so the table's changes become
        // signed deltas; a window takes late articles until its grace has passed, then is final.
        changes.process(DailyDeltas::new, Named.as("daily-deltas"))
                .groupByKey(Grouped.with("by-source-daily-grouped", Serdes.String(), DELTA))
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofDays(1), dailyGrace))
                .aggregate(Ledger::empty,
                        (source, delta, ledger) -> delta.retract() ? ledger.minus(delta.contribution()) : ledger.plus(delta.contribution()),
                        Named.as("by-source-daily-aggregate"),
                        Materialized.<String, Ledger, WindowStore<Bytes, byte[]>>as("by-source-daily-ledger")
                                .withKeySerde(Serdes.String()).withValueSerde(LEDGER)
                                // windows of an archive's days are older than any time retention: keep the
                                // changelog compacted only, or a restore would lose those days
                                .withLoggingEnabled(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                                        TopicConfig.RETENTION_MS_CONFIG, "-1")))
                .toStream(Named.as("by-source-daily-changes"))
                .map((window, l) -> {
                    LocalDate day = LocalDate.ofInstant(window.window().startTime(), ZoneOffset.UTC);
                    return KeyValue.pair(window.key() + "|" + day, l == null || l.isEmpty() ? null
                            : new DailySourceEstimate(window.key(), day, Estimates.byKind(l)));
                }, Named.as("by-source-daily-estimate"))
                .to(topics.bySourceDaily(), Produced.with(Serdes.String(), JsonSerde.of(DailySourceEstimate.class)));
        return builder.build();
    }

    /** Groups the contributions and keeps a ledger per group: add the new, subtract the old. */
    private static KTable<String, Ledger> ledger(KTable<String, SourceArticle> contributions, String name,
                                                 KeyValueMapper<String, SourceArticle, KeyValue<String, SourceArticle>> groupBy) {
        return contributions
                // a contribution with no outlet has no place in the by-outlet aggregate: a null key drops it
                .groupBy(groupBy, Grouped.with(name + "-grouped", Serdes.String(), CONTRIBUTION))
                .aggregate(Ledger::empty,
                        (group, c, ledger) -> ledger.plus(c),
                        (group, c, ledger) -> ledger.minus(c),
                        Named.as(name + "-aggregate"),
                        Materialized.<String, Ledger, KeyValueStore<Bytes, byte[]>>as(name + "-ledger")
                                .withKeySerde(Serdes.String()).withValueSerde(LEDGER));
    }

    private static OutletEstimate outletEstimate(String outlet, Ledger ledger) {
        Map<String, List<SourceArticle>> bySource = new TreeMap<>();
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (SourceArticle c : ledger.entries().values()) {
            bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c);
            articles.add(c.articleId());
        }
        Map<String, Map<io.newstally.contracts.Kind, io.newstally.contracts.LatestClaim>> sources = new LinkedHashMap<>();
        bySource.forEach((source, list) -> sources.put(source, Estimates.latestByKind(list)));
        return new OutletEstimate(outlet, articles.size(), sources);
    }
}
