package io.newstally.contracts;

import java.time.Instant;

/** One distinct figure a source gave, how many articles report it, and when it first appeared. */
public record ValueCount(long value, Long low, int articles, Instant firstSeen) {
}
