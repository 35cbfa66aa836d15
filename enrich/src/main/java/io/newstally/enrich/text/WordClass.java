package io.newstally.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A named class of words (reporting verbs, personnel nouns, ...) that every token knows its
 * membership of: the word cache computes a word's classes once, as a bit mask, so that the
 * claim rules test a bit instead of hashing the word into each set again (measured with JMH,
 * see the enrich README). The first 64 classes have a bit; any class after them answers by its
 * set, correct but slower, so the hot rules' classes are created first (class loading order:
 * Lexicon's). A class created after a word was cached still answers rightly: a mask carries the
 * version it was computed at, and an old mask falls back to the set.
 */
public final class WordClass {

    private static final List<WordClass> ALL = new ArrayList<>();
    /** Changes when a class is added: masks computed before are recomputed. */
    private static volatile int version;

    private final Predicate<String> members;
    private final long bit;

    private WordClass(Predicate<String> members, long bit) {
        this.members = members;
        this.bit = bit;
    }

    public static WordClass of(String... words) {
        return where(Set.of(words)::contains);
    }

    /** The words that pass a test: computed once per distinct word, like any class. */
    public static synchronized WordClass where(Predicate<String> test) {
        if (ALL.size() == Long.SIZE) {
            return new WordClass(test, 0); // no bit left: answered by the set
        }
        WordClass c = new WordClass(test, 1L << ALL.size());
        ALL.add(c);
        version++;
        return c;
    }

    /** For a word that is not a token (a lower-cased string). */
    public boolean contains(String lowerWord) {
        return members.test(lowerWord);
    }

    /** This class's bit in a word's mask; 0 for a class answered by its set. */
    long bit() {
        return bit;
    }

    static int version() {
        return version;
    }

    /** The classes of a lower-cased word. */
    static synchronized long classesOf(String lowerWord) {
        long mask = 0;
        for (WordClass c : ALL) {
            if (c.members.test(lowerWord)) {
                mask |= c.bit;
            }
        }
        return mask;
    }
}
