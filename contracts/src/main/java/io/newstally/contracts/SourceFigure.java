package io.newstally.contracts;

import java.time.Instant;

/**
 * One source's latest figure of one kind, as the range of estimates lists it.
 *
 * @param source    the source's id ("KR")
 * @param name      the name people read ("South Korea"); null when none is known
 * @param value     the figure as stated (the upper end of a stated range)
 * @param low       the lower end of a stated range ("between 1,000 and 1,500"), else null
 * @param at        when it was published (the article's event time: publication, else ingest time)
 * @param articleId the article that gives it
 * @param outlet    the outlet that printed it, when known
 */
public record SourceFigure(String source, String name, long value, Long low, Instant at, String articleId, String outlet) {

    /** The lowest number the figure allows: its range's lower end, else its value. */
    public long lowEnd() {
        return low != null ? low : value;
    }

    /** The figure for the median: a stated range's midpoint, else its value. */
    public long best() {
        return low != null ? (low + value) / 2 : value;
    }

    /** The source's latest figure of a kind, or null when it gives none or is not a party (unattributed figures). */
    public static SourceFigure latestOf(SourceEstimate e, Kind kind) {
        if (e == null || Claim.UNATTRIBUTED.equals(e.source())) {
            return null;
        }
        KindEstimate k = e.kinds().get(kind);
        if (k == null || k.latest() == null) {
            return null;
        }
        LatestClaim c = k.latest();
        Instant at = c.publishedAt() != null ? c.publishedAt() : k.lastSeen();
        return new SourceFigure(e.source(), e.name(), c.value(), c.low(), at, c.articleId(), c.outlet());
    }

    /** "South Korea (KR)", as {@link SourceEstimate#label()} reads a source. */
    public String label() {
        return SourceEstimate.label(source, name);
    }
}
