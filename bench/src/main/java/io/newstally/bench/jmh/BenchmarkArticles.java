package io.newstally.bench.jmh;

import io.newstally.contracts.Article;
import io.newstally.ingest.ArticleInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The articles both benchmarks enrich: a folder's articles as they are, and joined into ~4 KB ones. */
final class BenchmarkArticles {

    private static final int TARGET_CHARS = 4_000;

    private BenchmarkArticles() {
    }

    /** The articles of a folder in any format ingest reads (the samples, or e.g. ../shared/eval/dev/articles). */
    static List<Article> read(String folder) {
        ArticleInputs.Result result = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(List.of(folder));
        if (!result.rejected().isEmpty() || result.drafts().isEmpty()) {
            throw new IllegalArgumentException("cannot read the articles in " + folder + ": " + result.rejected());
        }
        return result.drafts().stream().map(d -> d.toArticle(Instant.EPOCH)).toList();
    }

    /** The articles' paragraphs in turn, joined until an article holds 4,000 characters; every paragraph used. */
    static List<Article> joined4KB(List<Article> read) {
        List<String> paragraphs = new ArrayList<>();
        for (Article a : read) {
            for (String p : a.body().split("\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        List<Article> longArticles = new ArrayList<>();
        int p = 0;
        for (int i = 0; p < paragraphs.size(); i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < TARGET_CHARS) {
                body.append(paragraphs.get(p++ % paragraphs.size())).append("\n\n");
            }
            longArticles.add(new Article("long-" + i, null, null, read.get(i % read.size()).title(), body.toString(),
                    null, Instant.EPOCH, "h", "bench"));
        }
        return longArticles;
    }
}
