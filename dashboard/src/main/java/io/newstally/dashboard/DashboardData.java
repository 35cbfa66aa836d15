package io.newstally.dashboard;

import io.newstally.contracts.ClientConfig;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.ReportedClaim;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import io.newstally.contracts.LatestPerKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the dashboard shows, read as any downstream service reads the topics (from the
 * beginning, committed records only, no consumer group): the by-source and daily aggregates, the range of estimates,
 * and, for provenance, the claims of every live article from the compacted enriched topic (a
 * correction replaces an article's claims, a deletion removes them; the text, sentences and
 * entities are not kept). One thread reads; the maps are safe to read from any thread, and
 * {@link #version()} grows with every change.
 */
final class DashboardData implements AutoCloseable {

    private static final JsonSerde<SourceEstimate> SOURCE = JsonSerde.of(SourceEstimate.class);
    private static final JsonSerde<DailySourceEstimate> DAILY = JsonSerde.of(DailySourceEstimate.class);
    private static final JsonSerde<EstimateRange> RANGE = JsonSerde.of(EstimateRange.class);
    private static final JsonSerde<ArticleView> ARTICLE = JsonSerde.of(ArticleView.class);

    /** An enriched article without what provenance does not show. */
    @JsonIgnoreProperties({"sentences", "figures", "entities"})
    record ArticleView(Article article, List<Claim> claims) {
    }

    final Map<String, SourceEstimate> bySource = new ConcurrentSkipListMap<>();
    final Map<String, DailySourceEstimate> daily = new ConcurrentSkipListMap<>();
    /** The range of estimates, by kind. */
    final Map<String, EstimateRange> ranges = new ConcurrentSkipListMap<>();
    private final Map<String, List<ReportedClaim>> claimsByArticle = new ConcurrentHashMap<>();
    private final Topics topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile long version;
    private volatile Runnable onChange = () -> { };

    DashboardData(Properties client, Topics topics) {
        this.topics = topics;
        Properties p = ClientConfig.kafkaOnly(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newstally-dashboard");
        p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.bySource(), topics.bySourceDaily(), topics.range(), topics.enriched())) {
            // a topic created a moment ago may be missing from the first metadata answer: ask again for a while
            var found = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); found.isEmpty() && System.nanoTime() < deadline; ) {
                sleep(Duration.ofMillis(250));
                found = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            }
            if (found.isEmpty()) {
                consumer.close(Duration.ZERO);
                throw new IllegalStateException("no topic " + topic + " (are the services running against this cluster?)");
            }
            found.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "dashboard-reader");
        thread.setDaemon(true);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the topics", e);
        }
    }

    DashboardData start() {
        thread.start();
        return this;
    }

    /** Called (on the reader thread) after each batch of changes. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    long version() {
        return version;
    }

    /** The claims behind a source's figures of one kind (or every kind), the latest first, at most {@code limit}. */
    List<ReportedClaim> claims(String source, Kind kind, int limit) {
        return claimsByArticle.values().stream().flatMap(List::stream)
                .filter(c -> source == null || c.source().equals(source))
                .filter(c -> kind == null || c.kind() == kind)
                .sorted(Comparator.comparing((ReportedClaim c) -> c.publishedAt() != null ? c.publishedAt() : c.ingestedAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ReportedClaim::articleId))
                .limit(limit)
                .toList();
    }

    /** The daily records of each source, in day order. */
    Map<String, List<DailySourceEstimate>> timeline() {
        Map<String, List<DailySourceEstimate>> out = new TreeMap<>();
        for (DailySourceEstimate d : daily.values()) {
            out.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d);
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(DailySourceEstimate::day)));
        return out;
    }

    private void run() {
        try {
            while (true) {
                boolean changed = false;
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        apply(r);
                        changed = true;
                    } catch (RuntimeException unreadable) {
                        // a record this version cannot read is skipped; the rest of the page stays right
                    }
                }
                if (changed) {
                    version++;
                    onChange.run();
                }
            }
        } catch (WakeupException closing) {
            // closed
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        if (r.topic().equals(topics.bySource())) {
            LatestPerKey.apply(bySource, r.key(), SOURCE.deserialize(r.topic(), r.value()));
        } else if (r.topic().equals(topics.bySourceDaily())) {
            LatestPerKey.apply(daily, r.key(), DAILY.deserialize(r.topic(), r.value()));
        } else if (r.topic().equals(topics.range())) {
            LatestPerKey.apply(ranges, r.key(), RANGE.deserialize(r.topic(), r.value()));
        } else {
            ArticleView a = ARTICLE.deserialize(r.topic(), r.value());
            LatestPerKey.apply(claimsByArticle, r.key(), a == null ? null : a.claims().stream().map(c -> ReportedClaim.of(a.article(), c)).toList());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(Duration.ZERO); // never started: the reader thread will not close it
            return;
        }
        consumer.wakeup();
        thread.join(10_000);
    }
}
