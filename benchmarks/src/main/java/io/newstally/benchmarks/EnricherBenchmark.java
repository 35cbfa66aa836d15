package io.newstally.benchmarks;

import io.newstally.contracts.Article;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.enrich.Enricher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles enriched per second on one thread. Inputs: the project's sample articles, and
 * ~4 KB articles made by joining them, so that most sentences hold no figure, as in real news.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar -p samples=$PWD/samples}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnricherBenchmark {

    @Param("samples")
    public String samples;

    private final Enricher enricher = Enricher.withBundledSources();
    private List<Article> articles;
    private List<Article> longArticles;
    private int next;

    @Setup
    public void load() throws IOException {
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(samples))) {
            for (Path f : files.sorted().toList()) {
                String[] parts = Files.readString(f).strip().split("\n", 2);
                articles.add(new Article(f.toString(), null, null, parts[0], parts.length > 1 ? parts[1] : "", null, Instant.EPOCH, "h", "bench"));
            }
        }
        longArticles = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; body.length() < 4000; k++) {
                body.append(articles.get((i + k) % articles.size()).body()).append("\n\n");
            }
            longArticles.add(new Article("long-" + i, null, null, articles.get(i).title(), body.toString(), null, Instant.EPOCH, "h", "bench"));
        }
    }

    @Benchmark
    public EnrichedArticle sampleArticle() {
        return enricher.enrich(articles.get(next++ % articles.size()));
    }

    @Benchmark
    public EnrichedArticle article4KB() {
        return enricher.enrich(longArticles.get(next++ % longArticles.size()));
    }
}
