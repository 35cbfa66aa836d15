package io.newstally.aggregate;

import io.newstally.contracts.KindEstimate;

/**
 * What a publication of one group and kind needs, in one stored entry that every change
 * rewrites: the counters, the recency keys of the latest and the first article, lowest and
 * highest, and the {@value KindEstimate#MAX_VALUES} values most articles report. Its size is
 * bounded by twenty values', whatever the number of articles. The latest claim itself is read
 * from its article's entry when the group is published: kept here, it was most of the bytes
 * the changelog took.
 */
final class KindSummary {

    long claims;
    long articles;
    long outlets;
    long distinct;
    long highest;
    long lowest;
    byte[] latestRecency;
    byte[] firstRecency;
    /** The listed values, in {@link ValueStat#RANK} order. */
    final RankedList<ValueStat> top = new RankedList<>(KindEstimate.MAX_VALUES, ValueStat.RANK, ValueStat::sameValue);

    byte[] encode() {
        StoreKeys k = StoreKeys.of((byte) 0).putLong(claims).putLong(articles).putLong(outlets).putLong(distinct)
                .putLong(highest).putLong(lowest);
        bytes(k, latestRecency);
        bytes(k, firstRecency);
        k.putInt(top.members.size());
        top.members.forEach(v -> k.put(v.encode()));
        return k.bytes().get();
    }

    private static void bytes(StoreKeys k, byte[] b) {
        if (b == null) {
            k.putInt(-1);
        } else {
            k.putInt(b.length).put(b);
        }
    }

    /** The stored summary, or an empty one. */
    static KindSummary decode(byte[] b) {
        KindSummary s = new KindSummary();
        if (b == null) {
            return s;
        }
        int[] at = {1};
        s.claims = readLong(b, at);
        s.articles = readLong(b, at);
        s.outlets = readLong(b, at);
        s.distinct = readLong(b, at);
        s.highest = readLong(b, at);
        s.lowest = readLong(b, at);
        s.latestRecency = readBytes(b, at);
        s.firstRecency = readBytes(b, at);
        int n = readInt(b, at);
        for (int i = 0; i < n; i++) {
            s.top.members.add(ValueStat.read(b, at));
        }
        return s;
    }

    private static long readLong(byte[] b, int[] at) {
        long v = StoreKeys.readLong(b, at[0]);
        at[0] += 8;
        return v;
    }

    private static int readInt(byte[] b, int[] at) {
        int v = StoreKeys.readInt(b, at[0]);
        at[0] += 4;
        return v;
    }

    private static byte[] readBytes(byte[] b, int[] at) {
        int n = readInt(b, at);
        if (n < 0) {
            return null;
        }
        byte[] out = java.util.Arrays.copyOfRange(b, at[0], at[0] + n);
        at[0] += n;
        return out;
    }
}
