package io.newstally.enrich.text;

/**
 * A word, number or punctuation mark of a sentence. Small on purpose (an article makes
 * hundreds): everything about the word as written is its shared {@link WordCache} entry;
 * the token adds only where it stands.
 */
public final class Token {

    public enum Type { WORD, NUMBER, PUNCT }

    private final WordCache.Entry word;
    private final int start;

    Token(WordCache.Entry word, int start) {
        this.word = word;
        this.start = start;
    }

    /** As written. */
    public String text() {
        return word.text();
    }

    /** Lower-cased, typographic apostrophes folded to '. */
    public String lower() {
        return word.lower();
    }

    /** Offset in the article text. */
    public int start() {
        return start;
    }

    /** End offset in the article text (exclusive). */
    public int end() {
        return start + word.chars().length;
    }

    public int length() {
        return word.chars().length;
    }

    public Type type() {
        return word.type();
    }

    public boolean isWord() {
        return word.type() == Type.WORD;
    }

    public boolean isNumber() {
        return word.type() == Type.NUMBER;
    }

    /** Whether the word belongs to the class: a bit test, or a lookup if classes were added since. */
    public boolean in(WordClass c) {
        return word.version() == WordClass.version() && c.bit() != 0 ? c.in(word.classes(), word.highClasses()) : c.contains(word.lower());
    }

    public boolean is(String lowerText) {
        // rules ask this of most tokens, mostly with an answer of no: lengths and cached hashes say no at once
        String lower = word.lower();
        return lower == lowerText || lower.length() == lowerText.length() && lower.hashCode() == lowerText.hashCode()
                && lower.equals(lowerText);
    }

    /** A word whose first letter is upper case. */
    public boolean isCapitalized() {
        return word.capitalized();
    }

    public boolean startsLowerCase() {
        return word.startsLower();
    }

    @Override
    public String toString() {
        return text();
    }
}
