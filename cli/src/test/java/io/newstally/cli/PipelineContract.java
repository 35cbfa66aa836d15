package io.newstally.cli;

import io.newstally.contracts.TopicSetup;
import io.newstally.contracts.ClientConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.aggregate.OfflineAggregates;
import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.DeadLetters;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceArticle;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.TopicSchemas;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.stream.EnrichTopology;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.cli.observability.ServiceEndpoints;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole pipeline on a real broker: ingest publishes, the enrich and aggregate services
 * run as Kafka Streams applications, and the compacted by-source topic is read back as a
 * downstream consumer would. Each run uses its own topics and application ids, so it can
 * run against a shared external cluster too.
 */
abstract class PipelineContract {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** A small body limit, so that an oversized record fits in a default producer request. */
    private static final int MAX_BODY_CHARS = 20_000;
    /** A key too long to be an article id (an outside producer keyed the record by something else). */
    private static final String LONG_KEY = "long-" + "k".repeat(Article.MAX_ID_CHARS);

    @TempDir
    Path stateDir;

    private String run;
    private Properties client;
    private Topics topics;
    private StreamsService enrich;
    private StreamsService aggregate;

    abstract String bootstrapServers();

    @BeforeEach
    void startServices() throws Exception {
        run = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
        client = new Properties();
        client.put("bootstrap.servers", bootstrapServers());
        for (String role : List.of("raw", "enriched", "claims", "by-source", "by-outlet", "by-source-daily", "range", "dead-letter")) {
            client.put(Topics.PROPERTY_PREFIX + role, run + role);
        }
        topics = Topics.from(client);
        TopicSetup.ensure(client, topics, topics.all(), 2, (short) 1);
        enrich = new StreamsService(EnrichTopology.build(topics, Enricher.withBundledSources(), MAX_BODY_CHARS),
                run + EnrichTopology.APPLICATION_ID, stateDir, topics, client, false).start();
        aggregate = new StreamsService(AggregateTopology.build(topics, AggregateTopology.DEFAULT_DAILY_GRACE),
                run + AggregateTopology.APPLICATION_ID, stateDir, topics, client, false).start();
    }

    @AfterEach
    void stopServices() {
        if (enrich != null) {
            enrich.close();
        }
        if (aggregate != null) {
            aggregate.close();
        }
    }

