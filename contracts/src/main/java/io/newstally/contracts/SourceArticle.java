package io.newstally.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What one article says on behalf of one source: the unit that aggregates add and retract.
 * Keyed {@code source|articleId} on the aggregate service's internal table.
 */
public record SourceArticle(
        String source,
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        Instant ingestedAt,
        String contentHash,
        List<Claim> claims) {

    public String key() {
        return source + "|" + articleId;
    }

    public Instant eventTime() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
