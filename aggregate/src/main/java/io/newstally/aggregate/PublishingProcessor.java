package io.newstally.aggregate;

import io.newstally.contracts.PipelineMetrics;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * An aggregate that publishes each changed group at most once per {@code publishEvery}, as a
 * Kafka Streams table with a record cache does once per commit: a source that a thousand
 * articles a second cite is computed and written a few times a second, not a thousand.
 * The groups waiting to be published are kept in memory and, once each, as entries of the
 * state store itself, written in the same transaction as the change, so a crash between a
 * change and its publication loses nothing: the restored store still lists the group, and is
 * read once at start-up. (Scanning those entries at every publication would walk the deletes
 * of every earlier publication, a queue in RocksDB being its worst case.) {@code Duration.ZERO}
 * publishes after every record.
 */
abstract class PublishingProcessor<K, V, O> implements Processor<K, V, String, O> {

    private static final byte PENDING = 1;
    private static final BytesSerializer PREFIX = new BytesSerializer();

    private final String storeName;
    private final Duration publishEvery;
    private final PipelineMetrics.Aggregate metrics;
    private KeyValueStore<Bytes, byte[]> kv;
    /** group → the latest input timestamp among its changes, in the order first changed */
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private ProcessorContext<String, O> context;
    protected Store store;

    /** @param name the aggregate's name in metrics ({@code by-source}, ...) */
    PublishingProcessor(String name, String storeName, Duration publishEvery) {
        this.storeName = storeName;
        this.publishEvery = publishEvery;
        this.metrics = PipelineMetrics.aggregate(name);
    }

    @Override
    public void init(ProcessorContext<String, O> context) {
        this.context = context;
        this.kv = context.getStateStore(storeName);
        this.store = new Store(kv);
        try (KeyValueIterator<Bytes, byte[]> it = kv.prefixScan(Bytes.wrap(new byte[] {PENDING}), PREFIX)) {
            it.forEachRemaining(e -> pending.put(groupOf(e.key), StoreKeys.getLong(e.value, 0)));
        }
        if (!publishEvery.isZero()) {
            context.schedule(publishEvery, PunctuationType.WALL_CLOCK_TIME, now -> publishPending());
        }
    }

    @Override
    public final void process(Record<K, V> record) {
        metrics.changes().increment();
        metrics.applying().record(() -> apply(record));
        if (publishEvery.isZero()) {
            publishPending();
        }
    }

    /** Applies one record to the state, marking each group it changes with {@link #changed}. */
    abstract void apply(Record<K, V> record);

    /** The record to publish for a group: key and value (null value: a tombstone). */
    abstract KeyValue<String, O> publication(String group);

    /** Runs after the pending groups are published. */
    void afterPublishing() {
    }

    /** Marks a group to publish; the record will carry the latest input timestamp among its changes. */
    final void changed(String group, long timestamp) {
        long t = Math.max(0, timestamp);
        Long previous = pending.putIfAbsent(group, t);
        if (previous == null) {
            store.putLong(pendingKey(group), t);
        } else if (previous < t) {
            pending.put(group, t);
        }
    }

    private static Bytes pendingKey(String group) {
        return StoreKeys.of(PENDING).put(StoreKeys.utf8(group)).bytes();
    }

    private static String groupOf(Bytes pendingKey) {
        byte[] k = pendingKey.get();
        return new String(k, 1, k.length - 1, StandardCharsets.UTF_8);
    }

    private void publishPending() {
        for (Map.Entry<String, Long> p : pending.entrySet()) {
            KeyValue<String, O> out = publication(p.getKey());
            context.forward(new Record<>(out.key, out.value, p.getValue()));
            metrics.published().increment();
            kv.delete(pendingKey(p.getKey()));
        }
        pending.clear();
        afterPublishing();
    }
}
