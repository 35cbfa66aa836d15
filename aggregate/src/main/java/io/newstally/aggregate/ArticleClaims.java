package io.newstally.aggregate;

import io.newstally.contracts.Claim;
import java.time.Instant;
import java.util.List;

/**
 * What the aggregates read of an enriched article: its identity, times and claims. Reading
 * this view of {@code news.articles.enriched} skips the text, sentences, figures and entities
 * (most of each record) instead of building them.
 */
record ArticleClaims(Meta article, List<Claim> claims) {

    /** The article without its text. */
    record Meta(String id, String url, String outlet, Instant publishedAt, Instant ingestedAt, String contentHash) {
    }
}
