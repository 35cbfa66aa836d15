package io.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.Qualifier;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.SourceFigure;
import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feeds random article versions, re-sends, corrections that move articles between days and
 * outlets, and tombstones through the topology, and checks every record published against a
 * recomputation from scratch ({@link OfflineAggregates}) over the articles live at that moment,
 * and that no record or stored value outgrows a fixed size. Seeded: a failure names its seed.
 */
class AggregatePropertyTest {

    private static final Topics TOPICS = Topics.DEFAULTS;
    private static final Duration GRACE = Duration.ofDays(7);
    private static final Instant START = Instant.parse("2024-10-01T00:00:00Z");
    /** Bounds that hold however many articles there are (see the aggregate README). */
    private static final int MAX_ESTIMATE_BYTES = 16 * 1024;
    private static final int MAX_OUTLET_BYTES = 400 * 1024;
    private static final int MAX_STORED_BYTES = 8 * 1024;

    @TempDir
    Path stateDir;

    @ParameterizedTest(name = "seed {0}, publish every {1} ms")
    @CsvSource({"1, 0, 6000", "2, 50, 9000", "3, 0, 5000"})
    void everyPublishedRecordMatchesARecomputationFromTheLiveArticles(long seed, long publishMs, int steps) {
        Random random = new Random(seed);
        Properties props = StreamsSettings.forService("aggregate-property", stateDir, TOPICS, new Properties());
        props.put("bootstrap.servers", "unused:9092");
        Duration publishEvery = Duration.ofMillis(publishMs);
        try (TopologyTestDriver driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, GRACE, publishEvery), props, START)) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(),
                    JsonSerde.of(EnrichedArticle.class));
            TestOutputTopic<String, SourceEstimate> bySource = driver.createOutputTopic(TOPICS.bySource(),
                    new StringDeserializer(), JsonSerde.of(SourceEstimate.class));
            TestOutputTopic<String, OutletEstimate> byOutlet = driver.createOutputTopic(TOPICS.byOutlet(),
                    new StringDeserializer(), JsonSerde.of(OutletEstimate.class));
            TestOutputTopic<String, DailySourceEstimate> daily = driver.createOutputTopic(TOPICS.bySourceDaily(),
                    new StringDeserializer(), JsonSerde.of(DailySourceEstimate.class));
            TestOutputTopic<String, EstimateRange> range = driver.createOutputTopic(TOPICS.range(),
                    new StringDeserializer(), JsonSerde.of(EstimateRange.class));
            OfflineAggregates model = new OfflineAggregates(GRACE);
            int rangesChecked = 0;
            Generator gen = new Generator(random);
            Instant ingest = START;
            for (int step = 0; step < steps; step++) {
                ingest = ingest.plusSeconds(1 + random.nextInt(60));
                KeyValue<String, EnrichedArticle> next = gen.next(ingest);
                in.pipeInput(next.key, next.value, ingest);
                model.apply(next.key, next.value);
                if (publishEvery.isZero() || random.nextInt(4) == 0) {
                    driver.advanceWallClockTime(publishEvery);
                    // the range follows what by-source published at the next interval
                    driver.advanceWallClockTime(publishEvery);
                    String at = "seed " + seed + ", step " + step;
                    checkBySource(bySource.readKeyValuesToMap(), model, at);
                    checkByOutlet(byOutlet.readKeyValuesToMap(), model, at);
                    checkDaily(daily.readKeyValuesToMap(), model, at);
                    rangesChecked += checkRange(range.readKeyValuesToMap(), model, at);
                }
            }
            assertThat(gen.distinctValuesOfHotSource()).as("the hot source reports more values than are listed")
                    .isGreaterThan(KindEstimate.MAX_VALUES);
            assertThat(rangesChecked).as("range records checked").isGreaterThan(100);
            EstimateRange deployed = model.range(Kind.DEPLOYED);
            long withFigure = model.allBySource().values().stream().filter(e -> SourceFigure.latestOf(e, Kind.DEPLOYED) != null).count();
            assertThat(deployed.sources()).as("the window leaves some sources' older figures out").isLessThan((int) withFigure);
            assertThat(deployed.sources()).as("more sources than a range lists").isGreaterThan(EstimateRange.MAX_LISTED);
            for (String store : new String[] {BySourceAggregate.STORE, DailyAggregate.STORE, ByOutletAggregate.STORE}) {
                KeyValueStore<Bytes, byte[]> kv = driver.getKeyValueStore(store);
                try (KeyValueIterator<Bytes, byte[]> it = kv.all()) {
                    it.forEachRemaining(e -> assertThat(e.key.get().length + e.value.length).as(store).isLessThan(MAX_STORED_BYTES));
                }
            }
        }
    }

    private static void checkBySource(Map<String, SourceEstimate> published, OfflineAggregates model, String at) {
        published.forEach((source, value) -> {
            assertSmall(value, MAX_ESTIMATE_BYTES, at);
            assertThat(value).as("by-source %s at %s", source, at).isEqualTo(model.bySource(source));
        });
    }

    private static void checkByOutlet(Map<String, OutletEstimate> published, OfflineAggregates model, String at) {
        published.forEach((outlet, value) -> {
            assertSmall(value, MAX_OUTLET_BYTES, at);
            assertThat(value).as("by-outlet %s at %s", outlet, at).isEqualTo(model.byOutlet(outlet));
        });
    }

    private static void checkDaily(Map<String, DailySourceEstimate> published, OfflineAggregates model, String at) {
        published.forEach((key, value) -> {
            assertSmall(value, MAX_ESTIMATE_BYTES, at);
            assertThat(value).as("daily %s at %s", key, at).isEqualTo(model.daily(key));
        });
    }

    private static int checkRange(Map<String, EstimateRange> published, OfflineAggregates model, String at) {
        published.forEach((kind, value) -> {
            assertSmall(value, MAX_ESTIMATE_BYTES, at);
            assertThat(value).as("range %s at %s", kind, at).isEqualTo(model.range(Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT))));
        });
        return published.size();
    }

    private static void assertSmall(Object value, int bound, String at) {
        if (value != null) {
            assertThat(JsonSerde.of(Object.class).serialize("t", value).length).as(at).isLessThan(bound);
        }
    }

    /**
     * Articles about a few sources, one of them cited by most; each article has a few versions
     * (the same text with the same claims, or a correction with others); a third of the steps
     * re-send, correct, move or delete an earlier article.
     */
    private static final class Generator {
        private final Random random;
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Long> hotValues = new HashMap<>();
        private int counter;

        Generator(Random random) {
            this.random = random;
        }

        KeyValue<String, EnrichedArticle> next(Instant ingest) {
            int roll = random.nextInt(100);
            if (!ids.isEmpty() && roll < 8) {
                return KeyValue.pair(ids.get(random.nextInt(ids.size())), null);
            }
            String id;
            int version;
            if (!ids.isEmpty() && roll < 35) {
                id = ids.get(random.nextInt(ids.size()));
                version = random.nextInt(3); // the same text again, or a correction
            } else {
                id = "a" + counter++;
                ids.add(id);
                version = 0;
            }
            return KeyValue.pair(id, article(id, version, ingest));
        }

        /** The same id and version always give the same text and claims; publication time may be corrected too. */
        private EnrichedArticle article(String id, int version, Instant ingest) {
            Random r = new Random(Objects.hash(id, version));
            String outlet = r.nextInt(20) == 0 ? null : "Outlet " + r.nextInt(12);
            Instant published = r.nextInt(30) == 0 ? null : START.plusSeconds(r.nextInt(60 * 86_400));
            List<Claim> claims = new ArrayList<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int s = r.nextInt(10);
                // KR, the hot source, in most articles; a long tail of others, more than an outlet lists
                String source = s < 6 ? "KR" : s < 8 ? "US" : "S" + r.nextInt(90);
                Kind kind = Kind.values()[r.nextInt(3)];
                long value = 500L * (1 + r.nextInt(s < 6 ? 40 : 6));
                Long low = r.nextInt(8) == 0 ? value / 2 : null;
                if (source.equals("KR")) {
                    hotValues.put(value + "/" + low, value);
                }
                claims.add(new Claim(value, low, Qualifier.values()[r.nextInt(4)], source, kind, r.nextBoolean() ? "Kursk" : null,
                        "evidence " + id + " v" + version + " #" + i + " ".repeat(r.nextInt(3) == 0 ? 1500 : 0), i * 10, i * 10 + 9));
            }
            Article a = new Article(id, "https://example.test/" + id, outlet, "t", "b", published, ingest,
                    "h-" + id + "-" + version, "test");
            return new EnrichedArticle(a, List.of(), List.of(), List.of(), claims);
        }

        int distinctValuesOfHotSource() {
            return hotValues.size();
        }
    }
}