    @Test
    void devArticlesEndInTheAggregatesBySource() throws Exception {
        Path dev = Path.of(System.getProperty("newstally.shared.dir", "../../shared"), "eval", "dev", "articles");
        assumeTrue(Files.isDirectory(dev), "no shared evaluation data at " + dev.toAbsolutePath());
        publish(dev);
        Map<String, SourceEstimate> out = awaitBySource(m -> articles(m, "US", Kind.DEPLOYED) == 4
                && articles(m, "NL", Kind.DEPLOYED) == 1 && articles(m, "KR", Kind.PLANNED) == 2);
        assertThat(out.get("US").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(3000);
        assertThat(out.get("NL").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(1500);
        assertThat(out.get("UA").kinds().get(Kind.PLANNED).latest().value()).isEqualTo(10000);
        assertThat(out.get("KR").kinds().get(Kind.DEPLOYED).values()).extracting(v -> v.value()).contains(1500L, 3000L, 10000L);
        assertEveryRecordFollowsItsSchema(List.of(topics.raw(), topics.enriched(), topics.claims(), topics.bySource(),
                topics.byOutlet(), topics.bySourceDaily(), topics.range()));
    }

    @Test
    void samplesCorrectionsDeletionsAndDeadLetters() throws Exception {
        List<Article> samples = publish(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia"));
        Map<String, SourceEstimate> out = awaitBySource(m -> articles(m, "NL", Kind.DEPLOYED) == 1
                && articles(m, "US", Kind.DEPLOYED) == 2 && articles(m, "UA", Kind.PLANNED) == 1);
        assertThat(out.get("NL").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(1500);

        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(ClientConfig.kafkaOnly(client), new StringSerializer(), new ByteArraySerializer())) {
            // an outside producer's bad records, then a correction of the Dutch article, then a deletion
            raw.send(new ProducerRecord<>(topics.raw(), "broken", "{\"title\": no".getBytes(StandardCharsets.UTF_8))).get();
            raw.send(new ProducerRecord<>(topics.raw(), "empty", "{\"title\":\"no body\"}".getBytes(StandardCharsets.UTF_8))).get();
            raw.send(new ProducerRecord<>(topics.raw(), "types", "{\"title\": 5, \"body\": [\"x\"]}".getBytes(StandardCharsets.UTF_8))).get();
            raw.send(new ProducerRecord<>(topics.raw(), "latin1", new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xE9, '"', '}'})).get();
            raw.send(new ProducerRecord<>(topics.raw(), "huge", ("{\"body\": \"" + "x".repeat(MAX_BODY_CHARS + 1) + "\"}").getBytes(StandardCharsets.UTF_8))).get();
            raw.send(new ProducerRecord<>(topics.raw(), LONG_KEY, "{\"body\": \"Kirby said 3,000 troops.\"}".getBytes(StandardCharsets.UTF_8))).get();
            Article dutch = samples.stream().filter(a -> a.origin().endsWith("03-dutch-kursk.json")).findFirst().orElseThrow();
            String corrected = "{\"title\":\"Dutch minister: North Korean troops in Kursk\",\"body\":\"Defence Minister Ruben Brekelmans said "
                    + "Dutch intelligence now believes at least 2,500 North Korean soldiers are stationed in Kursk.\"}";
            raw.send(new ProducerRecord<>(topics.raw(), dutch.id(), corrected.getBytes(StandardCharsets.UTF_8))).get();
            Article zelensky = samples.stream().filter(a -> a.origin().endsWith("03-dutch-kursk.json")).findFirst().orElseThrow();
            assertThat(zelensky.id()).isEqualTo(dutch.id());
        }
        out = awaitBySource(m -> m.containsKey("NL") && m.get("NL").kinds().get(Kind.DEPLOYED).latest().value() == 2500
                && !m.containsKey("UA"));
        KindEstimate nl = out.get("NL").kinds().get(Kind.DEPLOYED);
        assertThat(nl.values()).extracting(v -> v.value()).containsExactly(2500L); // the old 1,500 is gone
        assertThat(out).doesNotContainKey("UA"); // the correction no longer cites Zelensky

        List<ConsumerRecord<String, byte[]>> dead = readAll(topics.deadLetter(), 6);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("broken", "empty", "types", "latin1", "huge", LONG_KEY);
        assertThat(dead).allSatisfy(r -> {
            assertThat(DeadLetters.header(r.headers(), DeadLetters.REASON)).isNotBlank();
            assertThat(DeadLetters.header(r.headers(), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(topics.raw());
            assertThat(DeadLetters.header(r.headers(), DeadLetters.ORIGINAL_PARTITION)).matches("\\d+");
            assertThat(DeadLetters.header(r.headers(), DeadLetters.ORIGINAL_OFFSET)).matches("\\d+");
        });
        Map<String, String> reasons = new HashMap<>();
        dead.forEach(r -> reasons.put(r.key(), DeadLetters.header(r.headers(), DeadLetters.REASON)));
        assertThat(reasons.get("empty")).contains("no body");
        assertThat(reasons.get("huge")).contains("over the limit of " + MAX_BODY_CHARS);
        assertThat(reasons.get("types")).containsIgnoringCase("title");
        assertThat(reasons.get(LONG_KEY)).contains("over the limit of " + Article.MAX_ID_CHARS);
        assertThat(enrich.deadLettered()).isEqualTo(6);

        try (ArticlePublisher publisher = new ArticlePublisher(ClientConfig.kafkaOnly(client), topics.raw())) {
            publisher.delete(samples.stream().filter(a -> a.origin().endsWith("03-dutch-kursk.json")).findFirst().orElseThrow().id());
        }
        out = awaitBySource(m -> !m.containsKey("NL"));
        assertThat(out).doesNotContainKey("NL").containsKey("US");
        assertThat(awaitView(t -> !t.contains("(NL)"), "--topic", "by-source")).contains("United States (US) deployed         3000");
        assertThat(awaitView(t -> !t.contains("  NL  "), "--topic", "by-outlet")).contains("Example Wire");
        assertThat(view("--topic", "daily", "--json")).contains("{\"key\":\"US|2024-10-24\",\"value\":{\"source\":\"US\"");
        // the range of estimates lists the deleted article's source no more
        assertThat(awaitView(t -> t.contains("Deployed: ") && !t.contains("(NL)"), "--topic", "range")).contains("United States (US)");
        // the raw topic holds the outside producer's bad records too: only what the pipeline wrote is checked
        assertEveryRecordFollowsItsSchema(List.of(topics.enriched(), topics.claims(), topics.bySource(), topics.byOutlet(),
                topics.bySourceDaily(), topics.range()));
    }

    private String awaitView(Predicate<String> done, String... args) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = view(args);
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            last = view(args);
        }
        assertThat(done.test(last)).as("newstally view never showed the expected state; last:%n%s", last).isTrue();
        return last;
    }

    /** {@code newstally view --once ...} against this run's topics, as a user types it; its output. */
    private String view(String... args) throws Exception {
        Path config = stateDir.resolve("view.properties");
        try (var w = Files.newBufferedWriter(config)) {
            client.store(w, null);
        }
        StringWriter out = new StringWriter();
        CommandLine cmd = Newstally.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of("view", "--once", "--kafka-config", config.toString()));
        all.addAll(List.of(args));
        assertThat(cmd.execute(all.toArray(String[]::new))).isZero();
        return out.toString();
    }

    /** Every value on the topics validates against schemas/newstally.schema.json. */
    private void assertEveryRecordFollowsItsSchema(List<String> written) {
        for (String topic : written) {
            List<ConsumerRecord<String, byte[]>> records = readToEnd(topic);
            assertThat(records).as(topic).isNotEmpty();
            records.forEach(r -> TopicSchemas.assertValid(topics, topic, r.value()));
        }
    }

    /**
     * Two instances of each service with the same application ids share the partitions, and
     * the aggregates equal those computed offline from the same articles, without Kafka.
     */
    @Test
    void twoInstancesOfEachServiceShareTheWorkAndGiveTheSameAggregates() throws Exception {
        try (StreamsService enrich2 = new StreamsService(EnrichTopology.build(topics, Enricher.withBundledSources(), MAX_BODY_CHARS),
                     run + EnrichTopology.APPLICATION_ID, stateDir.resolve("second"), topics, client, false).start();
             StreamsService aggregate2 = new StreamsService(AggregateTopology.build(topics, AggregateTopology.DEFAULT_DAILY_GRACE),
                     run + AggregateTopology.APPLICATION_ID, stateDir.resolve("second"), topics, client, false).start()) {
            // the second instances join running groups: wait for the rebalance to give them partitions
            List<StreamsService> all = List.of(enrich, enrich2, aggregate, aggregate2);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!all.stream().allMatch(PipelineContract::hasActiveTasks) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(all).as("every instance has work").allMatch(PipelineContract::hasActiveTasks);

            List<Article> samples = publish(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia"));
            // the same articles again, read again later (another ingest time): duplicates change nothing
            Thread.sleep(5);
            publish(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia"));
            Map<String, SourceEstimate> expected = offlineBySource(samples);
            assertThat(expected).containsKeys("US", "KR", "NL");
            awaitBySource(m -> m.equals(expected));
            // what a user of `newstally view` sees is that same state
            assertThat(awaitView(t -> t.equals(EstimatesTable.render(expected.values())), "--topic", "by-source")).isNotEmpty();
        }
    }

    private static boolean hasActiveTasks(StreamsService s) {
        return s.streams().state() == KafkaStreams.State.RUNNING
                && s.streams().metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty());
    }

    /** The by-source aggregate computed without Kafka: enrich each article, then aggregate the plain way. */
    private static Map<String, SourceEstimate> offlineBySource(List<Article> articles) {
        Enricher enricher = Enricher.withBundledSources();
        OfflineAggregates offline = new OfflineAggregates(AggregateTopology.DEFAULT_DAILY_GRACE);
        articles.forEach(a -> offline.apply(a.id(), enricher.enrich(a)));
        return offline.allBySource();
    }

    /**
     * Archived articles are old: nothing may expire them by publication time. Records carry
     * the ingest time, entity-keyed topics are compacted, the others have no time retention.
     */
    @Test
    void archivedArticlesAreNotExpiredByTimeRetention() throws Exception {
        List<Article> samples = publish(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia"));
        assertThat(samples).allMatch(a -> a.publishedAt() != null && a.publishedAt().isBefore(Instant.parse("2025-01-01T00:00:00Z")));
        List<ConsumerRecord<String, byte[]>> raw = readToEnd(topics.raw());
        assertThat(raw).hasSameSizeAs(samples).allSatisfy(r -> assertThat(r.timestamp())
                .isEqualTo(samples.stream().filter(a -> a.id().equals(r.key())).findFirst().orElseThrow().ingestedAt().toEpochMilli()));

        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            for (String topic : topics.all()) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                String policy = config.get("cleanup.policy").value();
                String retention = config.get("retention.ms").value();
                assertThat(policy.equals("compact") || retention.equals("-1")).as("%s: cleanup.policy=%s retention.ms=%s", topic, policy, retention).isTrue();
            }
        }
    }

    /**
     * A topic set up so that it would lose data later (a 7-day delete policy on a compacted
     * topic, compaction on the claims topic) is reported at start-up, and set right with
     * --fix-topics; a topic kept whole loses nothing and is left alone.
     */
    @Test
    void topicsThatWouldLoseDataAreReportedAndFixedOnRequest() throws Exception {
        String sevenDays = run + "old-by-source";
        String compactedClaims = run + "old-claims";
        Properties old = new Properties();
        old.putAll(client);
        old.put(Topics.PROPERTY_PREFIX + "by-source", sevenDays);
        old.put(Topics.PROPERTY_PREFIX + "claims", compactedClaims);
        Topics oldTopics = Topics.from(old);
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            admin.createTopics(List.of(
                    new org.apache.kafka.clients.admin.NewTopic(sevenDays, 1, (short) 1).configs(Map.of("cleanup.policy", "delete", "retention.ms", "604800000")),
                    new org.apache.kafka.clients.admin.NewTopic(compactedClaims, 1, (short) 1).configs(Map.of("cleanup.policy", "compact")))).all().get();
            long deadline = System.nanoTime() + WAIT.toNanos(); // created on the controller; listed once the broker knows them
            while (!admin.listTopics().names().get().containsAll(List.of(sevenDays, compactedClaims)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        List<String> needed = List.of(sevenDays, compactedClaims, topics.raw(), topics.deadLetter());

        assertThatThrownBy(() -> TopicSetup.verify(old, oldTopics, needed, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sevenDays + ": cleanup.policy=delete retention.ms=604800000")
                .hasMessageContaining(compactedClaims + ": cleanup.policy=compact").hasMessageContaining("--fix-topics")
                .message().doesNotContain(topics.raw() + ":");
        assertThat(TopicSetup.verify(old, oldTopics, needed, true)).hasSize(2);
        List<String> left = null; // the broker applies the new settings shortly after
        for (long deadline = System.nanoTime() + WAIT.toNanos(); left == null && System.nanoTime() < deadline; ) {
            try {
                left = TopicSetup.verify(old, oldTopics, needed, false);
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        assertThat(left).as("the topics were still reported after --fix-topics").isEmpty();
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            var bySource = new ConfigResource(ConfigResource.Type.TOPIC, sevenDays);
            var claims = new ConfigResource(ConfigResource.Type.TOPIC, compactedClaims);
            var configs = admin.describeConfigs(List.of(bySource, claims)).all().get();
            assertThat(configs.get(bySource).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(claims).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(claims).get("retention.ms").value()).isEqualTo("-1");
        }
    }

    /**
     * A record the pipeline cannot write (here: an enriched article over the enriched topic's
     * size limit, set low for the test) sends its input to the dead-letter topic with the reason,
     * and the service goes on with the records after it.
     */
    @Test
    void aRecordTooLargeToWriteIsDeadLetteredAndTheServiceGoesOn() throws Exception {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topics.enriched());
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
                    new org.apache.kafka.clients.admin.ConfigEntry("max.message.bytes", "6000"),
                    org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get();
        }
        // the service reads the topic's limit when it starts, as `newstally enrich` does
        enrich.close();
        int limit = TopicSetup.maxRecordBytes(client, topics.enriched(), EnrichTopology.DEFAULT_MAX_RECORD_BYTES);
        assertThat(limit).isEqualTo(6000 - TopicSetup.FRAMING_BYTES);
        // a group of its own: the closed instance's session would hold its partitions for 45 s
        enrich = new StreamsService(EnrichTopology.build(topics, Enricher.withBundledSources(), MAX_BODY_CHARS, limit),
                run + "limited-" + EnrichTopology.APPLICATION_ID, stateDir, topics, client, false).start();
        String sentence = "The NIS said about 3,000 North Korean soldiers had arrived in Russia's Far East. ";
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(ClientConfig.kafkaOnly(client), new StringSerializer(), new ByteArraySerializer())) {
            String big = "{\"title\":\"Long report\",\"body\":\"" + sentence.repeat(60) + "\"}";
            raw.send(new ProducerRecord<>(topics.raw(), "too-large", big.getBytes(StandardCharsets.UTF_8))).get();
            String small = "{\"title\":\"Short report\",\"body\":\"The Pentagon said 2,000 North Korean soldiers were in Kursk.\"}";
            raw.send(new ProducerRecord<>(topics.raw(), "small", small.getBytes(StandardCharsets.UTF_8))).get();
        }
        Map<String, SourceEstimate> out = awaitBySource(m -> articles(m, "US", Kind.DEPLOYED) == 1);
        assertThat(out).doesNotContainKey("KR");
        List<ConsumerRecord<String, byte[]>> dead = readAll(topics.deadLetter(), 1);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly("too-large");
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.REASON)).contains(topics.enriched());
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(topics.raw());
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains("Long report");
        assertThat(enrich.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    /**
     * What the README promises outside producers and consumers, checked with Debian's kcat,
     * a Kafka client that shares no code with this project: malformed records go to the
     * dead-letter topic while the good ones around them are processed; a correction sent
     * under the same key makes the old figure disappear for a kcat consumer of by-source.
     */
    @Test
    void kcatProducersAndConsumersGetWhatTheReadmePromises() throws Exception {
        assumeTrue(Kcat.available(), "kcat is not installed (src/test/sh/install-test-tools.sh could not install it; Debian: apt-get install kcat)");
        Kcat kcat = new Kcat(bootstrapServers());
        kcat.produce(topics.raw(), List.of(
                "kcat-1|{\"title\":\"Dutch say 1,500 in Kursk\",\"body\":\"The Dutch defence ministry said about 1,500 North Korean soldiers were in the Kursk region.\",\"outlet\":\"kcat-wire\"}",
                "kcat-bad-1|not json at all",
                "kcat-bad-2|{\"title\":\"no body\"}",
                "kcat-bad-3" + LONG_KEY + "|{\"title\":\"t\",\"body\":\"The Pentagon said 3,000 North Korean troops were in Russia.\"}",
                "kcat-2|{\"title\":\"Pentagon: 3,000\",\"body\":\"The Pentagon said at least 3,000 North Korean troops had arrived in Russia.\"}"));

        awaitBySource(m -> articles(m, "NL", Kind.DEPLOYED) == 1 && articles(m, "US", Kind.DEPLOYED) == 1);
        // the stack-trace header spans lines: keep the lines that start a record
        List<String> dead = kcat.consume(topics.deadLetter(), 3, "%k\t%h").stream().filter(l -> l.startsWith("kcat-")).toList();
        assertThat(dead).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("kcat-bad-1\t").contains("__streams.errors.message=not a valid Article JSON"))
                .anySatisfy(line -> assertThat(line).startsWith("kcat-bad-2\t").contains("no body"))
                .anySatisfy(line -> assertThat(line).startsWith("kcat-bad-3" + LONG_KEY + "\t").contains("over the limit of 200"));

        kcat.produce(topics.raw(), List.of(
                "kcat-1|{\"title\":\"Dutch say 2,500 in Kursk\",\"body\":\"The Dutch defence ministry said about 2,500 North Korean soldiers were in the Kursk region.\",\"outlet\":\"kcat-wire\"}"));
        awaitBySource(m -> m.containsKey("NL") && m.get("NL").kinds().get(Kind.DEPLOYED).latest().value() == 2500);
        String nl = kcat.consume(topics.bySource(), -1, "%k\t%s").stream().filter(l -> l.startsWith("NL\t"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(nl).contains("\"value\":2500").doesNotContain("\"value\":1500");

        kcat.tombstone(topics.raw(), "kcat-1");
        awaitBySource(m -> !m.containsKey("NL"));
    }

    /**
     * Records an outside producer may send: each goes to the dead-letter topic with its reason,
     * or is processed; no service stops, and the good records around them go through.
     */
    @Test
    void hostileRecordsAreDeadLetteredOrProcessedAndTheGoodOnesAroundThemGoThrough() throws Exception {
        int fiveMegabytes = 5 * 1024 * 1024;
        // a deployment that takes large raw records: the dead letters of such records must fit too
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            var large = new org.apache.kafka.clients.admin.AlterConfigOp(new org.apache.kafka.clients.admin.ConfigEntry(
                    "max.message.bytes", Integer.toString(2 * fiveMegabytes)), org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, topics.raw()), List.of(large),
                    new ConfigResource(ConfigResource.Type.TOPIC, topics.deadLetter()), List.of(large))).all().get();
        }
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("not-json", "North Korea sent troops".getBytes(StandardCharsets.UTF_8));
        hostile.put("wrong-shape", "[{\"title\":\"a list, not an article\"}]".getBytes(StandardCharsets.UTF_8));
        hostile.put("whitespace-body", "{\"title\":\"  \",\"body\":\" \\n\\t \"}".getBytes(StandardCharsets.UTF_8));
        hostile.put("five-megabytes", ("{\"body\":\"" + "troops ".repeat(fiveMegabytes / 7) + "\"}").getBytes(StandardCharsets.UTF_8));
        hostile.put("nested-10000-deep", ("{\"title\":\"deep\",\"body\":\"x\",\"extra\":" + deep + "}").getBytes(StandardCharsets.UTF_8));
        hostile.put("invalid-utf8", new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        hostile.put("absurd-numbers", article("Absurd figures", "Officials said 10^300 troops and " + "9".repeat(400)
                + " soldiers were sent, and 1e308 more were planned."));
        hostile.put("backtracking", article("Backtracking", "The NIS said " + "(".repeat(5_000) + "3,000 " + "North Korean ".repeat(500)
                + "troops" + ",".repeat(5_000) + " were sent."));
        hostile.put("one-long-word", article("One word", "x".repeat(MAX_BODY_CHARS - 10)));
        hostile.put("control-characters", article("Control\u0000characters", "The NIS said\u0000 3,000\u0007 North Korean\u001B[31m "
                + "troops\u202E were sent\uFFFF to Russia.\u0000"));
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerWithMaxRequest(2 * fiveMegabytes),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.raw(), "good-before", article("Good before",
                    "Dutch Defence Minister Ruben Brekelmans said 1,500 North Korean troops are in Kursk."))).get();
            for (var e : hostile.entrySet()) {
                raw.send(new ProducerRecord<>(topics.raw(), e.getKey(), e.getValue())).get();
            }
            // no key: the compacted raw topic refuses it, and the producer is told why
            assertThatThrownBy(() -> raw.send(new ProducerRecord<>(topics.raw(), null, article("No key",
                    "The NIS said 2,000 North Korean troops were sent to Russia."))).get())
                    .hasCauseInstanceOf(org.apache.kafka.common.InvalidRecordException.class)
                    .hasMessageContaining("without key");
            raw.send(new ProducerRecord<>(topics.raw(), "good-us", article("Good",
                    "The U.S. said at least 3,000 North Korean troops were sent to Russia."))).get();
            raw.send(new ProducerRecord<>(topics.raw(), "good-after", article("Good after",
                    "Ukraine's President Zelensky said North Korea could send 10,000 troops."))).get();
        }
        Map<String, SourceEstimate> out = awaitBySource(m -> articles(m, "NL", Kind.DEPLOYED) == 1
                && articles(m, "UA", Kind.PLANNED) == 1 && articles(m, "US", Kind.DEPLOYED) == 1);
        assertThat(out.get("NL").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(1500);

        List<ConsumerRecord<String, byte[]>> dead = readAll(topics.deadLetter(), 5);
        Map<String, String> reasons = new HashMap<>();
        dead.forEach(r -> reasons.put(r.key(), DeadLetters.header(r.headers(), DeadLetters.REASON)));
        assertThat(reasons).containsOnlyKeys("not-json", "wrong-shape", "whitespace-body", "five-megabytes", "nested-10000-deep",
                "invalid-utf8");
        assertThat(reasons.get("whitespace-body")).contains("no body");
        assertThat(reasons.get("five-megabytes")).contains("over the limit of " + MAX_BODY_CHARS);
        assertThat(reasons.get("nested-10000-deep")).containsIgnoringCase("nesting depth");
        assertThat(reasons.values()).allSatisfy(r -> assertThat(r).isNotBlank());
        // over the services' 1 MB request limit, its dead letter says so instead of carrying it;
        // the original stays on the raw topic at the offset given
        ConsumerRecord<String, byte[]> big = dead.stream().filter(r -> r.key().equals("five-megabytes")).findFirst().orElseThrow();
        assertThat(big.value()).isNull();
        assertThat(DeadLetters.header(big.headers(), DeadLetters.VALUE_DROPPED)).contains("bytes not written");
        assertThat(DeadLetters.header(big.headers(), DeadLetters.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(dead.stream().filter(r -> r.key().equals("not-json")).findFirst().orElseThrow().value())
                .isEqualTo(hostile.get("not-json"));

        // the others were processed: read, enriched, and their figures no larger than a long
        Map<String, byte[]> enriched = new HashMap<>();
        readToEnd(topics.enriched()).forEach(r -> enriched.put(r.key(), r.value()));
        assertThat(enriched).containsKeys("absurd-numbers", "backtracking", "one-long-word", "control-characters");
        String absurd = new String(enriched.get("absurd-numbers"), StandardCharsets.UTF_8);
        assertThat(absurd).doesNotContain("\"value\":" + "9".repeat(20));
        assertThat(enrich.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(aggregate.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    private static byte[] article(String title, String body) {
        return ("{\"title\":" + io.newstally.contracts.Json.write(title) + ",\"body\":" + io.newstally.contracts.Json.write(body)
                + ",\"outlet\":\"Hostile Wire\",\"publishedAt\":\"2024-11-05T08:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Properties producerWithMaxRequest(int bytes) {
        Properties p = ClientConfig.kafkaOnly(client);
        p.put("max.request.size", bytes);
        return p;
    }

    @Test
    void healthAndMetricsAreServedOverHttp() throws Exception {
        ServiceEndpoints endpoints = enrich.serveEndpoints(new InetSocketAddress("127.0.0.1", 0), "enrich");
        String base = "http://127.0.0.1:" + endpoints.port();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, base + "/health/live").statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> ready = get(http, base + "/health/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
            Thread.sleep(200);
            ready = get(http, base + "/health/ready");
        }
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"state\":\"RUNNING\"}\n");

        publish(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia"));
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(ClientConfig.kafkaOnly(client), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.raw(), "broken", "{\"title\": no".getBytes(StandardCharsets.UTF_8))).get();
        }
        awaitBySource(m -> articles(m, "NL", Kind.DEPLOYED) == 1);
        readAll(topics.deadLetter(), 1);
        HttpResponse<String> scrape = get(http, base + "/metrics");
        // task and topic metrics appear at the binder's next look for new ones (every 10 s)
        deadline = System.nanoTime() + WAIT.toNanos();
        while (!scrape.body().contains("kafka_stream_topic_records_consumed_total") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            scrape = get(http, base + "/metrics");
        }
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String metrics = scrape.body();
        assertThat(metricValue(metrics, "newstally_articles_enriched_total{service=\"enrich\"}")).isGreaterThanOrEqualTo(5);
        assertThat(metricValue(metrics, "newstally_claims_extracted_total{kind=\"deployed\",service=\"enrich\"}")).isPositive();
        assertThat(metricValue(metrics,
                "newstally_dead_letters_total{reason=\"SerializationException\",service=\"enrich\",stage=\"processing\"}")).isEqualTo(1);
        assertThat(metrics).contains("newstally_enrich_duration_seconds_count{service=\"enrich\"}",
                "kafka_stream_thread_process_total", "kafka_producer_record_send_total", "kafka_consumer_fetch_manager_records_consumed_total",
                "jvm_memory_used_bytes",
                // the names the README gives
                "kafka_stream_topic_records_consumed_total", "kafka_stream_topic_records_produced_total",
                "kafka_stream_thread_commit_latency_avg", "kafka_stream_processor_node_record_e2e_latency_avg",
                "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(get(http, base + "/nothing-here").statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);

        enrich.close();
        assertThatThrownBy(() -> get(http, base + "/health/live")).isInstanceOf(java.io.IOException.class);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one Prometheus sample, given its name and labels as printed. */
    private static double metricValue(String scrape, String sample) {
        return scrape.lines().filter(l -> l.startsWith(sample + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(sample.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in /metrics"));
    }

    private List<Article> publish(Path folder) throws Exception {
        ArticleInputs.Result read = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(List.of(folder.toString()));
        assertThat(read.rejected()).isEmpty();
        Instant now = Instant.now();
        // text files name no outlet: give them one, so that by-outlet has records to check
        List<Article> articles = read.drafts().stream()
                .map(d -> (d.outlet() == null ? d.withOverrides("e2e-wire", null) : d).toArticle(now)).toList();
        try (ArticlePublisher publisher = new ArticlePublisher(ClientConfig.kafkaOnly(client), topics.raw())) {
            publisher.publish(articles);
        }
        return articles;
    }

    private static int articles(Map<String, SourceEstimate> m, String source, Kind kind) {
        SourceEstimate s = m.get(source);
        KindEstimate k = s == null ? null : s.kinds().get(kind);
        return k == null ? 0 : k.articles();
    }

    /**
     * Follows the compacted by-source topic from the start until the condition holds of
     * everything up to the topic's current end: "NL is gone" is also true of a half-read topic.
     */
    private Map<String, SourceEstimate> awaitBySource(Predicate<Map<String, SourceEstimate>> done) {
        JsonSerde<SourceEstimate> serde = JsonSerde.of(SourceEstimate.class);
        Map<String, SourceEstimate> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            c.subscribe(List.of(topics.bySource()));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        latest.remove(r.key());
                    } else {
                        latest.put(r.key(), serde.deserialize(r.topic(), r.value()));
                    }
                }
                var assigned = c.assignment();
                if (!assigned.isEmpty()) {
                    var end = c.endOffsets(assigned);
                    if (assigned.stream().allMatch(p -> c.position(p) >= end.get(p)) && done.test(latest)) {
                        return latest;
                    }
                }
            }
        }
        throw new AssertionError("the aggregates never reached the expected state; last seen: " + latest);
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, int atLeast) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && out.size() < atLeast) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    /** Every committed record of the topic, up to its end as of now. */
    private List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            List<TopicPartition> partitions = c.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = ClientConfig.kafkaOnly(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
