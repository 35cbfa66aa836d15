package io.newstally.cli;

import io.newstally.contracts.Claim;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.LatestPerKey;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final JsonSerde<EstimateRange> rangeSerde = JsonSerde.of(EstimateRange.class);
    private static final String TOPIC_NOTE = "each source's latest figure, news.estimates.range";

    EstimatesWatcher(Properties client, Topics topics) {
        this.reader = new LatestPerKey(client, "newstally-demo", List.of(topics.enriched(), topics.bySource(), topics.range()));
        this.topics = topics;
    }

    /** The latest estimate of each source, in source order. */
    Collection<SourceEstimate> estimates() {
        return reader.state(topics.bySource()).values().stream()
                .map(v -> estimateSerde.deserialize(topics.bySource(), v)).toList();
    }

    /** The range of estimates of each kind, in kind order. */
    List<EstimateRange> ranges() {
        return reader.state(topics.range()).values().stream().map(v -> rangeSerde.deserialize(topics.range(), v))
                .sorted(Comparator.comparing(EstimateRange::kind)).toList();
    }

    /** The estimates and their range of estimates, as the demo prints them. */
    String render() {
        StringBuilder sb = new StringBuilder(EstimatesTable.render(estimates()));
        List<EstimateRange> ranges = ranges();
        if (!ranges.isEmpty()) {
            sb.append("\nWhat the sources say now (").append(TOPIC_NOTE).append("):\n");
            ranges.forEach(r -> sb.append("  ").append(r.summary()).append('\n'));
        }
        return sb.toString();
    }

    /** Waits until every article is enriched and counted in the estimates and their range; null on timeout. */
    Map<String, SourceEstimate> awaitArticles(List<String> articleIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(500));
            if (covered(articleIds) && rangesCaughtUp()) {
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
                    print.accept(render());
                }
            }
        } catch (WakeupException stop) {
            // Ctrl-C
        }
    }

    void wakeup() {
        reader.wakeup();
    }

    /** True when by-source or range records arrived. */
    private boolean pollOnce(Duration wait) {
        return reader.poll(wait).stream().anyMatch(r -> r.topic().equals(topics.bySource()) || r.topic().equals(topics.range()));
    }

    /** The range topic holds, for each kind, the range of the estimates read (it is published right after them). */
    private boolean rangesCaughtUp() {
        Collection<SourceEstimate> estimates = estimates();
        for (Kind kind : Kind.values()) {
            EstimateRange expected = EstimateRange.ofEstimates(kind, estimates, EstimateRange.DEFAULT_WINDOW);
            byte[] value = reader.state(topics.range()).get(kind.wire());
            if (!Objects.equals(expected, value == null ? null : rangeSerde.deserialize(topics.range(), value))) {
                return false;
            }
        }
        return true;
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
