package io.newstally.enrich.text;

import java.util.ArrayList;

/**
 * The tokens of one sentence, and the union of their word classes. Most sentences hold no
 * number, reporting verb or personnel noun: a rule that needs one skips such a sentence with
 * one bit test instead of a pass over its tokens.
 */
public final class Tokens extends ArrayList<Token> {

    private long classes;
    /** The class version {@link #classes} was computed at; -1 when its tokens' masks disagreed. */
    private int version;
    private boolean hasNumber;

    Tokens(int capacity) {
        super(capacity);
        this.version = WordClass.version();
    }

    /** Adds a token the tokenizer made, folding its classes into the sentence's. */
    void addToken(Token t, WordCache.Entry word) {
        add(t);
        classes |= word.classes();
        hasNumber |= word.type() == Token.Type.NUMBER;
        if (word.version() != version) {
            version = -1;
        }
    }

    /** Whether any token of the sentence is in the class. */
    public boolean has(WordClass c) {
        if (version == WordClass.version()) {
            return (classes & c.bit()) != 0;
        }
        for (int k = 0, n = size(); k < n; k++) {
            if (get(k).in(c)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasNumber() {
        return hasNumber;
    }
}
