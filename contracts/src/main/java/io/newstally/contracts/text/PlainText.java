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
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no body: only a title line (\"" + abbreviate(title) + "\")");
        }
        return new TitleAndBody(title, body, published);
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
