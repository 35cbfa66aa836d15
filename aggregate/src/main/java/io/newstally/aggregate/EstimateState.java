package io.newstally.aggregate;

import io.newstally.contracts.Claim;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.LatestClaim;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.ValueCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;

/**
 * The incremental state behind a group's estimates (a source, or a source on one day), kept as
 * small entries of one sorted store so that adding or retracting an article costs a few point
 * lookups, and a short range scan only when what it retracts was the latest, first, lowest,
 * highest or a listed value, however many articles the group has. Under the prefix
 * {@code group|kind}:
 * <ul>
 *   <li>{@code s}: the {@link KindSummary}: counters, the recency keys of the latest and the
 *       first article, lowest and highest, and the listed values;
 *   <li>{@code r} + recency + article: that article's latest claim of the kind, ordered, so
 *       that retracting the latest (or the first) finds the next; a publication reads the
 *       latest claim here, in one lookup;
 *   <li>{@code v} + value: articles that report the value and where it first appears;
 *       {@code a} + value + recency + article: each of those articles, so that retracting
 *       the first finds the next;
 *   <li>{@code t} + (-articles) + value: the values not listed in the summary, by how many
 *       articles report them, so that a listed value that falls or leaves is replaced by the next;
 *   <li>{@code l} + lower bound + value: ordered for the lowest;
 *   <li>{@code o} + outlet: articles of that outlet.
 * </ul>
 * Every entry holds one article's claim, one value, a counter or one summary of bounded size,
 * so no stored value grows with the stream. {@link Estimates} is the definition they reproduce.
 */
final class EstimateState {

    static final byte GROUP = 2;

    private static final JsonSerde<LatestClaim> LATEST = JsonSerde.of(LatestClaim.class);
    private static final byte[] EMPTY = new byte[0];

    private final Store store;

    EstimateState(Store store) {
        this.store = store;
    }

    void add(String group, SourceArticle c) {
        apply(group, c, 1);
    }

    void retract(String group, SourceArticle c) {
        apply(group, c, -1);
    }

    /** Drops everything stored for the group (a day whose window has closed). */
    void deleteGroup(String group) {
        store.deleteAll(StoreKeys.of(GROUP).putString(group).bytes());
    }

    private static StoreKeys prefix(String group, Kind kind) {
        return StoreKeys.of(GROUP).putString(group).put((byte) kind.ordinal());
    }

