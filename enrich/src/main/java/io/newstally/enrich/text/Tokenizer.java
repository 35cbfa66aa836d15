package io.newstally.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into tokens in one pass, without regular expressions.
 * Numbers keep their separators ("3,000", "1.5"); words keep inner hyphens, periods of
 * abbreviations ("U.S.") and apostrophes, except a possessive "'s", which becomes its own
 * token so that "Korea's" matches the alias "Korea".
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isDigit(d)) {
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < to && isDigit(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                add(out, text, i, j, Token.Type.NUMBER);
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '\u2019') && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                        if (d != '-' && isPossessive(text, j, to)) {
                            break;
                        }
                        j++;
                    } else if (d == '.' && j + 1 < to && Character.isLetter(text.charAt(j + 1))
                            && j + 2 <= to && (j + 2 == to || !Character.isLetter(text.charAt(j + 2)) || text.charAt(j + 2) == '.')) {
                        // U.S. / U.N. / a.m.: single letters joined by periods
                        j += 2;
                        if (j < to && text.charAt(j) == '.') {
                            j++;
                        }
                    } else {
                        break;
                    }
                }
                add(out, text, i, j, Token.Type.WORD);
                i = j;
            } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i, to)) {
                add(out, text, i, i + 2, Token.Type.WORD);
                i += 2;
            } else {
                add(out, text, i, i + 1, Token.Type.PUNCT);
                i++;
            }
        }
        return out;
    }

    private static boolean isPossessive(String text, int apostrophe, int to) {
        int s = apostrophe + 1;
        return s < to && (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 == to || !Character.isLetterOrDigit(text.charAt(s + 1)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<Token> out, String text, int start, int end, Token.Type type) {
        String t = text.substring(start, end);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        out.add(new Token(t, lower, start, end, type));
    }
}
