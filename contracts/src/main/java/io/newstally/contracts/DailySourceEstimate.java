package io.newstally.contracts;

import java.time.LocalDate;
import java.util.Map;

/**
 * The value of {@code news.estimates.by-source.daily}: a source's estimates from the articles
 * published on one day (UTC). Keyed {@code source|yyyy-MM-dd}.
 */
public record DailySourceEstimate(String source, LocalDate day, Map<Kind, KindEstimate> kinds) {
}
