package io.newstally.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text articles: the first non-empty line is the title, the rest is the body.
 * Lines are kept as they are; paragraphs stay separated by blank lines.
 */
public final class TextArticles {

    private TextArticles() {
    }

    public static ArticleDraft parse(String text, String origin) throws InputRejected {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalised.isEmpty() && normalised.charAt(0) == '\uFEFF') {
            normalised = normalised.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(normalised.split("\n", -1)));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new InputRejected(origin, "empty: no text at all");
        }
        String title = lines.get(first).strip();
        String body = String.join("\n", lines.subList(first + 1, lines.size())).strip();
        if (body.isEmpty()) {
            // a one-line text is a headline-only article: keep it, the title is its only sentence
            body = "";
        }
        return new ArticleDraft(null, null, title, body, null, origin);
    }
}
