package io.newstally.contracts;

import java.util.Map;

/**
 * The value of {@code news.estimates.by-source}: everything newstally knows of what one
 * source claims, per kind. Keyed by source id; a tombstone means no claim of it is left.
 */
public record SourceEstimate(String source, Map<Kind, KindEstimate> kinds) {
}
