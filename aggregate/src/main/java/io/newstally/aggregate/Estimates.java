package io.newstally.aggregate;

import io.newstally.contracts.Claim;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.LatestClaim;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.ValueCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published estimates computed from scratch, from every live contribution: the definition
 * that the incremental stores of the topology must reproduce, and the offline computation that
 * tests and the benchmark compare the topics with. Pure functions: same contributions, same output.
 */
public final class Estimates {

    /** Oldest first: publication time, then ingest time, then article id (as UTF-8 bytes) for a stable order. */
    public static final Comparator<SourceArticle> RECENCY = Comparator
            .comparing(SourceArticle::eventTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourceArticle::ingestedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> StoreKeys.utf8(a.articleId()), java.util.Arrays::compareUnsigned);

    private Estimates() {
    }

    /** One source's (or one source-day's) estimate per kind; empty when no claim is left. */
    public static Map<Kind, KindEstimate> byKind(Collection<SourceArticle> contributions) {
        List<SourceArticle> articles = new ArrayList<>(contributions);
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

    /** One outlet's estimate from its contributions (every source), or null when none is left. */
    public static OutletEstimate outlet(String outlet, Collection<SourceArticle> contributions) {
        if (contributions.isEmpty()) {
            return null;
        }
        Map<String, List<SourceArticle>> bySource = new TreeMap<>();
        Set<String> articles = new HashSet<>();
        for (SourceArticle c : contributions) {
            bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c);
            articles.add(c.articleId());
        }
        List<String> listed = new ArrayList<>(bySource.keySet());
        // most articles first, then source id: the same order the store's index keeps
        listed.sort(Comparator.comparing((String s) -> -bySource.get(s).size())
                .thenComparing(StoreKeys::utf8, java.util.Arrays::compareUnsigned));
        Map<String, Map<Kind, LatestClaim>> sources = new TreeMap<>();
        for (String source : listed.subList(0, Math.min(OutletEstimate.MAX_SOURCES, listed.size()))) {
            sources.put(source, latestByKind(bySource.get(source)));
        }
        return new OutletEstimate(outlet, articles.size(), sources, bySource.size());
    }

    /** The latest claim per kind, for one source's articles: the later article, then the later sentence. */
    static Map<Kind, LatestClaim> latestByKind(List<SourceArticle> articles) {
        List<SourceArticle> sorted = new ArrayList<>(articles);
        sorted.sort(RECENCY);
        Map<Kind, LatestClaim> out = new EnumMap<>(Kind.class);
        for (SourceArticle a : sorted) {
            for (Claim c : a.claims()) {
                out.put(c.kind(), LatestClaim.of(a, c));
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
                latest = LatestClaim.of(a, c);
                String key = c.value() + "/" + c.low();
                articlesByValue.computeIfAbsent(key, k -> new HashSet<>()).add(a.articleId());
                firstByValue.putIfAbsent(key, new ValueCount(c.value(), c.low(), 0, t));
            }
        }
        if (claims == 0) {
            return null;
        }
        Map<String, Integer> position = new HashMap<>();
        List<ValueCount> values = new ArrayList<>();
        firstByValue.forEach((key, v) -> {
            position.put(key, values.size());
            values.add(new ValueCount(v.value(), v.low(), articlesByValue.get(key).size(), v.firstSeen()));
        });
        int distinct = values.size();
        if (distinct > KindEstimate.MAX_VALUES) {
            // the values most articles report (ties: the lower value), listed in order of first appearance
            List<ValueCount> top = new ArrayList<>(values);
            top.sort(Comparator.comparing((ValueCount v) -> -v.articles()).thenComparing(ValueCount::value)
                    .thenComparing(ValueCount::low, Comparator.nullsFirst(Comparator.naturalOrder())));
            top = new ArrayList<>(top.subList(0, KindEstimate.MAX_VALUES));
            top.sort(Comparator.comparing(v -> position.get(v.value() + "/" + v.low())));
            values.clear();
            values.addAll(top);
        }
        return new KindEstimate(latest, lowest, highest, claims, articles.size(), outlets.size(), first, last,
                List.copyOf(values), distinct);
    }

}
