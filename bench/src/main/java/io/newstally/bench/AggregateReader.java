package io.newstally.bench;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import io.newstally.contracts.LatestPerKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads the four aggregate topics as a downstream service does ({@link LatestPerKey}), on a
 * thread of its own, decoded, for the benchmark to compare with the offline computation and to time.
 */
public final class AggregateReader implements AutoCloseable {

    private static final JsonSerde<SourceEstimate> SOURCE = JsonSerde.of(SourceEstimate.class);
    private static final JsonSerde<OutletEstimate> OUTLET = JsonSerde.of(OutletEstimate.class);
    private static final JsonSerde<DailySourceEstimate> DAILY = JsonSerde.of(DailySourceEstimate.class);
    private static final JsonSerde<EstimateRange> RANGE = JsonSerde.of(EstimateRange.class);

    public final Map<String, SourceEstimate> bySource = new ConcurrentHashMap<>();
    public final Map<String, OutletEstimate> byOutlet = new ConcurrentHashMap<>();
    public final Map<String, DailySourceEstimate> daily = new ConcurrentHashMap<>();
    public final Map<String, EstimateRange> ranges = new ConcurrentHashMap<>();
    private final LatestPerKey reader;
    private final Topics topics;
    private final Thread thread;
    private volatile BiConsumer<SourceEstimate, Long> onSource = (e, t) -> { };
    private volatile long version;

    public AggregateReader(Properties client, Topics topics) {
        this.reader = new LatestPerKey(client, "newstally-bench-reader",
                List.of(topics.bySource(), topics.byOutlet(), topics.bySourceDaily(), topics.range()));
        this.topics = topics;
        this.thread = new Thread(this::run, "bench-aggregate-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called for every by-source record, with the time it was received ({@link System#nanoTime}). */
    public void onSourceEstimate(BiConsumer<SourceEstimate, Long> listener) {
        this.onSource = listener;
    }

    /** Grows with every record read: an unchanged version means nothing arrived. */
    public long version() {
        return version;
    }

    private void run() {
        try {
            while (true) {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (r.topic().equals(topics.bySource())) {
                        SourceEstimate e = SOURCE.deserialize(r.topic(), r.value());
                        LatestPerKey.apply(bySource, r.key(), e);
                        if (e != null) {
                            onSource.accept(e, now);
                        }
                    } else if (r.topic().equals(topics.byOutlet())) {
                        LatestPerKey.apply(byOutlet, r.key(), OUTLET.deserialize(r.topic(), r.value()));
                    } else if (r.topic().equals(topics.range())) {
                        LatestPerKey.apply(ranges, r.key(), RANGE.deserialize(r.topic(), r.value()));
                    } else {
                        LatestPerKey.apply(daily, r.key(), DAILY.deserialize(r.topic(), r.value()));
                    }
                    version++;
                }
            }
        } catch (WakeupException stop) {
            // closing
        } finally {
            reader.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        reader.wakeup();
        thread.join(10_000);
    }
}
