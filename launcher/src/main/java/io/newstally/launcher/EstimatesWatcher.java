package io.newstally.launcher;

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
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the enriched articles and the by-source estimates, as a downstream consumer would
 * (committed records only), to know when given articles are fully aggregated.
 */
final class EstimatesWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topics topics;
    private final JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class);
    private final JsonSerde<SourceEstimate> estimateSerde = JsonSerde.of(SourceEstimate.class);
    private final Map<String, EnrichedArticle> enriched = new HashMap<>();
    private final Map<String, SourceEstimate> estimates = new TreeMap<>();

    EstimatesWatcher(Properties client, Topics topics) {
        Properties p = KafkaOptions.kafkaOnly(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "newstally-watcher-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = topics;
        consumer.subscribe(List.of(topics.enriched(), topics.bySource()));
    }

    Collection<SourceEstimate> estimates() {
        return estimates.values();
    }

    /** Waits until every article is enriched and counted in the estimates; null on timeout. */
    Map<String, SourceEstimate> awaitArticles(List<String> articleIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(500));
            if (covered(articleIds)) {
                return estimates;
            }
        }
        return null;
    }

    /** Reprints until woken up (Ctrl-C). */
    void follow(Consumer<String> print) {
        try {
            while (true) {
                if (pollOnce(Duration.ofSeconds(1))) {
                    print.accept(EstimatesTable.render(estimates.values()));
                }
            }
        } catch (WakeupException stop) {
            // Ctrl-C
        }
    }

    void wakeup() {
        consumer.wakeup();
    }

    private boolean pollOnce(Duration wait) {
        boolean changed = false;
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            if (r.topic().equals(topics.enriched())) {
                EnrichedArticle e = r.value() == null ? null : enrichedSerde.deserialize(r.topic(), r.value());
                if (e == null) {
                    enriched.remove(r.key());
                } else {
                    enriched.put(r.key(), e);
                }
            } else {
                SourceEstimate s = r.value() == null ? null : estimateSerde.deserialize(r.topic(), r.value());
                if (s == null) {
                    estimates.remove(r.key());
                } else {
                    estimates.put(r.key(), s);
                }
                changed = true;
            }
        }
        return changed;
    }

    /** Each (source, kind) counts at least as many articles as the enriched records give it. */
    private boolean covered(List<String> articleIds) {
        Map<String, Set<String>> expected = new HashMap<>();
        for (String id : articleIds) {
            EnrichedArticle e = enriched.get(id);
            if (e == null) {
                return false;
            }
            for (Claim c : e.claims()) {
                expected.computeIfAbsent(c.source() + "|" + c.kind(), k -> new HashSet<>()).add(id);
            }
        }
        for (var entry : expected.entrySet()) {
            String[] sk = entry.getKey().split("\\|");
            SourceEstimate s = estimates.get(sk[0]);
            KindEstimate k = s == null ? null : s.kinds().get(Kind.valueOf(sk[1]));
            if (k == null || k.articles() < entry.getValue().size()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
