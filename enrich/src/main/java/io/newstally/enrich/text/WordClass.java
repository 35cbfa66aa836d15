package io.newstally.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A named class of words (reporting verbs, personnel nouns, ...) that every token knows its
 * membership of: the word cache computes a word's classes once, as a bit mask, so that the
 * claim rules test a bit instead of hashing the word into each set again (measured with JMH,
 * see the enrich README). 128 classes have a bit, in two masks (one long would not hold the rules'
 * classes); any class after them answers by its set, correct but slower. A class created after a
 * word was cached still answers rightly: a mask carries the version it was computed at, and an old
 * mask falls back to the set.
 */
public final class WordClass {

    private static final List<WordClass> ALL = new ArrayList<>();
    /** Changes when a class is added: masks computed before are recomputed. */
    private static volatile int version;

    /** Classes with a bit: two masks of 64. */
    static final int BITS = 2 * Long.SIZE;

    private final Predicate<String> members;
    private final long bit;
    /** Whether the bit is in the second mask. */
    private final boolean high;

    private WordClass(Predicate<String> members, long bit, boolean high) {
        this.members = members;
        this.bit = bit;
        this.high = high;
    }

    public static WordClass of(String... words) {
        return where(Set.of(words)::contains);
    }

    /** The words that pass a test: computed once per distinct word, like any class. */
    public static synchronized WordClass where(Predicate<String> test) {
        if (ALL.size() == BITS) {
            return new WordClass(test, 0, false); // no bit left: answered by the set
        }
        int index = ALL.size();
        WordClass c = new WordClass(test, 1L << (index % Long.SIZE), index >= Long.SIZE);
        ALL.add(c);
        version++;
        return c;
    }

    /** For a word that is not a token (a lower-cased string). */
    public boolean contains(String lowerWord) {
        return members.test(lowerWord);
    }

    /** This class's bit in its mask; 0 for a class answered by its set. */
    long bit() {
        return bit;
    }

    /** Whether a word's two masks hold this class (a class with a bit only). */
    boolean in(long low, long highMask) {
        return ((high ? highMask : low) & bit) != 0;
    }

    static int version() {
        return version;
    }

    /** The classes of a lower-cased word: the first mask. */
    static synchronized long classesOf(String lowerWord) {
        return maskOf(lowerWord, false);
    }

    /** The classes of a lower-cased word: the second mask. */
    static synchronized long highClassesOf(String lowerWord) {
        return maskOf(lowerWord, true);
    }

    private static long maskOf(String lowerWord, boolean high) {
        long mask = 0;
        for (WordClass c : ALL) {
            if (c.high == high && c.members.test(lowerWord)) {
                mask |= c.bit;
            }
        }
        return mask;
    }
}
