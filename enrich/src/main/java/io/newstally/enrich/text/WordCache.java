package io.newstally.enrich.text;

import java.util.Arrays;

/**
 * Lower-cased word strings shared across sentences and articles. News vocabulary is
 * Zipfian: a few thousand words make most tokens, so handing out one shared string per
 * word saves an allocation per token and, more, the hash every lexicon lookup would
 * compute again on a fresh string (measured with the JMH benchmark: see the enrich README).
 *
 * <p>A direct-mapped cache: a word whose slot holds another word replaces it. Slots are
 * written without locks; that is safe because an entry is immutable with final fields, so
 * any thread sees either the old or the new complete entry.
 */
final class WordCache {

    private static final int SLOTS = 1 << 16;
    private static final Entry[] CACHE = new Entry[SLOTS];
    /** Punctuation and one-letter words, a tenth of all tokens, by their character: no hashing, no collisions. */
    private static final Entry[] ASCII = new Entry[128];

    /** A word, its characters and its word classes, published together. */
    record Entry(String word, char[] chars, int hash, long classes, int version) {
    }

    private WordCache() {
    }

    /**
     * The cache entry of {@code chars[start, end)}: the lower-cased word and its classes.
     * {@code h} is the hash of the folded characters ({@code h = 31 * h + fold(c)}), which the
     * tokenizer computes in the scan that finds the word.
     */
    static Entry entry(char[] chars, int start, int end, int h) {
        boolean single = end - start == 1 && chars[start] < 0x80;
        Entry[] table = single ? ASCII : CACHE;
        int slot = single ? h : (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry cached = table[slot];
        int version = WordClass.version();
        if (cached != null && cached.hash() == h && sameWord(cached.chars(), chars, start, end)) {
            if (cached.version() == version) {
                return cached;
            }
            Entry fresh = new Entry(cached.word(), cached.chars(), h, WordClass.classesOf(cached.word()), version);
            table[slot] = fresh;
            return fresh;
        }
        char[] folded = new char[end - start];
        for (int i = start; i < end; i++) {
            folded[i - start] = fold(chars[i]);
        }
        String word = new String(folded);
        Entry entry = new Entry(word, folded, h, WordClass.classesOf(word), version);
        table[slot] = entry;
        return entry;
    }

    private static boolean sameWord(char[] word, char[] chars, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        if (Arrays.equals(word, 0, word.length, chars, start, end)) {
            return true; // written in lower case, as most words are
        }
        for (int i = start; i < end; i++) {
            if (word[i - start] != fold(chars[i])) {
                return false;
            }
        }
        return true;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
}
