package io.newstally.enrich.text;

/**
 * A word, number or punctuation mark of a sentence. Small on purpose (an article makes
 * hundreds): the lower-cased form and its word classes are the shared {@link WordCache}
 * entry, and the text as written is cut from the article only when asked for.
 */
public final class Token {

    public enum Type { WORD, NUMBER, PUNCT }

    private final String source;
    private final WordCache.Entry word;
    private final int start;
    private final int end;
    private final Type type;
    private final boolean writtenLower;
    private final boolean capitalized;

    Token(String source, WordCache.Entry word, int start, int end, Type type, boolean writtenLower, boolean capitalized) {
        this.source = source;
        this.word = word;
        this.start = start;
        this.end = end;
        this.type = type;
        this.writtenLower = writtenLower;
        this.capitalized = capitalized;
    }

    /** As written. */
    public String text() {
        return writtenLower ? word.word() : source.substring(start, end);
    }

    /** Lower-cased, typographic apostrophes folded to '. */
    public String lower() {
        return word.word();
    }

    /** Offset in the article text. */
    public int start() {
        return start;
    }

    /** End offset in the article text (exclusive). */
    public int end() {
        return end;
    }

    public int length() {
        return end - start;
    }

    public Type type() {
        return type;
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** Whether the word belongs to the class: a bit test, or a lookup if classes were added since. */
    public boolean in(WordClass c) {
        return word.version() == WordClass.version() ? (word.classes() & c.bit()) != 0 : c.contains(word.word());
    }

    public boolean is(String lowerText) {
        return word.word().equals(lowerText);
    }

    /** A word whose first letter is upper case. */
    public boolean isCapitalized() {
        return capitalized;
    }

    public boolean startsLowerCase() {
        return Character.isLowerCase(source.charAt(start));
    }

    @Override
    public String toString() {
        return text();
    }
}
