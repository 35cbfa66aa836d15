package io.newstally.cli;

import io.newstally.contracts.LatestPerKey;
import io.newstally.contracts.Claim;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads the enriched articles and the by-source estimates, as a downstream consumer would
 * (committed records only), to know when given articles are fully aggregated.
 */
final class EstimatesWatcher implements AutoCloseable {

    private final LatestPerKey reader;
    private final Topics topics;
    private final JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class);
    private final JsonSerde<SourceEstimate> estimateSerde = JsonSerde.of(SourceEstimate.class);

    EstimatesWatcher(Properties client, Topics topics) {
        this.reader = new LatestPerKey(client, "newstally-demo", List.of(topics.enriched(), topics.bySource()));
        this.topics = topics;
    }

    /** The latest estimate of each source, in source order. */
    Collection<SourceEstimate> estimates() {
        return reader.state(topics.bySource()).values().stream()
                .map(v -> estimateSerde.deserialize(topics.bySource(), v)).toList();
    }

    /** Waits until every article is enriched and counted in the estimates; null on timeout. */
    Map<String, SourceEstimate> awaitArticles(List<String> articleIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(500));
            if (covered(articleIds)) {
                Map<String, SourceEstimate> out = new java.util.TreeMap<>();
                estimates().forEach(e -> out.put(e.source(), e));
                return out;
            }
        }
        return null;
    }

    /** Reprints until woken up (Ctrl-C). */
    void follow(Consumer<String> print) {
        try {
            while (true) {
                if (pollOnce(Duration.ofSeconds(1))) {
                    print.accept(EstimatesTable.render(estimates()));
                }
            }
        } catch (WakeupException stop) {
            // Ctrl-C
        }
    }

    void wakeup() {
        reader.wakeup();
    }

    /** True when by-source records arrived. */
    private boolean pollOnce(Duration wait) {
        return reader.poll(wait).stream().anyMatch(r -> r.topic().equals(topics.bySource()));
    }

    /** Each (source, kind) counts at least as many articles as the enriched records give it. */
    private boolean covered(List<String> articleIds) {
        Map<String, Set<String>> expected = new HashMap<>();
        for (String id : articleIds) {
            byte[] value = reader.state(topics.enriched()).get(id);
            EnrichedArticle e = value == null ? null : enrichedSerde.deserialize(topics.enriched(), value);
            if (e == null) {
                return false;
            }
            for (Claim c : e.claims()) {
                expected.computeIfAbsent(c.source() + "|" + c.kind(), k -> new HashSet<>()).add(id);
            }
        }
        for (var entry : expected.entrySet()) {
            String[] sk = entry.getKey().split("\\|");
            byte[] value = reader.state(topics.bySource()).get(sk[0]);
            SourceEstimate s = value == null ? null : estimateSerde.deserialize(topics.bySource(), value);
            KindEstimate k = s == null ? null : s.kinds().get(Kind.valueOf(sk[1]));
            if (k == null || k.articles() < entry.getValue().size()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        reader.close();
    }
}
