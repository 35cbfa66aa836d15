package io.newstally.aggregate;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.SourceEstimate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three aggregate topics computed the plain way, without Kafka: every live contribution kept
 * by article, and per source and day the contributions that each addition or retraction left
 * under the window's rule (stream time is the latest event time seen; a day closed for more
 * than the grace is final). Applying the enriched topic's records in order gives what a
 * reader of the aggregate topics ends up with; tests and {@code newstally bench} compare the
 * topics with it. With one partition, or a grace no article is late for, it is exact.
 */
public final class OfflineAggregates {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final long graceMs;
    private final Duration rangeWindow;
    private final Map<String, Map<String, SourceArticle>> live = new HashMap<>();
    /** source → source|article → contribution; outlet and source-day likewise */
    private final Map<String, Map<String, SourceArticle>> bySource = new HashMap<>();
    private final Map<String, Map<String, SourceArticle>> byOutlet = new HashMap<>();
    private final Map<String, Map<String, SourceArticle>> daily = new HashMap<>();
    private long streamTime = Long.MIN_VALUE;

    public OfflineAggregates(Duration dailyGrace) {
        this(dailyGrace, EstimateRange.DEFAULT_WINDOW);
    }

    public OfflineAggregates(Duration dailyGrace, Duration rangeWindow) {
        this.graceMs = dailyGrace.toMillis();
        this.rangeWindow = rangeWindow;
    }

    /** One record of the enriched topic: an article version, or a tombstone (null). */
    public void apply(String id, EnrichedArticle e) {
        Map<String, SourceArticle> before = live.getOrDefault(id, Map.of());
        Map<String, SourceArticle> after = new LinkedHashMap<>();
        if (e != null) {
            Map<String, List<Claim>> claimsBySource = new LinkedHashMap<>();
            e.claims().forEach(c -> claimsBySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c));
            Article a = e.article();
            claimsBySource.forEach((source, claims) -> {
                if (after.size() == ContributionChanges.MAX_SOURCES_PER_ARTICLE) {
                    return;
                }
                SourceArticle previous = before.get(source);
                // a re-sent identical text keeps the time it was first ingested
                Instant ingestedAt = previous != null && Objects.equals(previous.contentHash(), a.contentHash())
                        ? previous.ingestedAt() : a.ingestedAt();
                after.put(source, SourceArticle.bounded(source, id, a.url(), a.outlet(), a.publishedAt(), ingestedAt,
                        a.contentHash(), claims));
            });
        }
        for (var b : before.entrySet()) {
            SourceArticle now = after.get(b.getKey());
            if (!b.getValue().equals(now)) {
                window(b.getValue(), false);
                if (now != null) {
                    window(now, true);
                }
            }
        }
        after.forEach((source, c) -> {
            if (!before.containsKey(source)) {
                window(c, true);
            }
        });
        before.values().forEach(c -> {
            bySource.get(c.source()).remove(c.source() + "|" + id);
            if (c.outlet() != null) {
                byOutlet.get(c.outlet()).remove(c.source() + "|" + id);
            }
        });
        after.values().forEach(c -> {
            bySource.computeIfAbsent(c.source(), k -> new HashMap<>()).put(c.source() + "|" + id, c);
            if (c.outlet() != null) {
                byOutlet.computeIfAbsent(c.outlet(), k -> new HashMap<>()).put(c.source() + "|" + id, c);
            }
        });
        if (after.isEmpty()) {
            live.remove(id);
        } else {
            live.put(id, after);
        }
    }

    private void window(SourceArticle c, boolean add) {
        if (c.eventTime() == null) {
            return;
        }
        long t = c.eventTime().toEpochMilli();
        streamTime = Math.max(streamTime, t);
        long day = Math.floorDiv(t, DAY) * DAY;
        if (day + DAY + graceMs <= streamTime) {
            return;
        }
        String key = c.source() + "|" + LocalDate.ofInstant(Instant.ofEpochMilli(day), ZoneOffset.UTC);
        if (add) {
            daily.computeIfAbsent(key, k -> new HashMap<>()).put(c.articleId(), c);
        } else {
            daily.getOrDefault(key, new HashMap<>()).remove(c.articleId());
        }
    }

    /** The by-source estimate of one source, or null when it has no claim. */
    public SourceEstimate bySource(String source) {
        Map<Kind, KindEstimate> kinds = Estimates.byKind(bySource.getOrDefault(source, Map.of()).values());
        return kinds.isEmpty() ? null : SourceEstimate.of(source, kinds);
    }

    public OutletEstimate byOutlet(String outlet) {
        return Estimates.outlet(outlet, byOutlet.getOrDefault(outlet, Map.of()).values());
    }

    /** The daily estimate under its topic key {@code source|yyyy-MM-dd}, or null. */
    public DailySourceEstimate daily(String key) {
        Map<Kind, KindEstimate> kinds = Estimates.byKind(daily.getOrDefault(key, Map.of()).values());
        int bar = key.lastIndexOf('|');
        return kinds.isEmpty() ? null : new DailySourceEstimate(key.substring(0, bar), LocalDate.parse(key.substring(bar + 1)), kinds);
    }

    /** Every live key of each topic with its value: what a reader of the compacted topic keeps. */
    public Map<String, SourceEstimate> allBySource() {
        Map<String, SourceEstimate> out = new HashMap<>();
        bySource.keySet().forEach(k -> put(out, k, bySource(k)));
        return out;
    }

    public Map<String, OutletEstimate> allByOutlet() {
        Map<String, OutletEstimate> out = new HashMap<>();
        byOutlet.keySet().forEach(k -> put(out, k, byOutlet(k)));
        return out;
    }

    public Map<String, DailySourceEstimate> allDaily() {
        Map<String, DailySourceEstimate> out = new HashMap<>();
        daily.keySet().forEach(k -> put(out, k, daily(k)));
        return out;
    }

    /** The range of the sources' latest figures of a kind, or null when no source gives one in the window. */
    public EstimateRange range(Kind kind) {
        return EstimateRange.ofEstimates(kind, allBySource().values(), rangeWindow);
    }

    /** The range topic as a reader keeps it: kind → range. */
    public Map<String, EstimateRange> allRanges() {
        Map<String, EstimateRange> out = new HashMap<>();
        var estimates = allBySource().values(); // once for the three kinds
        for (Kind k : Kind.values()) {
            put(out, k.wire(), EstimateRange.ofEstimates(k, estimates, rangeWindow));
        }
        return out;
    }

    private static <V> void put(Map<String, V> out, String key, V value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
