package io.newstally.benchmarks;

import io.newstally.contracts.Article;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.enrich.Enricher;
import io.newstally.ingest.ArticleInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles enriched per second on one thread: a folder of articles as they are, and their
 * paragraphs joined into articles of 4,000 characters or a paragraph more.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar -p articles=$PWD/samples}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnricherBenchmark {

    /** A folder of articles in any format ingest reads: the samples, or e.g. ../shared/eval/dev/articles. */
    @Param("samples")
    public String articles;

    private static final int TARGET_CHARS = 4_000;

    private final Enricher enricher = Enricher.withBundledSources();
    private List<Article> read;
    private List<Article> longArticles;
    private int next;

    @Setup
    public void load() {
        ArticleInputs.Result result = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(List.of(articles));
        if (!result.rejected().isEmpty() || result.drafts().isEmpty()) {
            throw new IllegalArgumentException("cannot read the articles in " + articles + ": " + result.rejected());
        }
        read = result.drafts().stream().map(d -> d.toArticle(Instant.EPOCH)).toList();
        // the articles' paragraphs (lines) in turn, until an article holds 4,000 characters; every paragraph used
        List<String> paragraphs = new ArrayList<>();
        for (Article a : read) {
            for (String p : a.body().split("\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        longArticles = new ArrayList<>();
        int p = 0;
        for (int i = 0; p < paragraphs.size(); i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < TARGET_CHARS) {
                body.append(paragraphs.get(p++ % paragraphs.size())).append("\n\n");
            }
            longArticles.add(new Article("long-" + i, null, null, read.get(i % read.size()).title(), body.toString(), null, Instant.EPOCH, "h", "bench"));
        }
    }

    /** The articles as they are. */
    @Benchmark
    public EnrichedArticle article() {
        return enricher.enrich(read.get(next++ % read.size()));
    }

    /** Articles of 4,000 characters or a paragraph more, made of the given ones' paragraphs. */
    @Benchmark
    public EnrichedArticle article4KB() {
        return enricher.enrich(longArticles.get(next++ % longArticles.size()));
    }
}
