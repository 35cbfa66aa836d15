package io.newstally.enrich.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  as written
 * @param lower lower-cased, typographic apostrophes folded to '
 * @param start offset in the article text
 * @param end   end offset (exclusive)
 * @param type  word, number or punctuation
 * @param classes        the {@link WordClass}es of {@code lower}, as a bit mask
 * @param classesVersion the word classes' version the mask was computed at
 */
public record Token(String text, String lower, int start, int end, Type type, long classes, int classesVersion) {

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** Whether the word belongs to the class: a bit test, or a lookup if classes were added since. */
    public boolean in(WordClass c) {
        return classesVersion == WordClass.version() ? (classes & c.bit()) != 0 : c.contains(lower);
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
