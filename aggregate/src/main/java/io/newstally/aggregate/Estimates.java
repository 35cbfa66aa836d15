package io.newstally.aggregate;

import io.newstally.contracts.Claim;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.LatestClaim;
import io.newstally.contracts.Ledger;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.ValueCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes the published estimates from a ledger. Pure functions: same ledger, same output. */
public final class Estimates {

    /** Most recent first: publication time, then ingest time, then id for a stable order. */
    static final Comparator<SourceArticle> RECENCY = Comparator
            .comparing(SourceArticle::eventTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourceArticle::ingestedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourceArticle::articleId);

    private Estimates() {
    }

    public static Map<Kind, KindEstimate> byKind(Ledger ledger) {
        List<SourceArticle> articles = new ArrayList<>(ledger.entries().values());
        articles.sort(RECENCY);
        Map<Kind, KindEstimate> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            KindEstimate e = estimate(articles, kind);
            if (e != null) {
                out.put(kind, e);
            }
        }
        return out;
    }

    /** The latest claim per kind, for one source's articles. */
    public static Map<Kind, LatestClaim> latestByKind(List<SourceArticle> articles) {
        List<SourceArticle> sorted = new ArrayList<>(articles);
        sorted.sort(RECENCY);
        Map<Kind, LatestClaim> out = new EnumMap<>(Kind.class);
        for (SourceArticle a : sorted) {
            for (Claim c : a.claims()) {
                out.put(c.kind(), latest(a, c));
            }
        }
        return out;
    }

    private static KindEstimate estimate(List<SourceArticle> oldestFirst, Kind kind) {
        LatestClaim latest = null;
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        int claims = 0;
        Set<String> articles = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        Instant first = null;
        Instant last = null;
        // distinct figures in order of first appearance, with the articles that print each
        Map<String, Set<String>> articlesByValue = new LinkedHashMap<>();
        Map<String, ValueCount> firstByValue = new LinkedHashMap<>();
        for (SourceArticle a : oldestFirst) {
            for (Claim c : a.claims()) {
                if (c.kind() != kind) {
                    continue;
                }
                claims++;
                articles.add(a.articleId());
                if (a.outlet() != null) {
                    outlets.add(a.outlet());
                }
                lowest = Math.min(lowest, c.low() != null ? c.low() : c.value());
                highest = Math.max(highest, c.value());
                Instant t = a.eventTime();
                if (first == null || t != null && t.isBefore(first)) {
                    first = t;
                }
                if (last == null || t != null && t.isAfter(last)) {
                    last = t;
                }
                // a later article wins; within one article, the later sentence
                latest = latest(a, c);
                String key = c.value() + "/" + c.low();
                articlesByValue.computeIfAbsent(key, k -> new HashSet<>()).add(a.articleId());
                firstByValue.putIfAbsent(key, new ValueCount(c.value(), c.low(), 0, t));
            }
        }
        if (claims == 0) {
            return null;
        }
        List<ValueCount> values = new ArrayList<>();
        firstByValue.forEach((key, v) -> values.add(new ValueCount(v.value(), v.low(), articlesByValue.get(key).size(), v.firstSeen())));
        return new KindEstimate(latest, lowest, highest, claims, articles.size(), outlets.size(), first, last,
                List.copyOf(values));
    }

    private static LatestClaim latest(SourceArticle a, Claim c) {
        return new LatestClaim(c.value(), c.low(), c.qualifier(), c.location(), c.evidence(), a.articleId(), a.url(),
                a.outlet(), a.publishedAt());
    }
}
