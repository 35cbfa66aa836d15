package io.newstally.aggregate;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Ledger;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.KeyValueMapper;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

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

    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ContributionChanges.STORE),
                Serdes.String(), JsonSerde.of(ContributionChanges.ArticleContributions.class)));

        KTable<String, SourceArticle> contributions = builder
                .stream(topics.enriched(), Consumed.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class)))
                .process(ContributionChanges::new, Named.as("article-to-contributions"), ContributionChanges.STORE)
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

        ledger(contributions, "by-source-daily", (key, c) -> KeyValue.pair(c.eventTime() == null ? null : c.source() + "|" + day(c), c))
                .toStream()
                .mapValues((key, l) -> l == null || l.isEmpty() ? null
                        : new DailySourceEstimate(key.substring(0, key.indexOf('|')), LocalDate.parse(key.substring(key.indexOf('|') + 1)),
                        Estimates.byKind(l)))
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

    static String day(SourceArticle c) {
        return LocalDate.ofInstant(c.eventTime(), ZoneOffset.UTC).toString();
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
