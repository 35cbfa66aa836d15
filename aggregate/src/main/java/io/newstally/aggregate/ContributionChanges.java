package io.newstally.aggregate;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.SourceArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each version of an article into changes of its per-source contributions, keyed by
 * source, each with the contribution before and after: a new value for every
 * source whose claims changed, none after for every source the new version no longer cites
 * (or all of them when the article is deleted).
 * An identical re-send changes nothing, not even the ingest time, so it emits nothing.
 * The table that these changes feed does the adding and subtracting.
 */
final class ContributionChanges implements Processor<String, ArticleClaims, String, ContributionChanges.Change> {

    static final String STORE = "article-contributions";
    /**
     * The most sources one article contributes for (the first in its claims): with each
     * contribution's own bounds, one article's stored value stays well under Kafka's record limit
     * whatever the text. A real article quotes a handful.
     */
    static final int MAX_SOURCES_PER_ARTICLE = 16;

    private ProcessorContext<String, Change> context;
    private KeyValueStore<String, ArticleContributions> store;

    /** One source's contribution of one article, before and after a new version (null: none). */
    record Change(SourceArticle before, SourceArticle after) {

        /**
         * The same change keyed by outlet: one record when the outlet stays, a retraction from
         * the old outlet and an addition to the new one when a correction moves the article.
         * A contribution with no outlet has no place in the by-outlet aggregate.
         */
        List<KeyValue<String, Change>> byOutlet() {
            String from = before == null ? null : before.outlet();
            String to = after == null ? null : after.outlet();
            if (java.util.Objects.equals(from, to)) {
                return from == null ? List.of() : List.of(KeyValue.pair(from, this));
            }
            List<KeyValue<String, Change>> out = new java.util.ArrayList<>(2);
            if (from != null) {
                out.add(KeyValue.pair(from, new Change(before, null)));
            }
            if (to != null) {
                out.add(KeyValue.pair(to, new Change(null, after)));
            }
            return out;
        }
    }

    /** The contributions of one article, as last seen. */
    record ArticleContributions(Map<String, SourceArticle> bySource) {
    }

    @Override
    public void init(ProcessorContext<String, Change> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, ArticleClaims> record) {
        String articleId = record.key();
        if (articleId == null) {
            return;
        }
        // enrich refuses such ids; a record written to the enriched topic by anything else is
        // refused here, to the dead-letter topic, so that every store key keeps its bound
        Article.checkId(articleId);
        ArticleContributions old = store.get(articleId);
        Map<String, SourceArticle> before = old == null ? Map.of() : old.bySource();
        Map<String, SourceArticle> after = record.value() == null ? Map.of() : contributions(record.value(), before);
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                context.forward(new Record<>(e.getKey(), new Change(e.getValue(), null), record.timestamp()));
            }
        }
        for (var e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                context.forward(new Record<>(e.getKey(), new Change(before.get(e.getKey()), e.getValue()), record.timestamp()));
            }
        }
        if (after.isEmpty()) {
            store.delete(articleId);
        } else if (!after.equals(before)) {
            store.put(articleId, new ArticleContributions(after));
        }
    }

    private static Map<String, SourceArticle> contributions(ArticleClaims e, Map<String, SourceArticle> before) {
        var a = e.article();
        Map<String, List<Claim>> bySource = e.claims().stream()
                .collect(Collectors.groupingBy(Claim::source, LinkedHashMap::new, Collectors.toList()));
        Map<String, SourceArticle> out = new LinkedHashMap<>();
        bySource.forEach((source, claims) -> {
            if (out.size() == MAX_SOURCES_PER_ARTICLE) {
                return;
            }
            SourceArticle previous = before.get(source);
            // a re-sent identical text keeps the time it was first ingested
            var ingestedAt = previous != null && previous.contentHash() != null
                    && previous.contentHash().equals(a.contentHash()) ? previous.ingestedAt() : a.ingestedAt();
            out.put(source, SourceArticle.bounded(source, a.id(), a.url(), a.outlet(), a.publishedAt(), ingestedAt,
                    a.contentHash(), claims));
        });
        return out;
    }
}
