package io.newstally.ingest.formats;

import io.newstally.contracts.text.PlainText;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.InputRejected;

/** Plain-text articles ({@link PlainText}): the first non-empty line is the title, the rest is the body. */
public final class TextArticles {

    private TextArticles() {
    }

    public static ArticleDraft parse(String text, String origin) throws InputRejected {
        try {
            PlainText.TitleAndBody t = PlainText.parse(text);
            return new ArticleDraft(null, null, t.title(), t.body(),
                    t.published() == null ? null : t.published().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), origin);
        } catch (IllegalArgumentException e) {
            throw new InputRejected(origin, e.getMessage());
        }
    }
}
