package io.newstally.contracts;

import java.time.Instant;

/**
 * A claim as published on the claims topic: the claim with the article it comes from.
 * Keyed by article id, so that all claims of one article stay in order on one partition.
 */
public record ReportedClaim(
        String articleId,
        String url,
        String outlet,
        Instant publishedAt,
        Instant ingestedAt,
        long value,
        Long low,
        Qualifier qualifier,
        String source,
        Kind kind,
        String location,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        String sourceName) {

    public static ReportedClaim of(Article a, Claim c) {
        return new ReportedClaim(a.id(), a.url(), a.outlet(), a.publishedAt(), a.ingestedAt(),
                c.value(), c.low(), c.qualifier(), c.source(), c.kind(), c.location(),
                c.evidence(), c.evidenceStart(), c.evidenceEnd(), c.sourceName());
    }
}
