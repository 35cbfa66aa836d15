package io.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store operations the aggregates rely on, against a RocksDB store behind Kafka's record
 * cache, with entries in the cache that are not yet flushed (what the topology tests, which
 * commit after every record, never see).
 */
class StoreTest {

    @TempDir
    Path stateDir;

    private static Bytes key(int... b) {
        byte[] k = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            k[i] = (byte) b[i];
        }
        return Bytes.wrap(k);
    }

    @Test
    void firstAndLastSkipWhatTheCacheHasDeleted() {
        List<String> seen = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("s"), Serdes.Bytes(), Serdes.ByteArray())
                .withCachingEnabled());
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(() -> new Processor<String, String, Void, Void>() {
            private Store store;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                store = new Store(context.<KeyValueStore<Bytes, byte[]>>getStateStore("s"));
            }

            @Override
            public void process(Record<String, String> record) {
                if (record.value().equals("flushed")) {
                    store.put(key(1, 5), new byte[] {5});
                    return;
                }
                // in the cache only: a key before and a key after the flushed one, both deleted again
                store.put(key(1, 9), new byte[] {9});
                store.delete(key(1, 9));
                store.put(key(1, 2), new byte[] {2});
                store.delete(key(1, 2));
                seen.add("last " + store.last(key(1)).key);
                seen.add("first " + store.first(key(1)).key);
                seen.add("scan " + store.scan(key(1), 10).size());
                store.delete(key(1, 5));
                seen.add("empty " + store.last(key(1)) + " " + store.first(key(1)));
            }
        }, "s");
        Properties props = new Properties();
        props.put("application.id", "store-test");
        props.put("bootstrap.servers", "unused:9092");
        props.put("state.dir", stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            var in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            in.pipeInput("k", "flushed");
            in.pipeInput("k", "query");
        }
        assertThat(seen).containsExactly("last " + key(1, 5), "first " + key(1, 5), "scan 1", "empty null null");
    }
}
