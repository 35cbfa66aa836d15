package io.newstally.enrich.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * The tokens of one sentence, and the union of their word classes. Most sentences hold no
 * number, reporting verb or personnel noun: a rule that needs one skips such a sentence with
 * one bit test instead of a pass over its tokens. The summary holds for the tokens the
 * tokenizer added; once anyone else adds or replaces one, the answers come from a scan.
 */
public final class Tokens extends ArrayList<Token> {

    private long classes;
    private long highClasses;
    /** The class version {@link #classes} was computed at; -1 when its tokens' masks disagreed. */
    private int version;
    private boolean hasNumber;
    /** Only the tokenizer has added tokens: the summary is complete. */
    private boolean summarized = true;

    Tokens(int capacity) {
        super(capacity);
        this.version = WordClass.version();
    }

    /** Adds a token the tokenizer made, folding its classes into the sentence's. */
    void addToken(Token t, WordCache.Entry word) {
        super.add(t);
        classes |= word.classes();
        highClasses |= word.highClasses();
        hasNumber |= word.type() == Token.Type.NUMBER;
        if (word.version() != version) {
            version = -1;
        }
    }

    /** Whether any token of the sentence is in the class. */
    public boolean has(WordClass c) {
        if (summarized && version == WordClass.version() && c.bit() != 0) {
            return c.in(classes, highClasses);
        }
        for (int k = 0, n = size(); k < n; k++) {
            if (get(k).in(c)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasNumber() {
        return summarized ? hasNumber : stream().anyMatch(Token::isNumber);
    }

    @Override
    public boolean add(Token t) {
        summarized = false;
        return super.add(t);
    }

    @Override
    public void add(int index, Token t) {
        summarized = false;
        super.add(index, t);
    }

    @Override
    public Token set(int index, Token t) {
        summarized = false;
        return super.set(index, t);
    }

    @Override
    public boolean addAll(Collection<? extends Token> c) {
        summarized = false;
        return super.addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends Token> c) {
        summarized = false;
        return super.addAll(index, c);
    }

    @Override
    public void replaceAll(UnaryOperator<Token> operator) {
        summarized = false;
        super.replaceAll(operator);
    }
}
