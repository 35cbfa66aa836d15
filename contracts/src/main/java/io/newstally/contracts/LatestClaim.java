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
        Instant publishedAt) {
}
