package io.newstally.ingest.formats;

import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.InputRejected;

/**
 * Plain-text articles: the first non-empty line is the title, the rest is the body, with
 * interface lines removed ({@link Boilerplate}). Paragraphs stay separated by blank lines.
 */
public final class TextArticles {

    private TextArticles() {
    }

    public static ArticleDraft parse(String text, String origin) throws InputRejected {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalised.isEmpty() && normalised.charAt(0) == '\uFEFF') {
            normalised = normalised.substring(1);
        }
        String stripped = normalised.strip();
        if (stripped.isEmpty()) {
            throw new InputRejected(origin, "empty: no text at all");
        }
        int newline = stripped.indexOf('\n');
        String title = newline < 0 ? stripped : stripped.substring(0, newline).strip();
        String body = newline < 0 ? "" : Boilerplate.clean(stripped.substring(newline + 1));
        if (body.isEmpty()) {
            throw new InputRejected(origin, "no body: only a title line (\"" + abbreviate(title) + "\")");
        }
        return new ArticleDraft(null, null, title, body, null, origin);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
