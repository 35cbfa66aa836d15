package io.newstally.enrich.text;

import io.newstally.contracts.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitting, written by hand because it is the hot path: OpenNLP's
 * sentence model measured ~150k sentences/s here, which alone would cap enrichment near
 * 5k articles/s; this scanner is one pass over the characters.
 *
 * <p>Blank lines always end a sentence (titles, datelines, boilerplate lines). A single line
 * break ends one too, unless the next line starts in lower case (a hard-wrapped sentence).
 * Inside a line, . ! ? end a sentence when followed by space and an upper-case letter, digit
 * or opening quote, except after known abbreviations ("Gen.", "Dr.") and dotted initialisms
 * ("U.S.").
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "maj", "capt", "adm", "cmdr",
            "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "al", "pres", "gov't");

    private SentenceSplitter() {
    }

    /** Whether a word (any case, without its point) is an abbreviation that a point follows inside a sentence. */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Paragraph index per sentence is returned alongside through {@link Result}. */
    public record Result(List<Span> sentences, int[] paragraphOf) {
    }

    public static Result split(String text) {
        return split(text.toCharArray());
    }

    /** The same on the text's characters (an array read is much cheaper than {@link String#charAt}). */
    public static Result split(char[] text) {
        List<Span> spans = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int paragraph = 0;
        int paragraphStart = 0; // sentences before this one belong to earlier paragraphs
        int start = -1;
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (start < 0) {
                if (isBullet(text, i)) {
                    i += 2; // "• Seoul's spy agency said ...": a list's bullet is not part of its sentence
                    continue;
                }
                if (!isSpace(c)) {
                    start = i;
                } else if (c == '\n' && spans.size() > paragraphStart) {
                    paragraph++; // the line ended with its sentence: the next line is another paragraph
                    paragraphStart = spans.size();
                }
                i++;
                continue;
            }
            if (c == '\n') {
                int next = nextNonSpace(text, i + 1);
                boolean blank = blankBetween(text, i + 1, next);
                boolean wrapped = !blank && next < n && Character.isLowerCase(text[next])
                        && !endsWithTerminal(text, start, i);
                if (!wrapped) {
                    close(text, start, i, spans, paragraphs, paragraph);
                    start = -1;
                    paragraph++; // in plain text, a line of its own is a paragraph of its own
                    paragraphStart = spans.size();
                }
                i++;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
                int end = i + 1;
                while (end < n && isCloser(text[end])) {
                    end++;
                }
                close(text, start, end, spans, paragraphs, paragraph);
                start = -1;
                i = end;
                continue;
            }
            i++;
        }
        if (start >= 0) {
            close(text, start, n, spans, paragraphs, paragraph);
        }
        int[] para = new int[paragraphs.size()];
        for (int k = 0; k < para.length; k++) {
            para[k] = paragraphs.get(k);
        }
        return new Result(spans, para);
    }

    private static boolean endsSentence(char[] text, int start, int dot) {
        int n = text.length;
        int j = dot + 1;
        if (j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?')) {
            return false; // "..." or "?!": let the last one decide
        }
        while (j < n && isCloser(text[j])) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (text[j] != ' ' && text[j] != '\u00A0' && text[j] != '\t') {
            return text[j] == '\n' || runTogether(text, start, dot, j);
        }
        int k = j;
        while (k < n && (text[k] == ' ' || text[k] == '\u00A0' || text[k] == '\t')) {
            k++;
        }
        if (k >= n || text[k] == '\n') {
            return true;
        }
        char next = text[k];
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next))) {
            return false;
        }
        if (text[dot] != '.') {
            return true;
        }
        // the word before the period
        int w = dot;
        while (w > start && !isSpace(text[w - 1]) && text[w - 1] != '(') {
            w--;
        }
        String word = new String(text, w, dot - w).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // dotted initialisms (U.S., U.N.) and single initials (John F. Kennedy)
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        return !(word.indexOf('.') > 0 && word.length() <= 6);
    }

    /**
     * "...the Ukrainian military.Senior members of ...": pages whose paragraphs lost their
     * breaks glue sentences together. A period between a lower-case word of three letters or
     * more and a capitalised word ends a sentence; "U.S.Army", "e.g.Seoul" and "Kyiv.ua" do not.
     */
    private static boolean runTogether(char[] text, int start, int dot, int next) {
        if (text[dot] != '.' || next + 1 >= text.length
                || !Character.isUpperCase(text[next]) || !Character.isLowerCase(text[next + 1])) {
            return false;
        }
        int w = dot;
        while (w > start && Character.isLowerCase(text[w - 1])) {
            w--;
        }
        if (w > start && Character.isUpperCase(text[w - 1])) {
            w--; // "Ukrainian.The"
        }
        return dot - w >= 3 && (w == start || !Character.isLetterOrDigit(text[w - 1]) && text[w - 1] != '.');
    }

    /** A list bullet and its space at the start of a line: "• ", "- ", "* ", "– ". */
    private static boolean isBullet(char[] text, int i) {
        char c = text[i];
        if (!(c == '\u2022' || c == '-' || c == '*' || c == '\u2013' || c == '\u00B7' || c == '\u25AA')
                || i + 1 >= text.length || text[i + 1] != ' ') {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\u00A0')) {
            k--;
        }
        return k < 0 || text[k] == '\n';
    }

    private static boolean endsWithTerminal(char[] text, int start, int end) {
        int j = end - 1;
        while (j >= start && isSpace(text[j])) {
            j--;
        }
        return j >= start && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == ':');
    }

    // Character.isWhitespace, ASCII first: this runs for every character of every article
    private static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[';
    }

    private static int nextNonSpace(char[] text, int from) {
        int j = from;
        while (j < text.length && isSpace(text[j])) {
            j++;
        }
        return j;
    }

    private static boolean blankBetween(char[] text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text[j] == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void close(char[] text, int start, int end, List<Span> spans, List<Integer> paragraphs, int paragraph) {
        int e = end;
        while (e > start && isSpace(text[e - 1])) {
            e--;
        }
        if (e > start) {
            spans.add(new Span(start, e));
            paragraphs.add(paragraph);
        }
    }
}
