package io.newstally.enrich.text;


/**
 * Splits a sentence into tokens in one pass, without regular expressions.
 * Numbers keep their separators ("3,000", "1.5"); words keep inner hyphens, periods of
 * abbreviations ("U.S.") and apostrophes, except a possessive "'s", which becomes its own
 * token so that "Korea's" matches the alias "Korea".
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokens tokenize(String text, int from, int to) {
        return tokenize(text.toCharArray(), from, to);
    }

    /**
     * The same, reading the characters from {@code chars} (the text's own, made once per
     * article): an array read in a loop is much cheaper than {@link String#charAt}.
     */
    public static Tokens tokenize(char[] chars, int from, int to) {
        Tokens out = new Tokens(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                // the word cache's hash is computed in the scan
                int h = c;
                int j = i + 1;
                while (j < to) {
                    char d = chars[j];
                    if (isDigit(d) || (d == ',' || d == '.') && j + 1 < to && isDigit(chars[j + 1])) {
                        h = 31 * h + d;
                        j++;
                    } else {
                        break;
                    }
                }
                add(out, WordCache.entry(chars, i, j, h, Token.Type.NUMBER), i);
                i = j;
            } else if (isLetter(c)) {
                // fast path: a plain ASCII word, hashed in the scan that finds its end
                int h = 0;
                int j = i;
                while (j < to) {
                    char d = chars[j];
                    if ((char) ((d | 0x20) - 'a') < 26) {
                        h = 31 * h + d;
                        j++;
                    } else {
                        break;
                    }
                }
                int end = j < to && mayContinueWord(chars[j]) ? wordEnd(chars, i, to) : j;
                if (end == j) {
                    add(out, WordCache.entry(chars, i, j, h, Token.Type.WORD), i);
                } else {
                    add(out, chars, i, end, Token.Type.WORD);
                }
                i = end;
            } else if ((c == '\'' || c == '\u2019' || isLetterApostrophe(c) && i > 0 && Character.isLetterOrDigit(chars[i - 1]))
                    && isPossessive(chars, i, to)) {
                add(out, chars, i, i + 2, Token.Type.WORD);
                i += 2;
            } else {
                add(out, chars, i, i + 1, Token.Type.PUNCT);
                i++;
            }
        }
        return out;
    }

    /** The end of the word starting at {@code i}: inner hyphens, apostrophes and initialisms' periods included. */
    private static int wordEnd(char[] chars, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char d = chars[j];
            if (isLetter(d) || isDigit(d)) {
                j++;
            } else if ((d == '-' || d == '\'' || d == '\u2019' || isLetterApostrophe(d)) && j + 1 < to && Character.isLetter(chars[j + 1])) {
                if (d != '-' && isPossessive(chars, j, to)) {
                    break;
                }
                j++;
            } else if (d == '.' && j + 1 < to && Character.isLetter(chars[j + 1])
                    && j + 2 <= to && (j + 2 == to || !Character.isLetter(chars[j + 2]) || chars[j + 2] == '.')) {
                // U.S. / U.N. / a.m.: single letters joined by periods
                j += 2;
                if (j < to && chars[j] == '.') {
                    j++;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** A character that may extend a word beyond its ASCII letters (see {@link #wordEnd}). */
    private static boolean mayContinueWord(char d) {
        return d >= 0x80 || isDigit(d) || d == '-' || d == '\'' || d == '.';
    }

    /**
     * Marks that pages use as an apostrophe once a letter stands before them: "CAR\u2018s", "Kyiv\u02BCs".
     * After a space, U+2018 opens a quotation.
     */
    static boolean isLetterApostrophe(char c) {
        return c == '\u2018' || c == '\u02BC';
    }

    private static boolean isPossessive(char[] chars, int apostrophe, int to) {
        int s = apostrophe + 1;
        return s < to && (chars[s] == 's' || chars[s] == 'S')
                && (s + 1 == to || !Character.isLetterOrDigit(chars[s + 1]));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ASCII first: these run for every character of every article
    private static boolean isLetter(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    private static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
                : c == '\u00A0' || Character.isWhitespace(c);
    }

    private static void add(Tokens out, char[] chars, int start, int end, Token.Type type) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + chars[k];
        }
        add(out, WordCache.entry(chars, start, end, h, type), start);
    }

    private static void add(Tokens out, WordCache.Entry word, int start) {
        out.addToken(new Token(word, start), word);
    }
}
