package io.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.DeadLetters;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.Kind;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.Qualifier;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.StreamsSettings;
import io.newstally.contracts.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateTopologyTest {

    private static final Topics TOPICS = Topics.DEFAULTS;
    private static final Duration GRACE = Duration.ofDays(7);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, SourceEstimate> bySource;
    private TestOutputTopic<String, OutletEstimate> byOutlet;
    private TestOutputTopic<String, DailySourceEstimate> daily;

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.forService("aggregate-test", stateDir, TOPICS, new Properties());
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, GRACE, Duration.ZERO), props);
        enriched = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), JsonSerde.of(EnrichedArticle.class));
        bySource = driver.createOutputTopic(TOPICS.bySource(), new StringDeserializer(), JsonSerde.of(SourceEstimate.class));
        byOutlet = driver.createOutputTopic(TOPICS.byOutlet(), new StringDeserializer(), JsonSerde.of(OutletEstimate.class));
        daily = driver.createOutputTopic(TOPICS.bySourceDaily(), new StringDeserializer(), JsonSerde.of(DailySourceEstimate.class));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static Claim claim(long value, String source, Kind kind) {
        return new Claim(value, null, Qualifier.EXACT, source, kind, "Russia", "evidence " + value, 0, 10);
    }

    static EnrichedArticle article(String id, String outlet, String published, String hash, Claim... claims) {
        Article a = new Article(id, null, outlet, "t", "b", Instant.parse(published), Instant.parse(published), hash, "test");
        return new EnrichedArticle(a, List.of(), List.of(), List.of(), List.of(claims));
    }

    /** The latest record per key, as a compacted topic's reader ends up with. */
    private Map<String, SourceEstimate> latestBySource() {
        return bySource.readKeyValuesToMap();
    }

    @Test
    void countsLowestHighestAndLatestBySource() {
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-23T00:00:00Z", "h2", claim(3000, "KR", Kind.DEPLOYED),
                claim(10000, "KR", Kind.PLANNED)));
        enriched.pipeInput("a3", article("a3", "Wire", "2024-10-20T00:00:00Z", "h3", claim(3000, "US", Kind.DEPLOYED)));

        Map<String, SourceEstimate> out = latestBySource();
        var kr = out.get("KR").kinds().get(Kind.DEPLOYED);
        assertThat(kr.latest().value()).isEqualTo(3000);
        assertThat(kr.latest().articleId()).isEqualTo("a2");
        assertThat(kr.lowest()).isEqualTo(1500);
        assertThat(kr.highest()).isEqualTo(3000);
        assertThat(kr.articles()).isEqualTo(2);
        assertThat(kr.outlets()).isEqualTo(2);
        assertThat(kr.values()).extracting(v -> v.value()).containsExactly(1500L, 3000L);
        assertThat(out.get("KR").kinds().get(Kind.PLANNED).latest().value()).isEqualTo(10000);
        assertThat(out.get("US").kinds().get(Kind.DEPLOYED).articles()).isEqualTo(1);
    }

    @Test
    void theRangeGivesTheLowestMedianAndHighestOfTheSourcesLatestFiguresAndFollowsCorrections() {
        TestOutputTopic<String, EstimateRange> range = driver.createOutputTopic(TOPICS.range(), new StringDeserializer(),
                JsonSerde.of(EstimateRange.class));
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-23T00:00:00Z", "h2", claim(3000, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a3", article("a3", "Wire", "2024-10-24T00:00:00Z", "h3", claim(12000, "UA", Kind.DEPLOYED),
                claim(2000, Claim.UNATTRIBUTED, Kind.DEPLOYED)));
        enriched.pipeInput("a4", article("a4", "Post", "2024-10-25T00:00:00Z", "h4", claim(10000, "US", Kind.DEPLOYED)));
        // a source whose latest figure is older than the window counts no more
        enriched.pipeInput("a5", article("a5", "Post", "2024-09-01T00:00:00Z", "h5", claim(100, "JP", Kind.DEPLOYED)));

        EstimateRange deployed = range.readKeyValuesToMap().get("deployed");
        assertThat(deployed.summary()).isEqualTo("Deployed: 3,000 – 12,000, median 10,000, from 3 sources");
        assertThat(deployed.low().source()).isEqualTo("KR"); // its latest figure, not its lowest
        assertThat(deployed.high().source()).isEqualTo("UA");
        assertThat(deployed.figures()).extracting(f -> f.source()).containsExactly("UA", "US", "KR");

        // a correction moves the high end; a deletion takes a source out; the last one out leaves a tombstone
        enriched.pipeInput("a3", article("a3", "Wire", "2024-10-24T00:00:00Z", "h3b", claim(4000, "UA", Kind.DEPLOYED)));
        assertThat(range.readKeyValuesToMap().get("deployed").summary()).isEqualTo("Deployed: 3,000 – 10,000, median 4,000, from 3 sources");
        enriched.pipeInput("a4", null);
        assertThat(range.readKeyValuesToMap().get("deployed").summary()).isEqualTo("Deployed: 3,000 – 4,000, median 3,500, from 2 sources");
        for (String id : List.of("a1", "a2", "a3", "a5")) {
            enriched.pipeInput(id, null);
        }
        Map<String, EstimateRange> last = range.readKeyValuesToMap();
        assertThat(last).containsKey("deployed");
        assertThat(last.get("deployed")).isNull();
    }

    @Test
    void resendingAnArticleChangesNothing() {
        EnrichedArticle a = article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED));
        enriched.pipeInput("a1", a);
        SourceEstimate first = latestBySource().get("KR");
        // the same text again, ingested later: no new record, no new count
        Article later = a.article().withIngestedAt(Instant.parse("2025-01-01T00:00:00Z"));
        enriched.pipeInput("a1", new EnrichedArticle(later, a.sentences(), a.figures(), a.entities(), a.claims()));
        assertThat(bySource.isEmpty()).isTrue();
        assertThat(first.kinds().get(Kind.DEPLOYED).claims()).isEqualTo(1);
    }

    @Test
    void correctionReplacesTheOldFigure() {
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h2", claim(2000, "KR", Kind.DEPLOYED),
                claim(5000, "UA", Kind.PLANNED)));
        Map<String, SourceEstimate> out = latestBySource();
        var kr = out.get("KR").kinds().get(Kind.DEPLOYED);
        assertThat(kr.values()).extracting(v -> v.value()).containsExactly(2000L);
        assertThat(kr.lowest()).isEqualTo(2000);
        assertThat(kr.claims()).isEqualTo(1);
        assertThat(out.get("UA").kinds().get(Kind.PLANNED).latest().value()).isEqualTo(5000);

        // a second correction drops UA again: its aggregate is deleted (tombstone)
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h3", claim(2000, "KR", Kind.DEPLOYED)));
        var records = bySource.readKeyValuesToList();
        assertThat(records).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo("UA");
            assertThat(kv.value).isNull();
        });
    }

    @Test
    void deletedArticleLeavesEveryAggregate() {
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-19T00:00:00Z", "h2", claim(3000, "KR", Kind.DEPLOYED)));
        latestBySource();
        enriched.pipeInput("a2", null);
        var kr = latestBySource().get("KR").kinds().get(Kind.DEPLOYED);
        assertThat(kr.latest().value()).isEqualTo(1500);
        assertThat(kr.highest()).isEqualTo(1500);
        assertThat(byOutlet.readKeyValuesToMap()).containsEntry("Daily", null).containsKey("Wire");

        enriched.pipeInput("a1", null);
        assertThat(latestBySource()).containsEntry("KR", null);
    }

    @Test
    void twoOutletsReportingTheSameClaimCountTwice() {
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T00:00:00Z", "h1", claim(3000, "US", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-18T06:00:00Z", "h2", claim(3000, "US", Kind.DEPLOYED)));
        var us = latestBySource().get("US").kinds().get(Kind.DEPLOYED);
        assertThat(us.articles()).isEqualTo(2);
        assertThat(us.outlets()).isEqualTo(2);
        assertThat(us.values()).singleElement().satisfies(v -> assertThat(v.articles()).isEqualTo(2));
        Map<String, OutletEstimate> outlets = byOutlet.readKeyValuesToMap();
        assertThat(outlets.get("Daily").sources().get("US").get(Kind.DEPLOYED).value()).isEqualTo(3000);
    }

    @Test
    void outOfOrderPublicationTimesKeepTheLatestByPublication() {
        enriched.pipeInput("new", article("new", "Wire", "2024-12-01T00:00:00Z", "h1", claim(11000, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("old", article("old", "Wire", "2024-10-01T00:00:00Z", "h2", claim(1500, "KR", Kind.DEPLOYED)));
        var kr = latestBySource().get("KR").kinds().get(Kind.DEPLOYED);
        assertThat(kr.latest().value()).isEqualTo(11000);
        assertThat(kr.firstSeen()).isEqualTo(Instant.parse("2024-10-01T00:00:00Z"));
        assertThat(kr.lastSeen()).isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
    }

    @Test
    void dailyEstimatesFollowPublicationDayAndCorrections() {
        enriched.pipeInput("a1", article("a1", "Wire", "2024-10-18T09:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-18T23:00:00Z", "h2", claim(3000, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a3", article("a3", "Wire", "2024-10-19T01:00:00Z", "h3", claim(3000, "US", Kind.DEPLOYED)));
        Map<String, DailySourceEstimate> out = daily.readKeyValuesToMap();
        assertThat(out.keySet()).containsExactlyInAnyOrder("KR|2024-10-18", "US|2024-10-19");
        assertThat(out.get("KR|2024-10-18").kinds().get(Kind.DEPLOYED).values()).extracting(v -> v.value()).containsExactly(1500L, 3000L);

        // a correction that also moves the article to another day leaves the old day
        enriched.pipeInput("a2", article("a2", "Daily", "2024-10-19T08:00:00Z", "h2b", claim(4000, "KR", Kind.DEPLOYED)));
        out = daily.readKeyValuesToMap();
        assertThat(out.get("KR|2024-10-18").kinds().get(Kind.DEPLOYED).values()).extracting(v -> v.value()).containsExactly(1500L);
        assertThat(out.get("KR|2024-10-19").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(4000);

        // deletion: the day's estimate becomes a tombstone when nothing is left in it
        enriched.pipeInput("a3", null);
        assertThat(daily.readKeyValuesToMap()).containsEntry("US|2024-10-19", null);
    }

    @Test
    void lateArticleCountsInsideTheGraceAndNotAfterIt() {
        // stream time moves to 2024-10-25: 18 October ended 6 days ago, inside the 7-day grace
        enriched.pipeInput("new", article("new", "Wire", "2024-10-25T12:00:00Z", "h1", claim(3000, "US", Kind.DEPLOYED)));
        enriched.pipeInput("late", article("late", "Wire", "2024-10-18T12:00:00Z", "h2", claim(1500, "NL", Kind.DEPLOYED)));
        assertThat(daily.readKeyValuesToMap()).containsKeys("US|2024-10-25", "NL|2024-10-18");

        // stream time moves to 2024-11-30: an article of 1 November is now past its grace
        enriched.pipeInput("newer", article("newer", "Wire", "2024-11-30T12:00:00Z", "h3", claim(3000, "US", Kind.DEPLOYED)));
        enriched.pipeInput("too-late", article("too-late", "Wire", "2024-11-01T12:00:00Z", "h4", claim(2000, "NL", Kind.DEPLOYED)));
        Map<String, DailySourceEstimate> out = daily.readKeyValuesToMap();
        assertThat(out).containsKey("US|2024-11-30").doesNotContainKey("NL|2024-11-01");
        // the running aggregates are not windowed: the late article still counts there
        assertThat(latestBySource().get("NL").kinds().get(Kind.DEPLOYED).values()).extracting(v -> v.value())
                .containsExactly(1500L, 2000L);
    }

    @Test
    void articleIdOverTheLimitGoesToTheDeadLetterTopicAndTheRestGoesOn() {
        var deadLetters = driver.createOutputTopic(TOPICS.deadLetter(), new StringDeserializer(), new ByteArrayDeserializer());
        String longId = "k".repeat(Article.MAX_ID_CHARS + 1);
        enriched.pipeInput(longId, article(longId, "Wire", "2024-10-18T00:00:00Z", "h1", claim(1500, "KR", Kind.DEPLOYED)));
        enriched.pipeInput("a2", article("a2", "Wire", "2024-10-19T00:00:00Z", "h2", claim(3000, "KR", Kind.DEPLOYED)));

        var dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> r.key()).containsExactly(longId);
        assertThat(DeadLetters.header(dead.get(0).headers(), DeadLetters.REASON))
                .contains("article id is 201 characters, over the limit of 200");
        assertThat(latestBySource().get("KR").kinds().get(Kind.DEPLOYED).values()).extracting(v -> v.value())
                .containsExactly(3000L);
    }
}
