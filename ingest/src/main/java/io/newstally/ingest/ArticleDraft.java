package io.newstally.ingest;

import io.newstally.contracts.Article;
import io.newstally.contracts.ArticleIds;
import java.time.Instant;

/** What a reader found in an input, before it gets its id and ingest time. */
public record ArticleDraft(String url, String outlet, String title, String body, Instant publishedAt, String origin) {

    public Article toArticle(Instant ingestedAt) {
        return new Article(
                ArticleIds.idFor(url, title, body),
                url, outlet, title, body, publishedAt, ingestedAt,
                ArticleIds.contentHash(title, body),
                origin);
    }

    public ArticleDraft withOverrides(String outletOverride, Instant publishedAtOverride) {
        return new ArticleDraft(url,
                outletOverride != null ? outletOverride : outlet,
                title, body,
                publishedAtOverride != null ? publishedAtOverride : publishedAt,
                origin);
    }
}
