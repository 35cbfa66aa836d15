package io.newstally.contracts;

import java.util.Map;

/**
 * The value of {@code news.estimates.by-outlet}: which sources an outlet cites, with the
 * latest figure of each per kind. Keyed by outlet.
 */
public record OutletEstimate(String outlet, int articles, Map<String, Map<Kind, LatestClaim>> sources) {
}
