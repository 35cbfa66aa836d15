package io.newstally.aggregate;

import io.newstally.contracts.Claim;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.LatestClaim;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceArticle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;

/**
 * The incremental state behind an outlet's estimate, as small entries of one sorted store.
 * Under the prefix {@code outlet}:
 * <ul>
 *   <li>{@code s}: distinct articles and sources, and the {@value OutletEstimate#MAX_SOURCES}
 *       sources cited in most articles with their counts;
 *   <li>{@code c} + article: how many sources that article cites;
 *   <li>{@code m} + source: how many articles cite that source; {@code t} + (-articles) + source
 *       orders those not listed in the summary, so that a listed source that falls or leaves is
 *       replaced by the next;
 *   <li>{@code p} + source: the recency key of the source's latest claim per kind, written only
 *       when one of them moves; a publication reads the claims from their {@code r} entries;
 *   <li>{@code r} + source + kind + recency + article: each article's latest claim, ordered, so
 *       that retracting the latest finds the next.
 * </ul>
 */
final class OutletState {

    private static final JsonSerde<LatestClaim> LATEST = JsonSerde.of(LatestClaim.class);
    private static final Comparator<SourceCount> RANK = Comparator.comparingLong((SourceCount s) -> -s.articles)
            .thenComparing(s -> StoreKeys.utf8(s.source), Arrays::compareUnsigned);

    private final Store store;

    OutletState(Store store) {
        this.store = store;
    }

    private record SourceCount(String source, long articles) {
    }

    private static StoreKeys prefix(String outlet) {
        return StoreKeys.of(EstimateState.GROUP).putString(outlet);
    }

    void add(SourceArticle c) {
        apply(c, 1);
    }

    void retract(SourceArticle c) {
        apply(c, -1);
    }

    private void apply(SourceArticle c, int sign) {
        if (c.claims().isEmpty()) {
            return;
        }
        StoreKeys base = prefix(c.outlet());
        byte[] recency = StoreKeys.recency(c);
        Map<Kind, Claim> latestByKind = new EnumMap<>(Kind.class);
        c.claims().forEach(claim -> latestByKind.put(claim.kind(), claim));
        Kind anyKind = latestByKind.keySet().iterator().next();
        boolean present = store.get(latestKey(base, c.source(), anyKind, recency)) != null;
        if (present == sign > 0) {
            return; // added twice, or retracted without having been added
        }
        Bytes publishedKey = base.copy().put((byte) 'p').put(StoreKeys.utf8(c.source())).bytes();
        Latest published = Latest.decode(store.get(publishedKey));
        latestByKind.forEach((kind, claim) -> {
            Bytes k = latestKey(base, c.source(), kind, recency);
            if (sign > 0) {
                store.put(k, LATEST.serialize(null, LatestClaim.of(c, claim)));
                published.offer(kind, recency);
            } else {
                store.delete(k);
                if (Arrays.equals(published.recency[kind.ordinal()], recency)) {
                    Bytes kindPrefix = base.copy().put((byte) 'r').putString(c.source()).put((byte) kind.ordinal()).bytes();
                    KeyValue<Bytes, byte[]> next = store.last(kindPrefix);
                    published.recency[kind.ordinal()] = next == null ? null
                            : Arrays.copyOfRange(next.key.get(), kindPrefix.get().length, next.key.get().length);
                    published.changed = true;
                }
            }
        });
        if (published.isEmpty()) {
            store.delete(publishedKey);
        } else if (published.changed) {
            store.put(publishedKey, published.encode());
        }

        Bytes summaryKey = base.copy().put((byte) 's').bytes();
        Summary s = Summary.decode(store.get(summaryKey));
        Bytes articleKey = base.copy().put((byte) 'c').put(StoreKeys.utf8(c.articleId())).bytes();
        long citing = store.getLong(articleKey) + sign;
        if (citing <= 0) {
            store.delete(articleKey);
            s.articles--;
        } else {
            store.putLong(articleKey, citing);
            if (citing == 1 && sign > 0) {
                s.articles++;
            }
        }

        Bytes sourceKey = base.copy().put((byte) 'm').put(StoreKeys.utf8(c.source())).bytes();
        long before = store.getLong(sourceKey);
        List<SourceCount> listedBefore = List.copyOf(s.top.members);
        long count = before + sign;
        SourceCount now = new SourceCount(c.source(), count);
        boolean refill;
        if (count <= 0) {
            store.delete(sourceKey);
            s.sources--;
            refill = s.top.left(now, s.sources);
        } else {
            store.putLong(sourceKey, count);
            if (sign > 0) {
                if (count == 1) {
                    s.sources++;
                }
                s.top.offer(now);
                refill = false;
            } else {
                refill = s.top.fell(now, s.sources);
            }
        }
        if (refill) {
            Bytes topPrefix = base.copy().put((byte) 't').bytes();
            for (KeyValue<Bytes, byte[]> e : store.scan(topPrefix, OutletEstimate.MAX_SOURCES + 1)) {
                SourceCount candidate = fromTopKey(e.key.get(), topPrefix.get().length);
                if (!s.top.lists(candidate)) {
                    s.top.offer(candidate);
                    break;
                }
            }
        }
        unlistedIndex(base, s, listedBefore, new SourceCount(c.source(), before), now);
        if (s.articles <= 0) {
            store.delete(summaryKey);
        } else {
            store.put(summaryKey, s.encode());
        }
    }

