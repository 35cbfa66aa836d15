package io.newstally.aggregate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One distinct value of a group and kind: how many articles report it, and where it first
 * appears (the article's recency key, then the claim's index in the article).
 */
record ValueStat(long value, Long low, long articles, byte[] firstRecency, int firstIndex) {

    /** The order values are listed in: first appearance. */
    static final Comparator<ValueStat> FIRST_APPEARANCE = (x, y) -> {
        int c = Arrays.compareUnsigned(x.firstRecency, y.firstRecency);
        return c != 0 ? c : Integer.compare(x.firstIndex, y.firstIndex);
    };

    /** The order values are chosen in for the list: most articles, then the lower value (as {@link Estimates}). */
    static final Comparator<ValueStat> RANK = Comparator.comparingLong((ValueStat v) -> -v.articles)
            .thenComparingLong(ValueStat::value)
            .thenComparing(ValueStat::low, Comparator.nullsFirst(Comparator.naturalOrder()));

    boolean sameValue(ValueStat other) {
        return value == other.value && java.util.Objects.equals(low, other.low);
    }

    ValueStat firstAt(byte[] recency, int index, long count) {
        int c = Arrays.compareUnsigned(recency, firstRecency);
        boolean earlier = c < 0 || c == 0 && index < firstIndex;
        return earlier ? new ValueStat(value, low, count, recency, index) : new ValueStat(value, low, count, firstRecency, firstIndex);
    }

    byte[] encode() {
        return StoreKeys.of((byte) 0).putLong(value).putOptionalLong(low).putLong(articles).putInt(firstIndex)
                .putInt(firstRecency.length).put(firstRecency).bytes().get();
    }

    static ValueStat decode(byte[] b) {
        return b == null ? null : read(b, new int[] {0});
    }

    /** Reads one encoded value at {@code at[0]} and moves it past. */
    static ValueStat read(byte[] b, int[] at) {
        int i = at[0] + 1;
        long value = StoreKeys.readLong(b, i);
        i += 8;
        Long low = null;
        if (b[i++] == 1) {
            low = StoreKeys.readLong(b, i);
            i += 8;
        }
        long articles = StoreKeys.readLong(b, i);
        i += 8;
        int index = StoreKeys.readInt(b, i);
        i += 4;
        int n = StoreKeys.readInt(b, i);
        i += 4;
        at[0] = i + n;
        return new ValueStat(value, low, articles, Arrays.copyOfRange(b, i, i + n), index);
    }
}
