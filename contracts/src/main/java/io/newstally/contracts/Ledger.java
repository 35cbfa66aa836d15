package io.newstally.contracts;

import java.util.Map;
import java.util.TreeMap;

/**
 * The state behind an aggregate: every source-article contribution that is currently in it,
 * keyed {@code source|articleId}. Kafka Streams' table aggregation adds a contribution when an
 * article appears or changes and subtracts the old one when it changes or is deleted; lowest,
 * highest and latest are then computed from what is left, so retractions are exact.
 */
public record Ledger(Map<String, SourceArticle> entries) {

    public static Ledger empty() {
        return new Ledger(new TreeMap<>());
    }

    public Ledger plus(SourceArticle a) {
        TreeMap<String, SourceArticle> next = new TreeMap<>(entries);
        next.put(a.key(), a);
        return new Ledger(next);
    }

    public Ledger minus(SourceArticle a) {
        TreeMap<String, SourceArticle> next = new TreeMap<>(entries);
        next.remove(a.key());
        return new Ledger(next);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
