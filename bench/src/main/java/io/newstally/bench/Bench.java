package io.newstally.bench;

import io.newstally.contracts.ClientConfig;
import io.newstally.aggregate.OfflineAggregates;
import io.newstally.contracts.Article;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.Json;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.stream.RawArticles;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.broker.DataFolders;
import io.newstally.contracts.TopicSetup;
import io.newstally.broker.KafkaBroker;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pipeline against Kafka's own limit, in one run on one broker: generated articles are
 * produced once; a Kafka Streams identity copy of them (exactly-once, the services' settings)
 * is the ceiling; then {@code enrich} and {@code aggregate}, each in a JVM of its own, take the
 * same records from raw to aggregates, timed until the aggregate topics equal an offline
 * computation; then articles offered at a fixed rate give publish-to-aggregate latencies.
 */
public final class Bench {

    /** What {@code newstally bench} was asked for; its options document each. */
    public record Settings(int articles, int rate, int latencySeconds, int partitions, String bootstrapServers, Path json,
                           long seed, int timeoutSeconds, boolean eachService, boolean keepData) {
    }

    /** How a phase shows its progress: the command line gives a bar on a terminal, lines in a log. */
    @FunctionalInterface
    public interface Bars {
        ProgressBar bar(String task, long max);
    }

    /** The command line's name of the identity copy service the bench starts as a child process. */
    public static final String COPY_COMMAND = "copy";

    private final int articles;
    private final int rate;
    private final int latencySeconds;
    private final int partitions;
    private String bootstrapServers;
    private final Path json;
    private final long seed;
    private final int timeoutSeconds;
    private final boolean eachService;
    private final boolean keepData;
    private final Bars bars;

    public Bench(Settings settings, Bars bars) {
        this.articles = settings.articles();
        this.rate = settings.rate();
        this.latencySeconds = settings.latencySeconds();
        this.partitions = settings.partitions();
        this.bootstrapServers = settings.bootstrapServers();
        this.json = settings.json();
        this.seed = settings.seed();
        this.timeoutSeconds = settings.timeoutSeconds();
        this.eachService = settings.eachService();
        this.keepData = settings.keepData();
        this.bars = bars;
    }

    /** No article of the generated story (fourteen months) is late for it: the daily aggregate has a single answer. */
    private static final String DAILY_GRACE = "3650d";

    private final Map<String, Object> results = new LinkedHashMap<>();

    /** Runs the benchmark; 0 when the aggregates equalled the offline computation, else 1. */
    public int call() throws Exception {
        Path home = Path.of(System.getProperty("newstally.home", "."));
        Files.createDirectories(home.resolve("data"));
        Path dir = Files.createTempDirectory(home.resolve("data"), "bench-");
        KafkaBroker broker = null;
        try {
            if (bootstrapServers == null) {
                System.out.println("Starting a Kafka broker ...");
                broker = KafkaBroker.start(dir.resolve("kafka"), Duration.ofSeconds(120));
                bootstrapServers = broker.bootstrapServers();
            }
            return run(dir);
        } finally {
            if (broker != null) {
                broker.close();
            }
            if (keepData) {
                System.out.println("Data and logs kept in " + dir);
            } else {
                DataFolders.deleteRecursively(dir);
            }
        }
    }

    private int run(Path dir) throws Exception {
        String run = "bench-" + Instant.now().getEpochSecond();
        Properties client = new Properties();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Properties config = new Properties();
        config.putAll(client);
        for (String role : List.of("raw", "enriched", "claims", "by-source", "by-outlet", "by-source-daily", "dead-letter")) {
            config.put(Topics.PROPERTY_PREFIX + role, run + "." + role);
        }
        Topics topics = Topics.from(config);
        String copyTopic = run + ".copy";
        createTopics(config, topics, List.of(copyTopic), partitions);
        Path configFile = dir.resolve("client.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "newstally bench");
        }
        results.put("articles", articles);
        results.put("partitions", partitions);

        List<BenchArticles.RawRecord> records = new BenchArticles(seed, 400).records(articles, Instant.now().toEpochMilli());
        Enricher enricher = Enricher.withBundledSources();
        OfflineAggregates offline;
        try (ProgressBar bar = bar("offline", records.size())) {
            offline = offline(records, enricher, bar::step);
        }
        var expectedBySource = offline.allBySource();
        var expectedByOutlet = offline.allByOutlet();
        var expectedDaily = offline.allDaily();
        var expectedRanges = offline.allRanges();
        String hot = expectedBySource.values().stream()
                .max(Comparator.comparingInt(Bench::articlesOf)).map(SourceEstimate::source).orElse("?");
        System.out.printf("Generated %,d records; %d sources, %d outlets, %d source-days; hot source %s cited by %,d articles%n",
                records.size(), expectedBySource.size(), expectedByOutlet.size(), expectedDaily.size(), hot,
                articlesOf(expectedBySource.get(hot)));
        results.put("hotSource", Map.of("source", hot, "articles", articlesOf(expectedBySource.get(hot))));

        try (KafkaProducer<String, byte[]> producer = producer(client); ProgressBar bar = bar("produce", records.size())) {
            send(producer, topics, records, (m, e) -> bar.step());
        }
        records = null; // the offline state is all that is needed from here on

        try (Admin admin = Admin.create(client)) {
            // 1. the ceiling: Kafka Streams copying the same records, exactly-once
            ServiceProcess copy = ServiceProcess.start("copy", dir, List.of(COPY_COMMAND, "--bootstrap-servers", bootstrapServers,
                    "--from", topics.raw(), "--to", copyTopic, "--application-id", run + "-copy", "--state-dir", dir.resolve("copy").toString()));
            long copyStart = awaitStable(admin, List.of(run + "-copy"), copy);
            try (ProgressBar bar = bar("copy", articles)) {
                awaitConsumed(admin, run + "-copy", topics.raw(), bar, copy);
            }
            double copySeconds = (System.nanoTime() - copyStart) / 1e9;
            ResourceUsage copyUsage = copy.stop();
            double copyRate = articles / copySeconds;
            results.put("copy", Map.of("articlesPerSecond", round(copyRate), "seconds", round(copySeconds), "usage", usage(copyUsage)));
            Map<String, Stage> alone = eachService ? eachServiceAlone(admin, client, config, topics, run, dir, copyRate,
                    expectedBySource, expectedByOutlet, expectedDaily, expectedRanges) : Map.of();

            // 2. the pipeline, raw to aggregates, until they equal the offline computation
            List<String> common = List.of("--kafka-config", configFile.toString(), "--partitions", String.valueOf(partitions));
            ServiceProcess enrich = ServiceProcess.start("enrich", dir, concat(List.of("enrich", "--application-id", run + "-enrich",
                    "--state-dir", dir.resolve("enrich").toString()), common));
            ServiceProcess aggregate = ServiceProcess.start("aggregate", dir, concat(List.of("aggregate", "--application-id", run + "-aggregate",
                    "--state-dir", dir.resolve("aggregate").toString(), "--daily-grace", DAILY_GRACE), common));
            try (AggregateReader reader = new AggregateReader(client, topics)) {
                long pipelineStart = awaitStable(admin, List.of(run + "-enrich", run + "-aggregate"), enrich, aggregate);
                boolean exact;
                try (ProgressBar bar = bar("pipeline", articles)) {
                    exact = awaitExact(admin, run + "-aggregate", topics.enriched(), reader, bar, expectedBySource,
                            expectedByOutlet, expectedDaily, expectedRanges, enrich, aggregate);
                }
                double pipelineSeconds = (System.nanoTime() - pipelineStart) / 1e9;
                double pipelineRate = articles / pipelineSeconds;
                if (!exact) {
                    firstDifference("by-source", reader.bySource, expectedBySource);
                    firstDifference("by-outlet", reader.byOutlet, expectedByOutlet);
                    firstDifference("daily", reader.daily, expectedDaily);
                    firstDifference("range", reader.ranges, expectedRanges);
                    System.out.printf("%nThe aggregates did NOT equal the offline computation within %d s: by-source %s, by-outlet %s, daily %s,"
                                    + " range %s%n(logs: %s, %s)%n", timeoutSeconds,
                            reader.bySource.equals(expectedBySource), reader.byOutlet.equals(expectedByOutlet),
                            reader.daily.equals(expectedDaily), reader.ranges.equals(expectedRanges), enrich.log(), aggregate.log());
                }
                results.put("exact", exact);

                // 3. latency at a fixed offered rate
                Map<String, Object> latency = latency(client, topics, enricher, reader);
                ResourceUsage enrichUsage = enrich.stop();
                ResourceUsage aggregateUsage = aggregate.stop();
                results.put("pipeline", Map.of("articlesPerSecond", round(pipelineRate), "seconds", round(pipelineSeconds),
                        "ratioToCopy", round(pipelineRate / copyRate)));
                results.put("latency", latency);
                results.put("services", Map.of("enrich", usage(enrichUsage), "aggregate", usage(aggregateUsage), "copy", usage(copyUsage)));
                Map<String, TopicTraffic> traffic = traffic(admin, client, run);
                // per record of the raw topic: the generated ones, their re-sends, corrections and deletions, and the latency phase's
                double raw = traffic.containsKey("raw") ? Math.max(1, traffic.get("raw").records()) : 1;
                results.put("largestRecordBytes", mapValues(traffic, TopicTraffic::largest));
                results.put("recordsHeldPerRawRecord", mapValues(traffic, t -> round(t.records() / raw)));
                results.put("bytesHeldPerRawRecord", mapValues(traffic, t -> Math.round(t.bytes() / raw)));
                report(copyRate, alone, pipelineRate, latency, enrichUsage, aggregateUsage, copyUsage, traffic, raw);
                if (json != null) {
                    Files.writeString(json, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
                }
                return exact ? 0 : 1;
            } finally {
                enrich.close();
                aggregate.close();
            }
        }
    }

    /** One service timed on its own: articles/s and what its JVM used. */
    private record Stage(String label, double articlesPerSecond, ResourceUsage usage) {
    }

    /**
     * {@code enrich} alone from the raw topic to an enriched topic of its own, timed until it has
     * committed every raw record; then {@code aggregate} alone from that enriched topic, timed
     * until its aggregate topics equal the offline computation. Each is a fresh JVM on topics and
     * an application id of its own ({@code <run>-alone}), so the pipeline after it starts as cold.
     */
    private Map<String, Stage> eachServiceAlone(Admin admin, Properties client, Properties config, Topics topics, String run,
                                                Path dir, double copyRate, Map<String, ?> bySource, Map<String, ?> byOutlet,
                                                Map<String, ?> daily, Map<String, ?> ranges) throws Exception {
        String prefix = run + "-alone";
        Properties aloneConfig = new Properties();
        aloneConfig.putAll(config);
        for (String role : List.of("enriched", "claims", "by-source", "by-outlet", "by-source-daily", "range", "dead-letter")) {
            aloneConfig.put(Topics.PROPERTY_PREFIX + role, prefix + "." + role);
        }
        Topics aloneTopics = Topics.from(aloneConfig);
        createTopics(aloneConfig, aloneTopics, List.of(), partitions);
        Path configFile = dir.resolve("alone.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            aloneConfig.store(out, "newstally bench, each service alone");
        }
        List<String> common = List.of("--kafka-config", configFile.toString(), "--partitions", String.valueOf(partitions));
        Map<String, Stage> stages = new LinkedHashMap<>();

        ServiceProcess enrich = ServiceProcess.start("enrich-alone", dir, concat(List.of("enrich", "--application-id",
                prefix + "-enrich", "--state-dir", dir.resolve("enrich-alone").toString()), common));
        try {
            long start = awaitStable(admin, List.of(prefix + "-enrich"), enrich);
            try (ProgressBar bar = bar("enrich alone", articles)) {
                awaitConsumed(admin, prefix + "-enrich", topics.raw(), bar, enrich);
            }
            double rate = articles / ((System.nanoTime() - start) / 1e9);
            stages.put("enrichAlone", new Stage("enrich alone, raw to enriched", rate, enrich.stop()));
        } finally {
            enrich.close();
        }

        ServiceProcess aggregate = ServiceProcess.start("aggregate-alone", dir, concat(List.of("aggregate", "--application-id",
                prefix + "-aggregate", "--state-dir", dir.resolve("aggregate-alone").toString(), "--daily-grace", DAILY_GRACE), common));
        try (AggregateReader reader = new AggregateReader(client, aloneTopics)) {
            long start = awaitStable(admin, List.of(prefix + "-aggregate"), aggregate);
            boolean exact;
            try (ProgressBar bar = bar("aggregate alone", articles)) {
                exact = awaitExact(admin, prefix + "-aggregate", aloneTopics.enriched(), reader, bar, bySource, byOutlet, daily, ranges, aggregate);
            }
            if (!exact) {
                throw new IllegalStateException("aggregate alone did not reach the offline aggregates within " + timeoutSeconds
                        + " s; see " + aggregate.log());
            }
            double rate = articles / ((System.nanoTime() - start) / 1e9);
            stages.put("aggregateAlone", new Stage("aggregate alone, enriched to aggregates", rate, aggregate.stop()));
        } finally {
            aggregate.close();
        }
        stages.forEach((key, stage) -> results.put(key, Map.of("articlesPerSecond", round(stage.articlesPerSecond()),
                "ratioToCopy", round(stage.articlesPerSecond() / copyRate), "usage", usage(stage.usage()))));
        return stages;
    }

    /** Prints the first key whose value differs from the offline computation, for the one who has to find out why. */
    private static void firstDifference(String topic, Map<String, ?> actual, Map<String, ?> expected) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        long differing = keys.stream().filter(k -> !java.util.Objects.equals(actual.get(k), expected.get(k))).count();
        keys.stream().filter(k -> !java.util.Objects.equals(actual.get(k), expected.get(k))).findFirst().ifPresent(k ->
                System.out.printf("%s: %d of %d keys differ; first %s%n  topic:   %s%n  offline: %s%n", topic, differing,
                        keys.size(), k, actual.get(k), expected.get(k)));
    }

    private static int articlesOf(SourceEstimate e) {
        return e == null ? 0 : e.kinds().values().stream().mapToInt(KindEstimate::articles).max().orElse(0);
    }

    private Map<String, Object> latency(Properties client, Topics topics, Enricher enricher, AggregateReader reader)
            throws InterruptedException {
        record Sent(String source, Instant publishedAt, long sentNanos) {
        }
        ConcurrentLinkedQueue<Sent> pending = new ConcurrentLinkedQueue<>();
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        reader.onSourceEstimate((estimate, received) -> {
            Instant newest = estimate.kinds().values().stream().map(k -> k.latest().publishedAt())
                    .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.MIN);
            pending.removeIf(s -> {
                if (s.source.equals(estimate.source()) && !s.publishedAt.isAfter(newest)) {
                    latenciesMicros.add((received - s.sentNanos) / 1_000);
                    return true;
                }
                return false;
            });
        });
        BenchArticles generator = new BenchArticles(seed + 1, 400);
        JsonSerde<Article> serde = JsonSerde.of(Article.class);
        int total = rate * latencySeconds;
        int offered = 0;
        try (KafkaProducer<String, byte[]> producer = producer(client); ProgressBar bar = bar("latency", total)) {
            long start = System.nanoTime();
            Instant base = Instant.now();
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                // each article is the newest of its source, so the by-source record shows when it has arrived
                Article a = generator.article("bench-latency-" + i, base.plusMillis(i));
                List<String> sources = enricher.claims(a.withIngestedAt(base)).stream().map(c -> c.source()).distinct().toList();
                long sent = System.nanoTime();
                if (!sources.isEmpty()) {
                    pending.add(new Sent(sources.get(0), a.publishedAt(), sent));
                    offered++;
                }
                producer.send(new ProducerRecord<>(topics.raw(), a.id(), serde.serialize(topics.raw(), a)));
                bar.step();
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offeredPerSecond", rate);
        out.put("measured", sorted.size());
        out.put("notArrived", pending.size());
        out.put("p50Ms", percentile(sorted, 0.50));
        out.put("p99Ms", percentile(sorted, 0.99));
        out.put("maxMs", sorted.isEmpty() ? null : round(sorted.get(sorted.size() - 1) / 1000.0));
        out.put("articlesWithClaims", offered);
        return out;
    }

    private static Double percentile(List<Long> sortedMicros, double p) {
        if (sortedMicros.isEmpty()) {
            return null;
        }
        int i = Math.min(sortedMicros.size() - 1, (int) Math.ceil(p * sortedMicros.size()) - 1);
        return round(sortedMicros.get(Math.max(0, i)) / 1000.0);
    }

    /** Waits until each group has members and an assignment: the moment its service starts processing. */
    private long awaitStable(Admin admin, List<String> groups, ServiceProcess... services) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            for (ServiceProcess s : services) {
                if (!s.isAlive()) {
                    throw new IllegalStateException(s.name() + " exited; see " + s.log());
                }
            }
            try {
                var described = admin.describeConsumerGroups(groups).all().get();
                if (described.values().stream().allMatch(g -> g.groupState() == GroupState.STABLE && !g.members().isEmpty())) {
                    return System.nanoTime();
                }
            } catch (java.util.concurrent.ExecutionException notYet) {
                // the group does not exist until its first member joins
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the services did not start within " + timeoutSeconds + " s");
    }

    /** Waits until the group has committed every record of the topic. */
    private void awaitConsumed(Admin admin, String group, String topic, ProgressBar bar, ServiceProcess service) throws Exception {
        Map<TopicPartition, Long> end = endOffsets(admin, topic);
        long target = end.values().stream().mapToLong(Long::longValue).sum();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            long done = committed(admin, group, topic);
            bar.stepTo(Math.min(bar.getMax(), done * bar.getMax() / Math.max(1, target)));
            if (done >= target) {
                return;
            }
            if (!service.isAlive()) {
                throw new IllegalStateException(service.name() + " exited; see " + service.log());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(group + " did not consume " + topic + " within " + timeoutSeconds + " s");
    }

    private boolean awaitExact(Admin admin, String group, String enrichedTopic, AggregateReader reader, ProgressBar bar,
                               Map<String, ?> bySource, Map<String, ?> byOutlet, Map<String, ?> daily, Map<String, ?> ranges,
                               ServiceProcess... services) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long checked = -1;
        while (System.nanoTime() < deadline) {
            long target = endOffsets(admin, enrichedTopic).values().stream().mapToLong(Long::longValue).sum();
            long done = committed(admin, group, enrichedTopic);
            // the enriched topic also holds transaction markers: its offsets run ahead of the records
            bar.stepTo(Math.min(bar.getMax() - 1, (long) (bar.getMax() * (done / (double) Math.max(1, target)))));
            long version = reader.version();
            if (version != checked) {
                checked = version;
                if (reader.bySource.equals(bySource) && reader.byOutlet.equals(byOutlet) && reader.daily.equals(daily)
                        && reader.ranges.equals(ranges)) {
                    bar.stepTo(bar.getMax());
                    return true;
                }
            }
            for (ServiceProcess s : services) {
                if (!s.isAlive()) {
                    throw new IllegalStateException(s.name() + " exited; see " + s.log());
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        partitions.forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /**
     * The run's topics. Every record must reach the services, as it reaches the offline
     * computation: compacted raw and enriched topics (what the services create) may drop a re-sent
     * article's first version before it is read, and with it the article's first ingest time; so
     * those two are kept whole instead.
     */
    public static void createTopics(Properties config, Topics topics, List<String> extra, int partitions) throws Exception {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(config))) {
            Set<String> existing = admin.listTopics().names().get();
            admin.createTopics(Stream.of(topics.raw(), topics.enriched()).filter(t -> !existing.contains(t))
                    .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, partitions, (short) 1)
                            .configs(Map.of("cleanup.policy", "delete", "retention.ms", "-1"))).toList()).all().get();
        }
        TopicSetup.ensure(config, topics, Stream.concat(topics.all().stream(), extra.stream()).toList(), partitions, (short) 1);
    }

    /** The aggregates the records must give: each enriched as the service would, applied in order. */
    public static OfflineAggregates offline(List<BenchArticles.RawRecord> records, Enricher enricher, Runnable step) {
        OfflineAggregates offline = new OfflineAggregates(Duration.ofDays(3650));
        for (BenchArticles.RawRecord r : records) {
            EnrichedArticle e = r.article() == null ? null
                    : enricher.enrich(RawArticles.complete(r.key(), r.article(), r.timestamp(), 1_000_000));
            offline.apply(r.key(), e);
            step.run();
        }
        return offline;
    }

    /** The records to the raw topic, at their own timestamps, tombstones as tombstones; flushed. */
    public static void send(KafkaProducer<String, byte[]> producer, Topics topics, List<BenchArticles.RawRecord> records, Callback callback) {
        JsonSerde<Article> serde = JsonSerde.of(Article.class);
        for (BenchArticles.RawRecord r : records) {
            producer.send(new ProducerRecord<>(topics.raw(), null, r.timestamp(), r.key(),
                    r.article() == null ? null : serde.serialize(topics.raw(), r.article())), callback);
        }
        producer.flush();
    }

    public static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** What one topic holds: records, their key and value bytes, and the largest record's. */
    record TopicTraffic(long records, long bytes, int largest) {
    }

    private static <V> Map<String, V> mapValues(Map<String, TopicTraffic> traffic, java.util.function.Function<TopicTraffic, V> f) {
        Map<String, V> out = new TreeMap<>();
        traffic.forEach((topic, t) -> out.put(topic, f.apply(t)));
        return out;
    }

    /**
     * Every topic of this run, internal topics included, read whole at the end: what each holds
     * (the latency phase's articles are in these counts too, and aborted transactions' records;
     * Kafka Streams purges a repartition topic once read, and the cleaner compacts changelogs and
     * aggregates, so these are the bytes kept, not all those written).
     */
    private Map<String, TopicTraffic> traffic(Admin admin, Properties client, String run) throws Exception {
        Set<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true)).names().get();
        List<String> mine = names.stream().filter(n -> n.startsWith(run) && !n.startsWith(run + "-alone")).sorted().toList();
        Map<String, TopicTraffic> traffic = new TreeMap<>();
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             ProgressBar bar = bar("sizes", mine.size())) {
            for (String topic : mine) {
                Map<TopicPartition, Long> end = endOffsets(admin, topic);
                consumer.assign(end.keySet());
                consumer.seekToBeginning(end.keySet());
                int max = 0;
                long records = 0;
                long bytes = 0;
                while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        int size = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
                        max = Math.max(max, size);
                        records++;
                        bytes += size;
                    }
                }
                traffic.put(topic.substring(run.length() + 1), new TopicTraffic(records, bytes, max));
                bar.step();
            }
        }
        return traffic;
    }

    private void report(double copyRate, Map<String, Stage> alone, double pipelineRate, Map<String, Object> latency,
                        ResourceUsage enrich, ResourceUsage aggregate, ResourceUsage copy,
                        Map<String, TopicTraffic> traffic, double rawRecords) {
        System.out.println();
        System.out.printf("%,d articles of about 4 KB, %d partitions, exactly-once; aggregates %s the offline computation%n",
                articles, partitions, Boolean.TRUE.equals(results.get("exact")) ? "equal" : "DO NOT equal");
        System.out.printf("  %-40s %,9.0f articles/s%n", "Kafka Streams identity copy", copyRate);
        alone.values().forEach(stage -> System.out.printf("  %-40s %,9.0f articles/s   ratio to copy %.2f   %s%n", stage.label(),
                stage.articlesPerSecond(), stage.articlesPerSecond() / copyRate, text(stage.usage())));
        System.out.printf("  %-40s %,9.0f articles/s   ratio to copy %.2f%n", "pipeline, raw to aggregates", pipelineRate, pipelineRate / copyRate);
        System.out.printf("  publish to aggregate at %d/s  p50 %s ms  p99 %s ms  max %s ms  (%s measured, %s not arrived)%n",
                rate, latency.get("p50Ms"), latency.get("p99Ms"), latency.get("maxMs"), latency.get("measured"), latency.get("notArrived"));
        System.out.printf("  peak heap / CPU seconds       enrich %s   aggregate %s   copy %s%n", text(enrich), text(aggregate), text(copy));
        System.out.println("  per topic at the end (repartitions are purged once read, compacted topics cleaned):");
        System.out.printf("    %-52s %15s %15s %15s%n", "", "largest record", "records held", "bytes held");
        System.out.printf("    %-52s %15s %15s %15s%n", "", "(bytes)", "per raw record", "per raw record");
        traffic.forEach((topic, t) -> System.out.printf("    %-52s %,15d %15.2f %,15d%n",
                topic, t.largest(), t.records() / rawRecords, Math.round(t.bytes() / rawRecords)));
    }

    private static String text(ResourceUsage u) {
        return u == null ? "?" : String.format("%,d MB / %.1f s", u.peakHeapBytes() / (1024 * 1024), u.cpuSeconds());
    }

    private static Map<String, Object> usage(ResourceUsage u) {
        return u == null ? Map.of() : Map.of("peakHeapBytes", u.peakHeapBytes(), "cpuSeconds", round(u.cpuSeconds()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The producer settings of {@code newstally ingest}: idempotent, acks=all, lz4, batches for ~4 KB articles. */
    public static KafkaProducer<String, byte[]> producer(Properties client) {
        return new KafkaProducer<>(ArticlePublisher.producerConfig(client), new StringSerializer(), new ByteArraySerializer());
    }

    private ProgressBar bar(String task, long max) {
        return bars.bar(task, max);
    }

    public static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
