package io.newstally.enrich.stream;

import io.newstally.contracts.Article;
import io.newstally.contracts.ArticleIds;
import io.newstally.contracts.InvalidArticleException;
import java.time.Instant;

/**
 * Checks and completes an article as an outside producer may send it: only {@code title} and
 * {@code body} are required; the id falls back to the record key, the ingest time to the
 * record timestamp. A record that cannot be an article raises {@link InvalidArticleException},
 * which the service's error handler turns into a dead letter with that message.
 */
public final class RawArticles {

    private RawArticles() {
    }

    public static Article complete(String key, Article raw, long recordTimestamp, int maxBodyChars) {
        if (raw.body() == null || raw.body().isBlank()) {
            throw new InvalidArticleException("article has no body (a non-empty \"body\" string is required)");
        }
        if (raw.body().length() > maxBodyChars) {
            throw new InvalidArticleException("article body is " + raw.body().length()
                    + " characters, over the limit of " + maxBodyChars);
        }
        String title = raw.title() == null ? "" : raw.title().strip();
        String id = raw.id() != null && !raw.id().isBlank() ? raw.id()
                : key != null && !key.isBlank() ? key
                : ArticleIds.idFor(raw.url(), title, raw.body());
        Article.checkId(id);
        Instant ingestedAt = raw.ingestedAt() != null ? raw.ingestedAt()
                : Instant.ofEpochMilli(Math.max(0, recordTimestamp));
        String hash = raw.contentHash() != null ? raw.contentHash() : ArticleIds.contentHash(title, raw.body());
        return new Article(id, raw.url(), raw.outlet(), title, raw.body(), raw.publishedAt(), ingestedAt, hash,
                raw.origin() != null ? raw.origin() : "kafka");
    }

}