    private void apply(String group, SourceArticle c, int sign) {
        byte[] recency = StoreKeys.recency(c);
        Map<Kind, List<Integer>> byKind = new EnumMap<>(Kind.class);
        for (int i = 0; i < c.claims().size(); i++) {
            byKind.computeIfAbsent(c.claims().get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        byKind.forEach((kind, indexes) -> {
            StoreKeys base = prefix(group, kind);
            Bytes latestKey = base.copy().put((byte) 'r').put(recency).bytes();
            boolean present = store.get(latestKey) != null;
            if (present == sign > 0) {
                return; // added twice, or retracted without having been added: nothing to do
            }
            Bytes summaryKey = base.copy().put((byte) 's').bytes();
            KindSummary s = KindSummary.decode(store.get(summaryKey));
            s.claims += sign * indexes.size();
            s.articles += sign;
            if (sign > 0) {
                Claim last = c.claims().get(indexes.get(indexes.size() - 1));
                byte[] latest = LATEST.serialize(null, LatestClaim.of(c, last));
                store.put(latestKey, latest);
                if (s.latestRecency == null || Arrays.compareUnsigned(recency, s.latestRecency) > 0) {
                    s.latestRecency = recency;
                }
                if (s.firstRecency == null || Arrays.compareUnsigned(recency, s.firstRecency) < 0) {
                    s.firstRecency = recency;
                }
            } else {
                store.delete(latestKey);
                Bytes latestPrefix = base.copy().put((byte) 'r').bytes();
                int at = latestPrefix.get().length;
                if (Arrays.equals(recency, s.latestRecency)) {
                    KeyValue<Bytes, byte[]> next = store.last(latestPrefix);
                    s.latestRecency = next == null ? null : Arrays.copyOfRange(next.key.get(), at, next.key.get().length);
                }
                if (Arrays.equals(recency, s.firstRecency)) {
                    KeyValue<Bytes, byte[]> next = store.first(latestPrefix);
                    s.firstRecency = next == null ? null : Arrays.copyOfRange(next.key.get(), at, next.key.get().length);
                }
            }
            if (c.outlet() != null) {
                Bytes outletKey = base.copy().put((byte) 'o').put(StoreKeys.utf8(c.outlet())).bytes();
                long n = store.getLong(outletKey) + sign;
                if (n <= 0) {
                    store.delete(outletKey);
                    s.outlets--;
                } else {
                    store.putLong(outletKey, n);
                    if (n == 1 && sign > 0) {
                        s.outlets++;
                    }
                }
            }
            // each distinct value of the article once, at its first claim
            Map<Bytes, Integer> values = new LinkedHashMap<>();
            for (int i : indexes) {
                Claim claim = c.claims().get(i);
                values.putIfAbsent(Bytes.wrap(valueKey(claim.value(), claim.low())), i);
            }
            values.forEach((vk, index) -> value(base, s, vk.get(), recency, index, c.claims().get(index), sign));
            if (s.articles <= 0) {
                store.delete(summaryKey);
            } else {
                store.put(summaryKey, s.encode());
            }
        });
    }

    /** A value and its lower bound, as key bytes that sort by value. */
    static byte[] valueKey(long value, Long low) {
        byte[] k = StoreKeys.of((byte) 0).putLong(value).putOptionalLong(low).bytes().get();
        return Arrays.copyOfRange(k, 1, k.length);
    }

    /** Adds or retracts one article's report of one value. */
    private void value(StoreKeys base, KindSummary s, byte[] vk, byte[] recency, int index, Claim claim, int sign) {
        Bytes statKey = base.copy().put((byte) 'v').put(vk).bytes();
        Bytes articleKey = base.copy().put((byte) 'a').put(vk).put(recency).bytes();
        long bound = claim.low() != null ? claim.low() : claim.value();
        Bytes lowKey = base.copy().put((byte) 'l').putLong(bound).put(vk).bytes();
        ValueStat old = ValueStat.decode(store.get(statKey));
        List<ValueStat> listedBefore = List.copyOf(s.top.members);
        ValueStat now;
        if (sign > 0) {
            store.put(articleKey, EstimateState.intBytes(index));
            if (old == null) {
                now = new ValueStat(claim.value(), claim.low(), 1, recency, index);
                store.put(lowKey, EMPTY);
                s.distinct++;
                s.highest = s.distinct == 1 ? claim.value() : Math.max(s.highest, claim.value());
                s.lowest = s.distinct == 1 ? bound : Math.min(s.lowest, bound);
            } else {
                now = old.firstAt(recency, index, old.articles() + 1);
            }
            store.put(statKey, now.encode());
            s.top.offer(now);
        } else {
            store.delete(articleKey);
            if (old.articles() <= 1) {
                now = null;
                store.delete(statKey);
                store.delete(lowKey);
                s.distinct--;
                boolean room = s.top.left(old, s.distinct);
                if (s.distinct > 0) {
                    if (claim.value() == s.highest) {
                        Bytes valuePrefix = base.copy().put((byte) 'v').bytes();
                        s.highest = StoreKeys.readLong(store.last(valuePrefix).key.get(), valuePrefix.get().length);
                    }
                    if (bound == s.lowest) {
                        Bytes lowPrefix = base.copy().put((byte) 'l').bytes();
                        s.lowest = StoreKeys.readLong(store.first(lowPrefix).key.get(), lowPrefix.get().length);
                    }
                    if (room) {
                        refill(base, s);
                    }
                }
            } else {
                if (Arrays.equals(old.firstRecency(), recency)) {
                    // the first article that reported it is gone: the next one is now the first
                    Bytes articlesPrefix = base.copy().put((byte) 'a').put(vk).bytes();
                    KeyValue<Bytes, byte[]> next = store.first(articlesPrefix);
                    byte[] k = next.key.get();
                    now = new ValueStat(old.value(), old.low(), old.articles() - 1,
                            Arrays.copyOfRange(k, articlesPrefix.get().length, k.length), StoreKeys.getInt(next.value, 0));
                } else {
                    now = new ValueStat(old.value(), old.low(), old.articles() - 1, old.firstRecency(), old.firstIndex());
                }
                store.put(statKey, now.encode());
                if (s.top.fell(now, s.distinct)) {
                    refill(base, s);
                }
            }
        }
        unlistedIndex(base, s, listedBefore, old, now);
    }

    /**
     * Keeps the {@code t} index to the values not listed in the summary, which holds the listed
     * ones already: for a source whose values all fit in the list, no change writes it at all.
     * The changed value moves in or out of it, and so does a listed value pushed out by it, or an
     * unlisted one that a refill listed.
     */
    private void unlistedIndex(StoreKeys base, KindSummary s, List<ValueStat> listedBefore, ValueStat old, ValueStat now) {
        ValueStat changed = old != null ? old : now;
        if (old != null && listedBefore.stream().noneMatch(old::sameValue)) {
            store.delete(topKey(base, old));
        }
        if (now != null && !s.top.lists(now)) {
            store.put(topKey(base, now), now.encode());
        }
        for (ValueStat v : listedBefore) {
            if (!v.sameValue(changed) && !s.top.lists(v)) {
                store.put(topKey(base, v), v.encode());
            }
        }
        for (ValueStat v : s.top.members) {
            if (!v.sameValue(changed) && listedBefore.stream().noneMatch(v::sameValue)) {
                store.delete(topKey(base, v));
            }
        }
    }

    /** A listed value fell or left: the best value not listed (the first of the index) may now belong in the list. */
    private void refill(StoreKeys base, KindSummary s) {
        for (KeyValue<Bytes, byte[]> e : store.scan(base.copy().put((byte) 't').bytes(), KindEstimate.MAX_VALUES + 1)) {
            ValueStat candidate = ValueStat.decode(e.value);
            if (!s.top.lists(candidate)) {
                s.top.offer(candidate);
                return;
            }
        }
    }

    private static Bytes topKey(StoreKeys base, ValueStat stat) {
        return base.copy().put((byte) 't').putLong(-stat.articles()).put(valueKey(stat.value(), stat.low())).bytes();
    }

    /** The group's estimate per kind; empty when no claim is left. */
    Map<Kind, KindEstimate> estimate(String group) {
        Map<Kind, KindEstimate> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            StoreKeys base = prefix(group, kind);
            byte[] stored = store.get(base.copy().put((byte) 's').bytes());
            if (stored == null) {
                continue;
            }
            KindSummary s = KindSummary.decode(stored);
            byte[] latest = store.get(base.copy().put((byte) 'r').put(s.latestRecency).bytes());
            List<ValueStat> listed = new ArrayList<>(s.top.members);
            listed.sort(ValueStat.FIRST_APPEARANCE);
            List<ValueCount> values = listed.stream()
                    .map(v -> new ValueCount(v.value(), v.low(), (int) v.articles(), StoreKeys.eventTimeOf(v.firstRecency(), 0)))
                    .toList();
            out.put(kind, new KindEstimate(LATEST.deserialize(null, latest), s.lowest, s.highest,
                    (int) s.claims, (int) s.articles, (int) s.outlets, firstSeen(base, s),
                    StoreKeys.eventTimeOf(s.latestRecency, 0), values, (int) s.distinct));
        }
        return out;
    }

    /**
     * The earliest event time: the first article's, past any article with no time at all (one
     * with neither publication nor ingest time, which the enricher never writes).
     */
    private Instant firstSeen(StoreKeys base, KindSummary s) {
        Instant t = StoreKeys.eventTimeOf(s.firstRecency, 0);
        if (t != null) {
            return t;
        }
        Bytes latestPrefix = base.copy().put((byte) 'r').bytes();
        for (KeyValue<Bytes, byte[]> e : store.scan(latestPrefix, Integer.MAX_VALUE)) {
            t = StoreKeys.eventTimeOf(e.key.get(), latestPrefix.get().length);
            if (t != null) {
                return t;
            }
        }
        return null;
    }


    static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
