package io.newstally.bench.jmh;

import io.newstally.contracts.Article;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.enrich.Enricher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles enriched per second on one thread: a folder of articles as they are, and their
 * paragraphs joined into articles of 4,000 characters or a paragraph more.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar EnricherBenchmark -p articles=$PWD/samples} (about two
 * minutes; JMH's own options such as {@code -f} and {@code -i} override the defaults here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnricherBenchmark {

    /** A folder of articles in any format ingest reads: the samples, or e.g. ../shared/eval/dev/articles. */
    @Param("samples/north-korea-russia")
    public String articles;

    private final Enricher enricher = Enricher.withBundledSources();
    private List<Article> read;
    private List<Article> longArticles;
    private int next;

    @Setup
    public void load() {
        read = BenchmarkArticles.read(articles);
        longArticles = BenchmarkArticles.joined4KB(read);
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