    /**
     * Keeps the {@code t} index to the sources not listed in the summary, which holds the listed
     * ones already: an outlet citing no more sources than it lists never writes it. The changed
     * source moves in or out of it, and so does a listed source pushed out by it, or an unlisted
     * one that a refill listed.
     */
    private void unlistedIndex(StoreKeys base, Summary s, List<SourceCount> listedBefore, SourceCount old, SourceCount now) {
        if (old.articles > 0 && listedBefore.stream().noneMatch(m -> m.source.equals(old.source))) {
            store.delete(topKey(base, old.articles, old.source));
        }
        if (now.articles > 0 && !s.top.lists(now)) {
            store.put(topKey(base, now.articles, now.source), new byte[0]);
        }
        for (SourceCount m : listedBefore) {
            if (!m.source.equals(now.source) && !s.top.lists(m)) {
                store.put(topKey(base, m.articles, m.source), new byte[0]);
            }
        }
        for (SourceCount m : s.top.members) {
            if (!m.source.equals(now.source) && listedBefore.stream().noneMatch(b -> b.source.equals(m.source))) {
                store.delete(topKey(base, m.articles, m.source));
            }
        }
    }

    private static Bytes latestKey(StoreKeys base, String source, Kind kind, byte[] recency) {
        return base.copy().put((byte) 'r').putString(source).put((byte) kind.ordinal()).put(recency).bytes();
    }

    private static Bytes topKey(StoreKeys base, long count, String source) {
        return base.copy().put((byte) 't').putLong(-count).put(StoreKeys.utf8(source)).bytes();
    }

    private static SourceCount fromTopKey(byte[] k, int at) {
        long count = -(StoreKeys.readLong(k, at));
        return new SourceCount(new String(k, at + 8, k.length - at - 8, StandardCharsets.UTF_8), count);
    }

    /** The outlet's estimate, or null when it cites nobody any more. */
    OutletEstimate estimate(String outlet) {
        StoreKeys base = prefix(outlet);
        byte[] stored = store.get(base.copy().put((byte) 's').bytes());
        if (stored == null) {
            return null;
        }
        Summary s = Summary.decode(stored);
        Map<String, Map<Kind, LatestClaim>> sources = new TreeMap<>();
        for (SourceCount listed : s.top.members) {
            Latest latest = Latest.decode(store.get(base.copy().put((byte) 'p').put(StoreKeys.utf8(listed.source)).bytes()));
            Map<Kind, LatestClaim> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byte[] recency = latest.recency[kind.ordinal()];
                if (recency != null) {
                    byKind.put(kind, LATEST.deserialize(null, store.get(latestKey(base, listed.source, kind, recency))));
                }
            }
            sources.put(listed.source, byKind);
        }
        return new OutletEstimate(outlet, (int) s.articles, sources, (int) s.sources);
    }

    /** Distinct articles and sources, and the listed sources. */
    private static final class Summary {
        long articles;
        long sources;
        final RankedList<SourceCount> top = new RankedList<>(OutletEstimate.MAX_SOURCES, RANK,
                (x, y) -> x.source.equals(y.source));

        byte[] encode() {
            StoreKeys k = StoreKeys.of((byte) 0).putLong(articles).putLong(sources).putInt(top.members.size());
            top.members.forEach(m -> k.putLong(m.articles).putString(m.source));
            return k.bytes().get();
        }

        static Summary decode(byte[] b) {
            Summary s = new Summary();
            if (b == null) {
                return s;
            }
            s.articles = StoreKeys.readLong(b, 1);
            s.sources = StoreKeys.readLong(b, 9);
            int n = StoreKeys.readInt(b, 17);
            int at = 21;
            for (int i = 0; i < n; i++) {
                long count = StoreKeys.readLong(b, at);
                int len = StoreKeys.readInt(b, at + 8);
                s.top.members.add(new SourceCount(new String(b, at + 12, len, StandardCharsets.UTF_8), count));
                at += 12 + len;
            }
            return s;
        }
    }

    /** The recency key of one source's latest claim per kind at this outlet, or null. */
    private static final class Latest {
        final byte[][] recency = new byte[Kind.values().length][];
        /** Whether this change moved any of them, so that the entry must be written again. */
        boolean changed;

        void offer(Kind kind, byte[] r) {
            int i = kind.ordinal();
            if (recency[i] == null || Arrays.compareUnsigned(r, recency[i]) > 0) {
                recency[i] = r;
                changed = true;
            }
        }

        boolean isEmpty() {
            return Arrays.stream(recency).allMatch(java.util.Objects::isNull);
        }

        byte[] encode() {
            StoreKeys k = StoreKeys.of((byte) 0);
            for (byte[] r : recency) {
                if (r == null) {
                    k.putInt(-1);
                } else {
                    k.putInt(r.length).put(r);
                }
            }
            return k.bytes().get();
        }

        static Latest decode(byte[] b) {
            Latest l = new Latest();
            if (b == null) {
                return l;
            }
            int at = 1;
            for (int i = 0; i < l.recency.length; i++) {
                int n = StoreKeys.readInt(b, at);
                at += 4;
                if (n >= 0) {
                    l.recency[i] = Arrays.copyOfRange(b, at, at + n);
                    at += n;
                }
            }
            return l;
        }
    }
}
