package io.newstally.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A source's running estimate for one kind (deployed, planned, casualties).
 *
 * @param latest    the claim of the most recent article (publication time, then ingest time)
 * @param lowest    the lowest value claimed
 * @param highest   the highest value claimed
 * @param claims    number of claims
 * @param articles  number of distinct articles
 * @param outlets   number of distinct outlets
 * @param firstSeen event time of the first article
 * @param lastSeen  event time of the last article
 * @param values    the distinct values with their number of articles, in order of first appearance:
 *                  all of them, or the {@value #MAX_VALUES} reported by most articles when there are more
 * @param distinctValues how many distinct values there are in all
 */
public record KindEstimate(
        LatestClaim latest,
        long lowest,
        long highest,
        int claims,
        int articles,
        int outlets,
        Instant firstSeen,
        Instant lastSeen,
        List<ValueCount> values,
        int distinctValues) {

    /** The most values a record lists: a record's size must not grow with the articles behind it. */
    public static final int MAX_VALUES = 20;
}
