package io.newstally.ingest;

import io.newstally.contracts.Article;
import java.util.List;

/** Where ingested articles go: the raw topic in production, a list in tests. */
@FunctionalInterface
public interface ArticleSink {

    /** Publishes all and returns once every one is acknowledged. */
    void publish(List<Article> articles) throws Exception;
}
