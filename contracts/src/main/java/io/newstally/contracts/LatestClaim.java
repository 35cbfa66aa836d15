package io.newstally.contracts;

import java.time.Instant;

/** The most recent claim of a source for one kind, with where it was printed. */
public record LatestClaim(
        long value,
        Long low,
        Qualifier qualifier,
        String location,
        String evidence,
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        String sourceName) {

    /** A claim of one article's contribution, with where it was printed. */
    public static LatestClaim of(SourceArticle a, Claim c) {
        return new LatestClaim(c.value(), c.low(), c.qualifier(), c.location(), c.evidence(), a.articleId(), a.url(),
                a.outlet(), a.publishedAt(), c.sourceName());
    }
}
