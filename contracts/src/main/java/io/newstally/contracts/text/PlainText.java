package io.newstally.contracts.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text article as people save one: the first non-empty line is the title, the rest is
 * the body, with interface lines removed ({@link Boilerplate}) and paragraphs kept apart by blank
 * lines. Ingest reads {@code .txt} files with it; the dev-set test and the benchmarks read the
 * evaluation's articles with it, so all of them see the same text.
 */
public final class PlainText {

    /**
     * The title line and the cleaned body.
     *
     * @param published the date a saved page's first line opened with ("date 2024-10-18 ..."), or null
     */
    public record TitleAndBody(String title, String body, LocalDate published) {
        public TitleAndBody(String title, String body) {
            this(title, body, null);
        }
    }

    /** Labels a saved page puts before the date its first line opens with. */
    private static final List<String> DATE_LABELS = List.of("date", "published", "updated", "posted");

    private PlainText() {
    }

    /** @throws IllegalArgumentException with the reason, for a text with no title or no body */
    public static TitleAndBody parse(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalised.isEmpty() && normalised.charAt(0) == '\uFEFF') {
            normalised = normalised.substring(1);
        }
        String stripped = normalised.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("empty: no text at all");
        }
        int newline = stripped.indexOf('\n');
        String title = newline < 0 ? stripped : stripped.substring(0, newline).strip();
        LocalDate published = null;
        int afterDate = datelineEnd(title);
        if (afterDate > 0 && !title.substring(afterDate).isBlank()) {
            published = LocalDate.parse(title.substring(afterDate - 10, afterDate));
            title = title.substring(afterDate).strip();
        }
        String body = newline < 0 ? "" : Boilerplate.clean(stripped.substring(newline + 1));
        if (body.isEmpty() && newline < 0) {
            // a page saved as one line, title and body run together: its first sentence is its title
            int end = firstSentenceEnd(title);
            if (end > 0) {
                body = title.substring(end).strip();
                title = title.substring(0, end).strip();
            }
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no body: only a title line (\"" + abbreviate(title) + "\")");
        }
        return new TitleAndBody(title, body, published);
    }

    /** Words that end in a full stop without ending a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "maj", "capt", "adm", "gov", "sen", "rep", "st",
            "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "approx", "est");

    /**
     * Where the first sentence of a line ends (after its . ! or ?, before the space), when another
     * sentence follows it: a capital, digit or quotation mark after the space; not after an
     * abbreviation ("Gen.") or a dotted initialism ("U.N."). -1 when the line is one sentence.
     */
    static int firstSentenceEnd(String line) {
        for (int i = 1; i + 2 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c != '.' && c != '!' && c != '?') || line.charAt(i + 1) != ' ') {
                continue;
            }
            char next = line.charAt(i + 2);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C')) {
                continue;
            }
            int wordStart = line.lastIndexOf(' ', i) + 1;
            String word = line.substring(wordStart, i);
            if (c == '.' && (word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                continue; // "U.N. says", "Gen. Ryder", "J. Smith"
            }
            return i + 1;
        }
        return -1;
    }

    /**
     * "date 2024-10-18 There are about ...": where a first line's leading ISO date (after an
     * optional label) ends, or -1 when it opens with none. The date is the page's, not the headline's.
     */
    static int datelineEnd(String line) {
        int i = 0;
        String lower = line.toLowerCase(Locale.ROOT);
        for (String label : DATE_LABELS) {
            if (lower.startsWith(label) && lower.length() > label.length() && !Character.isLetter(lower.charAt(label.length()))) {
                i = label.length();
                while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ':')) {
                    i++;
                }
                break;
            }
        }
        if (line.length() < i + 10) {
            return -1;
        }
        String date = line.substring(i, i + 10);
        boolean iso = date.charAt(4) == '-' && date.charAt(7) == '-';
        for (int k = 0; k < 10 && iso; k++) {
            iso = k == 4 || k == 7 || Character.isDigit(date.charAt(k));
        }
        if (!iso || line.length() > i + 10 && !Character.isWhitespace(line.charAt(i + 10))) {
            return -1;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return -1;
        }
        return i + 10;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
