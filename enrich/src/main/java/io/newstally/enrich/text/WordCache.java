package io.newstally.enrich.text;

/**
 * Lower-cased word strings shared across sentences and articles. News vocabulary is
 * Zipfian: a few thousand words make most tokens, so handing out one shared string per
 * word saves an allocation per token and, more, the hash every lexicon lookup would
 * compute again on a fresh string (measured with the JMH benchmark: see the enrich README).
 *
 * <p>A direct-mapped cache: a word whose slot holds another word replaces it. Slots are
 * written without locks; that is safe because {@link String} is immutable with final
 * fields, so any thread sees either the old or the new complete string.
 */
final class WordCache {

    private static final int SLOTS = 1 << 16;
    private static final String[] CACHE = new String[SLOTS];

    private WordCache() {
    }

    /** The lower-cased form of {@code text[start, end)}, typographic apostrophes folded to '. */
    static String lower(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = CACHE[slot];
        if (cached != null && sameWord(cached, text, start, end)) {
            return cached;
        }
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = fold(text.charAt(i));
        }
        String word = new String(chars);
        CACHE[slot] = word;
        return word;
    }

    private static boolean sameWord(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word.charAt(i - start) != fold(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
}
