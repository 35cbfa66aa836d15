package io.newstally.contracts.text;

/**
 * A plain-text article as people save one: the first non-empty line is the title, the rest is
 * the body, with interface lines removed ({@link Boilerplate}) and paragraphs kept apart by blank
 * lines. Ingest reads {@code .txt} files with it; the dev-set test and the benchmarks read the
 * evaluation's articles with it, so all of them see the same text.
 */
public final class PlainText {

    /** The title line and the cleaned body. */
    public record TitleAndBody(String title, String body) {
    }

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
        String body = newline < 0 ? "" : Boilerplate.clean(stripped.substring(newline + 1));
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no body: only a title line (\"" + abbreviate(title) + "\")");
        }
        return new TitleAndBody(title, body);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
