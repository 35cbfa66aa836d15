package io.newstally.contracts;

/**
 * A number found in the text, normalised ("at least 3,000" is value 3000, qualifier at_least).
 *
 * @param text      the figure as written, qualifier included
 * @param start     offset in {@link Article#text()}
 * @param end       end offset (exclusive)
 * @param value     the number, or the upper bound of a range
 * @param low       the lower bound of a range, else null
 * @param qualifier how it is hedged
 */
public record Figure(String text, int start, int end, double value, Double low, Qualifier qualifier) {
}
