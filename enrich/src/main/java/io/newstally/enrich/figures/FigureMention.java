package io.newstally.enrich.figures;

import io.newstally.contracts.Qualifier;

/**
 * A figure found among a sentence's tokens.
 *
 * @param first     index of its first token, qualifier included
 * @param numStart  index of the first number token (after the qualifier)
 * @param last      index of its last token (inclusive)
 * @param value     the number, or the upper bound of a range
 * @param low       the lower bound of a range, else null
 * @param qualifier how it is hedged
 * @param unit      what follows the number itself, when it is not a count of things
 * @param form      the number form that read the value ({@link Figures}): "digits", "scale-word",
 *                  "words", "range-to", ...
 */
public record FigureMention(int first, int numStart, int last, double value, Double low, Qualifier qualifier, Unit unit,
                            String form) {

    public enum Unit {
        /** A plain count: "3,000", "ten thousand". */
        COUNT,
        /** "83%", "12 percent". */
        PERCENT,
        /** "$50 billion", "200 dollars". */
        MONEY,
        /** "1950", "2023": a bare four-digit number that reads as a year. */
        YEAR
    }

    public boolean isWholeCount() {
        return unit == Unit.COUNT && value >= 1 && value == Math.rint(value) && (low == null || low == Math.rint(low));
    }
}
