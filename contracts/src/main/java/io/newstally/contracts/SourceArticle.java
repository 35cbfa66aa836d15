package io.newstally.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What one article says on behalf of one source: the unit that aggregates add and retract.
 * Keyed by source (or outlet) on the aggregate service's repartition topics.
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

    /** The most claims one article contributes for one source: enough for any real article. */
    public static final int MAX_CLAIMS = 32;
    /** The longest evidence kept: a real sentence is far shorter; a longer "sentence" is cut, marked with an ellipsis. */
    public static final int MAX_EVIDENCE_CHARS = 1_000;
    /** The longest outlet name, URL and location kept (longer ones are cut). */
    public static final int MAX_OUTLET_CHARS = 200;
    public static final int MAX_URL_CHARS = 2_000;
    public static final int MAX_LOCATION_CHARS = 200;

    /**
     * A contribution within its size bounds, so that every record and stored value built from it
     * has a size that does not depend on the input: at most {@value #MAX_CLAIMS} claims, each
     * with at most {@value #MAX_EVIDENCE_CHARS} characters of evidence and
     * {@value #MAX_LOCATION_CHARS} of location; outlet and URL cut likewise.
     */
    public static SourceArticle bounded(String source, String articleId, String url, String outlet, Instant publishedAt,
                                        Instant ingestedAt, String contentHash, List<Claim> claims) {
        List<Claim> kept = claims.size() <= MAX_CLAIMS ? claims : claims.subList(0, MAX_CLAIMS);
        kept = kept.stream().map(c -> c.evidence() != null && c.evidence().length() > MAX_EVIDENCE_CHARS
                        || c.location() != null && c.location().length() > MAX_LOCATION_CHARS
                        || c.sourceName() != null && c.sourceName().length() > Claim.MAX_SOURCE_NAME_CHARS
                ? new Claim(c.value(), c.low(), c.qualifier(), c.source(), c.kind(), cut(c.location(), MAX_LOCATION_CHARS),
                        cut(c.evidence(), MAX_EVIDENCE_CHARS), c.evidenceStart(), c.evidenceEnd(),
                        cut(c.sourceName(), Claim.MAX_SOURCE_NAME_CHARS))
                : c).toList();
        return new SourceArticle(source, articleId, cut(url, MAX_URL_CHARS), cut(outlet, MAX_OUTLET_CHARS), publishedAt,
                ingestedAt, contentHash, kept);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    public Instant eventTime() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}
