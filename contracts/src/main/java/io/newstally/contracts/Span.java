package io.newstally.contracts;

/** A half-open character range [start, end) of {@link Article#text()}. */
public record Span(int start, int end) {
}
