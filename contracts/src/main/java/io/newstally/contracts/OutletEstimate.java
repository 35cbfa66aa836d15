package io.newstally.contracts;

import java.util.Map;

/**
 * The value of {@code news.estimates.by-outlet}: which sources an outlet cites, with the
 * latest figure of each per kind. Keyed by outlet.
 *
 * @param articles        distinct articles of the outlet that cite any source
 * @param sources         per source, the latest claim per kind: every source the outlet cites, or
 *                        the {@value #MAX_SOURCES} it cites in most articles when there are more
 * @param distinctSources how many sources the outlet cites in all
 */
public record OutletEstimate(String outlet, int articles, Map<String, Map<Kind, LatestClaim>> sources, int distinctSources) {

    /** The most sources a record lists: a record's size must not grow with the articles behind it. */
    public static final int MAX_SOURCES = 32;
}
