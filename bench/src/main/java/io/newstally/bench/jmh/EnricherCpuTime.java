package io.newstally.bench.jmh;

import io.newstally.contracts.Article;
import io.newstally.enrich.Enricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Articles enriched per second of this thread's CPU time, for a shared machine: wall-clock
 * throughput (the JMH benchmark) counts the time other tenants take the core, CPU time does
 * not. Enriches the ~4 KB articles of {@link BenchmarkArticles} in rounds after a warm-up and
 * prints each round, the median and the best.
 * Run: {@code java -cp bench/target/benchmarks.jar io.newstally.bench.jmh.EnricherCpuTime samples/north-korea-russia [rounds]}.
 */
public final class EnricherCpuTime {

    private static final int ARTICLES_PER_ROUND = 20_000;
    private static final int WARM_UP_ROUNDS = 3;

    private EnricherCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EnricherCpuTime FOLDER [ROUNDS]");
            System.exit(2);
        }
        List<Article> articles = BenchmarkArticles.joined4KB(BenchmarkArticles.read(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Enricher enricher = Enricher.withBundledSources();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perSecond = new double[rounds];
        long claims = 0;
        for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ARTICLES_PER_ROUND; i++) {
                claims += enricher.enrich(articles.get(i % articles.size())).claims().size();
            }
            double rate = ARTICLES_PER_ROUND * 1e9 / (threads.getCurrentThreadCpuTime() - start);
            if (r >= 0) {
                perSecond[r] = rate;
                System.out.printf("round %d: %,.0f articles/s of CPU time%n", r + 1, rate);
            }
        }
        Arrays.sort(perSecond);
        System.out.printf("~4 KB articles from %s: median %,.0f, best %,.0f articles per CPU-second (%d claims)%n",
                args[0], perSecond[rounds / 2], perSecond[rounds - 1], claims);
    }
}
