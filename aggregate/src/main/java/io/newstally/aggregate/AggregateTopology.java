package io.newstally.aggregate;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * enriched articles → running estimates by source, by outlet and by source per day, and the
 * range of the sources' latest estimates per kind.
 *
 * <p>Each article version becomes per-source contribution changes (the old contribution and the
 * new); they are repartitioned once by source, for the by-source and daily aggregates, and once
 * by outlet. Each aggregate keeps its state as small sorted entries (see {@link EstimateState}),
 * retracting the old contribution and adding the new, so a corrected article replaces its old
 * figures, a deleted one leaves every aggregate, and no stored value or record grows with the
 * number of articles behind it. Every by-source publication also goes, reduced to the source's
 * latest figures, to one task that keeps the range of estimates across sources ({@link RangeAggregate}).
 */
public final class AggregateTopology {

    public static final String APPLICATION_ID = "newstally-aggregate";

    /**
     * Default time a daily window stays open for late articles after its day has passed: a
     * story's news cycle, so that articles of its weeks arriving in any order land in their day.
     */
    public static final Duration DEFAULT_DAILY_GRACE = Duration.ofDays(90);

    /**
     * How often a changed aggregate is published: a hot source is written a few times a second
     * however many articles cite it, and a change reaches its topic within this time (plus the
     * commit interval).
     */
    public static final Duration DEFAULT_PUBLISH_EVERY = Duration.ofMillis(50);

    private static final JsonSerde<ContributionChanges.Change> CHANGE = JsonSerde.of(ContributionChanges.Change.class);

    private AggregateTopology() {
    }

    public static Topology build(Topics topics, Duration dailyGrace) {
        return build(topics, dailyGrace, DEFAULT_PUBLISH_EVERY);
    }

    /**
     * @param dailyGrace   how long after a day ends (in event time: the latest publication time
     *                     seen) an article published that day still changes its daily estimate
     * @param publishEvery how often changed aggregates are published; zero: after every record
     */
    public static Topology build(Topics topics, Duration dailyGrace, Duration publishEvery) {
        return build(topics, dailyGrace, publishEvery, EstimateRange.DEFAULT_WINDOW);
    }

    /**
     * @param rangeWindow how far back from the newest figure of a kind a source's latest figure
     *                    still counts in the range of estimates
     */
    public static Topology build(Topics topics, Duration dailyGrace, Duration publishEvery, Duration rangeWindow) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ContributionChanges.STORE),
                Serdes.String(), JsonSerde.of(ContributionChanges.ArticleContributions.class)));
        for (String store : new String[] {BySourceAggregate.STORE, DailyAggregate.STORE, ByOutletAggregate.STORE}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                    Serdes.Bytes(), Serdes.ByteArray()));
        }

        KStream<String, ContributionChanges.Change> changes = builder
                .stream(topics.enriched(), Consumed.with(Serdes.String(), JsonSerde.of(ArticleClaims.class)))
                .process(ContributionChanges::new, Named.as("article-to-contributions"), ContributionChanges.STORE);

        KStream<String, ContributionChanges.Change> bySource = changes
                .repartition(Repartitioned.with(Serdes.String(), CHANGE).withName("by-source"));
        KStream<String, SourceEstimate> estimates = bySource
                .process(() -> new BySourceAggregate(publishEvery), Named.as("by-source-aggregate"), BySourceAggregate.STORE);
        estimates.to(topics.bySource(), Produced.with(Serdes.String(), JsonSerde.of(SourceEstimate.class)));
        bySource.process(() -> new DailyAggregate(dailyGrace, publishEvery), Named.as("by-source-daily-aggregate"), DailyAggregate.STORE)
                .to(topics.bySourceDaily(), Produced.with(Serdes.String(), JsonSerde.of(DailySourceEstimate.class)));

        changes.flatMap((source, change) -> change.byOutlet(), Named.as("key-by-outlet"))
                .repartition(Repartitioned.with(Serdes.String(), CHANGE).withName("by-outlet"))
                .process(() -> new ByOutletAggregate(publishEvery), Named.as("by-outlet-aggregate"), ByOutletAggregate.STORE)
                .to(topics.byOutlet(), Produced.with(Serdes.String(), JsonSerde.of(OutletEstimate.class)));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RangeAggregate.SOURCES_STORE),
                Serdes.String(), JsonSerde.of(RangeAggregate.SourceFigures.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RangeAggregate.PUBLISHED_STORE),
                Serdes.String(), JsonSerde.of(EstimateRange.class)));
        estimates.map((source, estimate) -> KeyValue.pair(RangeAggregate.ALL, RangeAggregate.SourceFigures.of(source, estimate)),
                        Named.as("source-figures"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(RangeAggregate.SourceFigures.class))
                        .withName("range").withNumberOfPartitions(1))
                .process(() -> new RangeAggregate(rangeWindow, publishEvery), Named.as("range-aggregate"),
                        RangeAggregate.SOURCES_STORE, RangeAggregate.PUBLISHED_STORE)
                .to(topics.range(), Produced.with(Serdes.String(), JsonSerde.of(EstimateRange.class)));
        return builder.build();
    }
}
