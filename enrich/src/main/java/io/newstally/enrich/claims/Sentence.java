package io.newstally.enrich.claims;

import io.newstally.contracts.EntityType;
import io.newstally.contracts.Span;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import io.newstally.enrich.text.WordClass;
import java.util.List;

/**
 * One sentence as the sieves read it: its tokens, the parties named in it, its figures, and
 * where its quotations run. The helpers answer the questions every sieve asks of a token.
 */
final class Sentence {

    final char[] text;
    final Span span;
    final int index;
    final int paragraph;
    final boolean isTitle;
    final Tokens tokens;
    final List<AliasMatch> aliases;
    final List<FigureMention> figures;
    /** The alias covering each token, or null for a sentence that names nobody. */
    private final AliasMatch[] aliasAt;
    /** Per token, the index of the quotation mark that opened the quotation it stands in (-1: opened before the sentence); -2 outside quotations. */
    private final int[] quoteOpenedAt;
    /** Per token, where its quotation closes (the closing mark's index; size(): not in this sentence). */
    private final int[] quoteClosesAt;
    /** Whether the sentence ends inside a quotation it or an earlier one opened. */
    final boolean endsInQuote;

    Sentence(char[] text, Span span, int index, int paragraph, boolean isTitle, Tokens tokens,
             List<AliasMatch> aliases, List<FigureMention> figures, boolean startsInQuote) {
        this.text = text;
        this.span = span;
        this.index = index;
        this.paragraph = paragraph;
        this.isTitle = isTitle;
        this.tokens = tokens;
        this.aliases = aliases;
        this.figures = figures;
        this.aliasAt = AliasMatch.coverage(tokens.size(), aliases);
        int n = tokens.size();
        if (!startsInQuote && !tokens.has(Lexicon.QUOTE_MARKS) && !tokens.has(SINGLE_QUOTES)) {
            this.quoteOpenedAt = null; // most sentences quote nobody: no arrays for them
            this.quoteClosesAt = null;
            this.endsInQuote = false;
            return;
        }
        this.quoteOpenedAt = new int[n];
        this.quoteClosesAt = new int[n];
        boolean inside = startsInQuote;
        int openedAt = -1;
        int from = 0;
        for (int k = 0; k < n; k++) {
            int mark = quoteMark(k, inside);
            if (mark > 0 && !inside) {
                inside = true;
                openedAt = k;
                from = k;
                quoteOpenedAt[k] = -2;
                continue;
            }
            if (mark < 0 && inside) {
                for (int j = from; j < k; j++) {
                    quoteClosesAt[j] = k;
                }
                inside = false;
                quoteOpenedAt[k] = -2;
                from = k + 1;
                continue;
            }
            quoteOpenedAt[k] = inside ? openedAt : -2;
            if (!inside) {
                from = k + 1;
            }
        }
        if (inside) {
            for (int j = from; j < n; j++) {
                quoteClosesAt[j] = n;
            }
        }
        this.endsInQuote = inside;
    }

    /** Single quotation marks and apostrophes as tokens of their own: a quotation may open or close at one. */
    private static final io.newstally.enrich.text.WordClass SINGLE_QUOTES = io.newstally.enrich.text.WordClass.of("'", "\u2018");

    /** The same sentence read as continuing a quotation opened before it. */
    Sentence startingInQuote() {
        return new Sentence(text, span, index, paragraph, isTitle, tokens, aliases, figures, true);
    }

    int size() {
        return tokens.size();
    }

    Token get(int k) {
        return tokens.get(k);
    }

    boolean is(int k, String lower) {
        return k >= 0 && k < tokens.size() && tokens.get(k).is(lower);
    }

    boolean in(int k, WordClass c) {
        return k >= 0 && k < tokens.size() && tokens.get(k).in(c);
    }

    boolean has(WordClass c) {
        return tokens.has(c);
    }

    /** The alias covering token k, or null. */
    AliasMatch alias(int k) {
        return aliasAt == null || k < 0 || k >= aliasAt.length ? null : aliasAt[k];
    }

    AliasMatch aliasStartingAt(int k) {
        AliasMatch m = alias(k);
        return m != null && m.first() == k ? m : null;
    }

    AliasMatch aliasEndingAt(int k) {
        AliasMatch m = alias(k);
        return m != null && m.last() == k ? m : null;
    }

    /** A party that can speak: a state, body, person or named group, not an outlet or a place. */
    static boolean speaks(AliasMatch m) {
        return m != null && m.sourceId() != null && m.alias().type() != EntityType.OUTLET && m.alias().type() != EntityType.PLACE;
    }

    static boolean isOutlet(AliasMatch m) {
        return m != null && m.alias().type() == EntityType.OUTLET;
    }

    /** Whether token k stands inside a quotation (its marks aside). */
    boolean inQuote(int k) {
        return quoteOpenedAt != null && quoteOpenedAt[k] != -2;
    }

    /** Where the quotation around token k opened: its mark's index, -1 in an earlier sentence. */
    int quoteOpen(int k) {
        return quoteOpenedAt == null ? -2 : quoteOpenedAt[k];
    }

    /** Where the quotation around token k closes: its mark's index, size() when not in this sentence. */
    int quoteClose(int k) {
        return quoteClosesAt == null ? -1 : quoteClosesAt[k];
    }

    /**
     * Whether token k is a quotation mark that opens (1) or closes (-1) a quotation, given whether
     * one is open; 0 for any other token. Straight marks do both; a single mark counts only where
     * it stands apart from a word on the outside ("'This is high,' said X"), since it is also an
     * apostrophe.
     */
    private int quoteMark(int k, boolean inside) {
        Token t = tokens.get(k);
        String w = t.text();
        if (w.length() != 1) {
            return 0;
        }
        char c = w.charAt(0);
        switch (c) {
            case '\u201C', '\u00AB', '\u2018' -> {
                return 1;
            }
            case '\u201D', '\u00BB' -> {
                return -1;
            }
            case '"' -> {
                return inside ? -1 : 1;
            }
            case '\'', '\u2019' -> {
                boolean spaceBefore = k == 0 || tokens.get(k - 1).end() < t.start();
                boolean spaceAfter = k + 1 == tokens.size() || tokens.get(k + 1).start() > t.end()
                        || !tokens.get(k + 1).isWord() && !tokens.get(k + 1).isNumber();
                if (!inside && spaceBefore && !spaceAfter && c == '\'') {
                    return 1;
                }
                if (inside && !spaceBefore && (spaceAfter || k + 1 == tokens.size())) {
                    return -1;
                }
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /** The text of tokens [first, last], one space where they stand apart. */
    String textBetween(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (k > first && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    String evidence() {
        return new String(text, span.start(), span.end() - span.start());
    }

    @Override
    public String toString() {
        return evidence();
    }
}
