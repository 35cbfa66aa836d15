package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import io.newstally.contracts.DeadLetters;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.ReportedClaim;
import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import io.newstally.enrich.stream.EnrichTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Topics TOPICS = Topics.DEFAULTS;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, ReportedClaim> claims;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.forService("enrich-test", stateDir, TOPICS, new Properties());
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, Enricher.withBundledSources(), 10_000), props);
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), new StringDeserializer(), JsonSerde.of(EnrichedArticle.class));
        claims = driver.createOutputTopic(TOPICS.claims(), new StringDeserializer(), JsonSerde.of(ReportedClaim.class));
        deadLetters = driver.createOutputTopic(TOPICS.deadLetter(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String key, String json) {
        raw.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void articleFromAnOutsideProducerIsCompletedAndEnriched() {
        send("a-1", "{\"title\":\"NIS: 1,500 North Korean troops in Russia\",\"body\":\"The agency said more were coming.\",\"extra\":1}");
        var out = enriched.readKeyValue();
        assertThat(out.key).isEqualTo("a-1");
        Article a = out.value.article();
        assertThat(a.id()).isEqualTo("a-1");
        assertThat(a.ingestedAt()).isNotNull();
        assertThat(a.contentHash()).isNotBlank();
        assertThat(out.value.claims()).extracting(c -> c.value() + " " + c.source()).containsExactly("1500 KR");
        assertThat(claims.readKeyValue().value.articleId()).isEqualTo("a-1");
    }

    @Test
    void unkeyedArticleIsKeyedByItsStableId() {
        send(null, "{\"title\":\"Headline\",\"body\":\"Some body text.\",\"url\":\"https://example.org/a?utm_source=x\"}");
        var out = enriched.readKeyValue();
        assertThat(out.key).startsWith("url-").isEqualTo(out.value.article().id());
    }

    @Test
    void tombstonePassesOn() {
        send("gone", null);
        var out = enriched.readKeyValue();
        assertThat(out.key).isEqualTo("gone");
        assertThat(out.value).isNull();
        assertThat(claims.isEmpty()).isTrue();
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithTheReasonAndTheServiceGoesOn() {
        send("bad-json", "{not json");
        send("no-body", "{\"title\":\"only a title\"}");
        send("wrong-type", "{\"title\":\"t\",\"body\":[1,2]}");
        send("too-long", "{\"title\":\"t\",\"body\":\"" + "x".repeat(20_000) + "\"}");
        String longId = "k".repeat(Article.MAX_ID_CHARS + 1);
        send(longId, "{\"title\":\"t\",\"body\":\"Kirby said 3,000 North Korean troops were in Russia.\"}");
        send(longId, null);
        send("long-id-field", "{\"id\":\"" + longId + "\",\"title\":\"t\",\"body\":\"b\"}");
        send("k".repeat(Article.MAX_ID_CHARS), "{\"title\":\"t\",\"body\":\"b\"}");
        send("good", "{\"title\":\"t\",\"body\":\"Kirby said 3,000 North Korean troops were in Russia.\"}");

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key)
                .containsExactly("k".repeat(Article.MAX_ID_CHARS), "good");
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> r.key())
                .containsExactly("bad-json", "no-body", "wrong-type", "too-long", longId, longId, "long-id-field");
        assertThat(dead.subList(4, 7)).allSatisfy(r -> assertThat(DeadLetters.header(r.headers(), DeadLetters.REASON))
                .contains("article id is 201 characters, over the limit of 200"));
        assertThat(dead.get(5).value()).isNull();
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.REASON)).contains("not a valid Article");
        assertThat(DeadLetters.header(dead.get(1).headers(), DeadLetters.REASON)).contains("no body");
        assertThat(DeadLetters.header(dead.get(3).headers(), DeadLetters.REASON)).contains("over the limit");
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(TOPICS.raw());
        // the original bytes, untouched, so nothing is lost
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    @Test
    void resendingTheSameArticleGivesTheSameClaims() {
        String json = "{\"id\":\"x\",\"title\":\"t\",\"body\":\"Kirby said 3,000 North Korean troops were in Russia.\",\"ingestedAt\":\"" + Instant.EPOCH + "\"}";
        send("x", json);
        send("x", json);
        var list = enriched.readValuesToList();
        assertThat(list).hasSize(2);
        assertThat(list.get(0)).isEqualTo(list.get(1));
    }
}
