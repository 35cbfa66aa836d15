package io.newstally.bench.jmh;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.stream.RawArticles;
import io.newstally.bench.BenchArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The aggregate topology's own cost, without a broker: {@code newstally bench}'s generated
 * articles (re-sends, corrections and deletions included), enriched once beforehand, through
 * {@link AggregateTopology} under {@link TopologyTestDriver} with its RocksDB stores, from empty
 * state to the last article, the clock moved on by one publication interval (50 ms) every
 * {@code articlesPerPublication} articles. One operation is the whole run, so the score is the
 * time for {@code generatedArticles} articles. A broker adds the clients' work on every changelog,
 * repartition and aggregate record on top; the test driver adds its own (it compiles a topic-name
 * pattern for each record it forwards: 17 to 25% of CPU samples), so the score bounds the
 * topology's cost from above. For profiling the aggregate's logic and comparing two versions of it.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AggregateBenchmark} (about three minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AggregateBenchmark {

    private static final Topics TOPICS = Topics.DEFAULTS;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Param("20000")
    public int generatedArticles;

    /** Articles per publication interval: 30 is 600 articles/s, about what the whole pipeline moves here. */
    @Param("30")
    public int articlesPerPublication;

    private record Input(String key, byte[] value, long timestamp) {
    }

    private List<Input> inputs;
    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private List<TestOutputTopic<String, byte[]>> outputs;

    @Setup(Level.Trial)
    public void enrichOnce() {
        Enricher enricher = Enricher.withBundledSources();
        JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
        inputs = new ArrayList<>(generatedArticles);
        for (BenchArticles.RawRecord r : new BenchArticles(1, 400).records(generatedArticles, START.toEpochMilli())) {
            byte[] value = r.article() == null ? null
                    : serde.serialize(TOPICS.enriched(), enricher.enrich(RawArticles.complete(r.key(), r.article(), r.timestamp(), 1_000_000)));
            inputs.add(new Input(r.key(), value, r.timestamp()));
        }
    }

    @Setup(Level.Iteration)
    public void emptyState() throws IOException {
        stateDir = Files.createTempDirectory("aggregate-benchmark");
        Properties props = StreamsSettings.forService("aggregate-benchmark", stateDir, TOPICS, new Properties());
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, AggregateTopology.DEFAULT_DAILY_GRACE), props, START);
        enriched = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), new ByteArraySerializer());
        outputs = Stream.of(TOPICS.bySource(), TOPICS.byOutlet(), TOPICS.bySourceDaily(), TOPICS.range())
                .map(t -> driver.createOutputTopic(t, new StringDeserializer(), new ByteArrayDeserializer())).toList();
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** @return the records published, so that nothing is optimised away */
    @Benchmark
    public long allArticles() {
        long published = 0;
        int i = 0;
        for (Input in : inputs) {
            enriched.pipeInput(in.key(), in.value(), in.timestamp());
            if (++i % articlesPerPublication == 0) {
                driver.advanceWallClockTime(AggregateTopology.DEFAULT_PUBLISH_EVERY);
                published += drain();
            }
        }
        driver.advanceWallClockTime(AggregateTopology.DEFAULT_PUBLISH_EVERY);
        return published + drain();
    }

    private long drain() {
        long n = 0;
        for (TestOutputTopic<String, byte[]> out : outputs) {
            n += out.readRecordsToList().size();
        }
        return n;
    }
}
