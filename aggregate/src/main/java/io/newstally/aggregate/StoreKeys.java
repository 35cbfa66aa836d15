package io.newstally.aggregate;

import io.newstally.contracts.SourceArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;

/**
 * Builds the byte keys of the aggregate stores. RocksDB orders keys as unsigned bytes, so each
 * part is written to sort the way it should: numbers big-endian with the sign bit flipped,
 * strings that are followed by more parts with their length first (so that one group's keys
 * are one contiguous range, whatever the group's name), and a trailing string as its raw UTF-8
 * bytes, which sort like its code points.
 */
final class StoreKeys {

    private byte[] buf = new byte[64];
    private int len;

    static StoreKeys of(byte section) {
        StoreKeys k = new StoreKeys();
        k.buf[0] = section;
        k.len = 1;
        return k;
    }

    /** An article's place in {@link Estimates#RECENCY} order, as bytes that sort that way. */
    static byte[] recency(SourceArticle a) {
        StoreKeys k = new StoreKeys();
        return k.putRecency(a).bytes().get();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    StoreKeys copy() {
        StoreKeys k = new StoreKeys();
        k.buf = Arrays.copyOf(buf, Math.max(buf.length, 64));
        k.len = len;
        return k;
    }

    StoreKeys put(byte b) {
        ensure(1);
        buf[len++] = b;
        return this;
    }

    StoreKeys put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    /** A signed number that sorts in numeric order. */
    StoreKeys putLong(long v) {
        long u = v ^ Long.MIN_VALUE;
        ensure(8);
        for (int i = 7; i >= 0; i--) {
            buf[len + i] = (byte) u;
            u >>>= 8;
        }
        len += 8;
        return this;
    }

    StoreKeys putInt(int v) {
        int u = v ^ Integer.MIN_VALUE;
        ensure(4);
        for (int i = 3; i >= 0; i--) {
            buf[len + i] = (byte) u;
            u >>>= 8;
        }
        len += 4;
        return this;
    }

    /** A string followed by other parts: its length first. */
    StoreKeys putString(String s) {
        byte[] b = utf8(s);
        putInt(b.length);
        return put(b);
    }

    /** An instant that sorts in time order, null first (as {@link Estimates#RECENCY} has it). */
    StoreKeys putInstant(Instant t) {
        if (t == null) {
            return put((byte) 0);
        }
        put((byte) 1);
        putLong(t.getEpochSecond());
        return putInt(t.getNano());
    }

    /** A number or null, null first. */
    StoreKeys putOptionalLong(Long v) {
        if (v == null) {
            return put((byte) 0);
        }
        return put((byte) 1).putLong(v);
    }

    /** The order of {@link Estimates#RECENCY}: event time, ingest time, article id; the id last. */
    StoreKeys putRecency(SourceArticle a) {
        return putInstant(a.eventTime()).putInstant(a.ingestedAt()).put(utf8(a.articleId()));
    }

    int length() {
        return len;
    }

    Bytes bytes() {
        return Bytes.wrap(Arrays.copyOf(buf, len));
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The event time at the start of a recency key's bytes (see {@link #putRecency}). */
    static Instant eventTimeOf(byte[] key, int offset) {
        if (key[offset] == 0) {
            return null;
        }
        long seconds = readLong(key, offset + 1);
        int nanos = readInt(key, offset + 9);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The number {@link #putLong} wrote at {@code at}. */
    static long readLong(byte[] b, int at) {
        return getLong(b, at) ^ Long.MIN_VALUE;
    }

    /** The number {@link #putInt} wrote at {@code at}. */
    static int readInt(byte[] b, int at) {
        return getInt(b, at) ^ Integer.MIN_VALUE;
    }

    static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (b[at + i] & 0xFF);
        }
        return v;
    }

    static int getInt(byte[] b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | (b[at + i] & 0xFF);
        }
        return v;
    }

    static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The smallest key greater than every key that starts with {@code prefix}. */
    static Bytes after(byte[] prefix) {
        byte[] b = prefix.clone();
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] != (byte) 0xFF) {
                b[i]++;
                return Bytes.wrap(Arrays.copyOf(b, i + 1));
            }
        }
        throw new IllegalArgumentException("no key follows a prefix of 0xFF bytes");
    }
}
