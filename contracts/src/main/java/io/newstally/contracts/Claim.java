package io.newstally.contracts;

/**
 * One troop-estimate claim found in an article, as defined by the evaluation guidelines.
 *
 * @param value         number of people; the upper bound of a range
 * @param low           lower bound of a range, else null
 * @param qualifier     exact, at least, at most, about
 * @param source        canonical id of the claimant ("US", "KR", "UNATTRIBUTED", ...)
 * @param kind          deployed, planned or casualties
 * @param location      the place the figure is tied to, as written, or null
 * @param evidence      the sentence the claim comes from, verbatim
 * @param evidenceStart offset of the sentence in {@link Article#text()}
 * @param evidenceEnd   end offset (exclusive) of the sentence in {@link Article#text()}
 * @param sourceName    the name people read for the source ("South Korea", "Human Rights Watch",
 *                      "Unattributed"), or null from an older producer; {@code source} is the key
 */
public record Claim(
        long value,
        Long low,
        Qualifier qualifier,
        String source,
        Kind kind,
        String location,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        String sourceName) {

    public static final String UNATTRIBUTED = "UNATTRIBUTED";
    /** The name people read for {@link #UNATTRIBUTED}. */
    public static final String UNATTRIBUTED_NAME = "Unattributed";
    /** The longest source name kept. */
    public static final int MAX_SOURCE_NAME_CHARS = 200;

    /** A claim without the source's name (tests, older producers). */
    public Claim(long value, Long low, Qualifier qualifier, String source, Kind kind, String location, String evidence,
                 int evidenceStart, int evidenceEnd) {
        this(value, low, qualifier, source, kind, location, evidence, evidenceStart, evidenceEnd, null);
    }

    /** The same claim from another source, and that source's name (null when not known yet). */
    public Claim withSource(String source, String sourceName) {
        return new Claim(value, low, qualifier, source, kind, location, evidence, evidenceStart, evidenceEnd, sourceName);
    }

    /** Claims that share value, low, source and kind are one claim within an article. */
    public boolean sameClaimAs(Claim other) {
        return value == other.value
                && java.util.Objects.equals(low, other.low)
                && source.equals(other.source)
                && kind == other.kind;
    }
}
