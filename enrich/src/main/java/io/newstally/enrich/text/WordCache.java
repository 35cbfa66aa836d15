package io.newstally.enrich.text;

import java.util.Arrays;

/**
 * Words as written, shared across sentences and articles. News vocabulary is Zipfian: a
 * few thousand spellings make most tokens, so a token is only a pointer to its cached entry
 * and an offset. The entry holds what every rule asks of a word, computed once per
 * spelling: the lower-cased form, its word classes, its type and its case (measured with
 * the JMH benchmark: see the enrich README).
 *
 * <p>Keyed by the characters as written, so that a hit is one array comparison with no case
 * folding, and "Kim" and "kim" are two entries sharing one lower-cased string.
 *
 * <p>A two-way set-associative cache: a new word takes the first way of its set and moves the
 * word there to the second, whose word is dropped (a stream's vocabulary has no end). Slots are
 * written without locks; that is safe because an entry is immutable with final fields, so
 * any thread sees either the old or the new complete entry.
 */
final class WordCache {

    private static final int SLOTS = 1 << 16;
    private static final Entry[] CACHE = new Entry[SLOTS];
    /** Punctuation and one-letter words, a tenth of all tokens, by their character: no hashing, no collisions. */
    private static final Entry[] ASCII = new Entry[128];

    /**
     * A spelling and what is known of it, published together.
     *
     * @param chars        the characters as written
     * @param text         the same, as a string
     * @param lower        lower-cased, typographic apostrophes folded to '
     * @param classes      the word classes of {@code lower}, as of {@code version}: the first mask
     * @param highClasses  the second mask
     * @param capitalized  a word whose first letter is upper case
     * @param startsLower  a word whose first character is a lower-case letter
     */
    record Entry(char[] chars, int hash, String text, String lower, Token.Type type, long classes, long highClasses, int version,
                 boolean capitalized, boolean startsLower) {

        Entry withClasses(int version) {
            return new Entry(chars, hash, text, lower, type, WordClass.classesOf(lower), WordClass.highClassesOf(lower), version,
                    capitalized, startsLower);
        }
    }

    private WordCache() {
    }

    /**
     * The cache entry of {@code chars[start, end)}, a token of the given type. {@code h} is
     * the characters' hash ({@code h = 31 * h + c}), which the tokenizer computes in the scan
     * that finds the token.
     */
    static Entry entry(char[] chars, int start, int end, int h, Token.Type type) {
        int version = WordClass.version();
        if (end - start == 1 && chars[start] < 0x80) {
            Entry cached = ASCII[h];
            if (cached != null && cached.version() == version) {
                return cached;
            }
            return ASCII[h] = cached != null ? cached.withClasses(version) : create(chars, start, end, h, type, version);
        }
        // two ways, side by side in one cache line: two frequent words of one slot do not evict each other
        int slot = (h ^ (h >>> 16)) & (SLOTS - 2);
        for (int way = slot; way < slot + 2; way++) {
            Entry cached = CACHE[way];
            if (cached != null && cached.hash() == h && Arrays.equals(cached.chars(), 0, cached.chars().length, chars, start, end)) {
                return cached.version() == version ? cached : (CACHE[way] = cached.withClasses(version));
            }
        }
        Entry entry = create(chars, start, end, h, type, version);
        CACHE[slot + 1] = CACHE[slot]; // the older word moves to the second way, the second one's leaves
        CACHE[slot] = entry;
        return entry;
    }

    private static Entry create(char[] chars, int start, int end, int h, Token.Type type, int version) {
        char[] written = Arrays.copyOfRange(chars, start, end);
        String text = new String(written);
        char[] folded = new char[written.length];
        boolean writtenLower = true;
        for (int i = 0; i < written.length; i++) {
            // inside a word, "CAR\u2018s" is "CAR's"; a lone U+2018 stays a quotation mark
            folded[i] = type == Token.Type.WORD && Tokenizer.isLetterApostrophe(written[i]) ? '\'' : fold(written[i]);
            writtenLower &= folded[i] == written[i];
        }
        String lower = writtenLower ? text : new String(folded);
        return new Entry(written, h, text, lower, type, WordClass.classesOf(lower), WordClass.highClassesOf(lower), version,
                type == Token.Type.WORD && Character.isUpperCase(written[0]), Character.isLowerCase(written[0]));
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
}
