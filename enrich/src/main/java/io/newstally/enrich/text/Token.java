package io.newstally.enrich.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  as written
 * @param lower lower-cased, typographic apostrophes folded to '
 * @param start offset in the article text
 * @param end   end offset (exclusive)
 * @param type  word, number or punctuation
 */
public record Token(String text, String lower, int start, int end, Type type) {

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
