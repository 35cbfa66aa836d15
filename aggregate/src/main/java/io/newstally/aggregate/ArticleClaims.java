package io.newstally.aggregate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newstally.contracts.Claim;
import java.time.Instant;
import java.util.List;

/**
 * What the aggregates read of an enriched article: its identity, times and claims. Reading
 * this view of {@code news.articles.enriched} skips the text, sentences, figures and entities
 * (most of each record) instead of building them. They are named, not left as unknown:
 * Jackson keeps a copy of each unknown field until a record's constructor can be called,
 * which was a tenth of the aggregate service's CPU time.
 */
@JsonIgnoreProperties({"sentences", "figures", "entities"})
record ArticleClaims(Meta article, List<Claim> claims) {

    /** The article without its text. */
    @JsonIgnoreProperties({"title", "body", "origin"})
    record Meta(String id, String url, String outlet, Instant publishedAt, Instant ingestedAt, String contentHash) {
    }
}
