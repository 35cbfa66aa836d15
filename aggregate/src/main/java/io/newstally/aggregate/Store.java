package io.newstally.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The few operations the aggregates need of a sorted byte store: point access and short prefix scans. */
final class Store {

    private static final BytesSerializer PREFIX = new BytesSerializer();

    private final KeyValueStore<Bytes, byte[]> kv;

    Store(KeyValueStore<Bytes, byte[]> kv) {
        this.kv = kv;
    }

    byte[] get(Bytes key) {
        return kv.get(key);
    }

    long getLong(Bytes key) {
        byte[] v = kv.get(key);
        return v == null ? 0 : StoreKeys.getLong(v, 0);
    }

    void put(Bytes key, byte[] value) {
        kv.put(key, value);
    }

    void putLong(Bytes key, long value) {
        byte[] v = new byte[8];
        for (int i = 7; i >= 0; i--) {
            v[i] = (byte) value;
            value >>>= 8;
        }
        kv.put(key, v);
    }

    void delete(Bytes key) {
        kv.delete(key);
    }

    /** The first entry whose key starts with {@code prefix}, or null. */
    KeyValue<Bytes, byte[]> first(Bytes prefix) {
        try (KeyValueIterator<Bytes, byte[]> it = kv.prefixScan(prefix, PREFIX)) {
            return it.hasNext() ? it.next() : null;
        }
    }

    /** The last entry whose key starts with {@code prefix}, or null. */
    KeyValue<Bytes, byte[]> last(Bytes prefix) {
        byte[] p = prefix.get();
        try (KeyValueIterator<Bytes, byte[]> it = kv.reverseRange(prefix, StoreKeys.after(p))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> e = it.next();
                // Kafka's record cache yields a key deleted in the cache, with a null value, when it
                // iterates backwards (4.3.1; forward iteration skips it): it is no entry.
                // The range's upper end is inclusive: it may hold the one key just past the prefix.
                if (e.value != null && StoreKeys.startsWith(e.key.get(), p)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** At most {@code limit} entries whose keys start with {@code prefix}, in key order. */
    List<KeyValue<Bytes, byte[]>> scan(Bytes prefix, int limit) {
        List<KeyValue<Bytes, byte[]>> out = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = kv.prefixScan(prefix, PREFIX)) {
            while (out.size() < limit && it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** Deletes every entry whose key starts with {@code prefix}. */
    void deleteAll(Bytes prefix) {
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = kv.prefixScan(prefix, PREFIX)) {
            it.forEachRemaining(e -> keys.add(e.key));
        }
        keys.forEach(kv::delete);
    }
}
