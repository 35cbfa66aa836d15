package io.newstally.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schemas accept what the records serialise to and reject what outside producers get wrong. */
class TopicSchemasTest {

    private static final Topics T = Topics.DEFAULTS;
    private static final Instant NOW = Instant.parse("2024-10-23T18:00:00Z");
    private static final Claim CLAIM = new Claim(3000, null, Qualifier.AT_LEAST, "US", Kind.DEPLOYED, "Russia",
            "The Pentagon said at least 3,000.", 0, 33);
    private static final Article ARTICLE = new Article("url-1", null, "Wire", "Title", "Body.", null, NOW, "h", "test");

    @Test
    void everyRecordTypeFollowsItsTopicSchema() {
        TopicSchemas.assertValid(T, T.raw(), ARTICLE);
        TopicSchemas.assertValid(T, T.enriched(), new EnrichedArticle(ARTICLE, List.of(new Span(0, 5)),
                List.of(new Figure("at least 3,000", 0, 14, 3000, null, Qualifier.AT_LEAST)),
                List.of(new Entity("Pentagon", 4, 12, EntityType.ORGANIZATION, "US")), List.of(CLAIM)));
        TopicSchemas.assertValid(T, T.claims(), ReportedClaim.of(ARTICLE, CLAIM));
        LatestClaim latest = new LatestClaim(3000, null, Qualifier.AT_LEAST, "Russia", "e", "url-1", null, "Wire", NOW, "United States");
        KindEstimate estimate = new KindEstimate(latest, 3000, 3000, 1, 1, 1, NOW, NOW, List.of(new ValueCount(3000, null, 1, NOW)), 1);
        TopicSchemas.assertValid(T, T.bySource(), SourceEstimate.of("US", Map.of(Kind.DEPLOYED, estimate)));
        TopicSchemas.assertValid(T, T.bySourceDaily(), new DailySourceEstimate("US", LocalDate.of(2024, 10, 23), Map.of(Kind.DEPLOYED, estimate)));
        TopicSchemas.assertValid(T, T.byOutlet(), new OutletEstimate("Wire", 1, Map.of("US", Map.of(Kind.DEPLOYED, latest)), 1));
        SourceEstimate us = SourceEstimate.of("US", Map.of(Kind.DEPLOYED, estimate));
        TopicSchemas.assertValid(T, T.range(), EstimateRange.of(Kind.DEPLOYED, List.of(SourceFigure.latestOf(us, Kind.DEPLOYED)),
                EstimateRange.DEFAULT_WINDOW));
    }

    @Test
    void rawTopicTakesExtraFieldsButNotWrongTypesOrNoBody() {
        assertThat(TopicSchemas.violations("RawArticle", "{\"body\": \"text\", \"tags\": [1]}")).isEmpty();
        assertThat(TopicSchemas.violations("RawArticle", "{\"title\": 5, \"body\": \"text\"}")).isNotEmpty();
        assertThat(TopicSchemas.violations("RawArticle", "{\"title\": \"t\"}")).isNotEmpty();
        assertThat(TopicSchemas.violations("RawArticle", "{\"body\": \"t\", \"publishedAt\": \"yesterday\"}")).isNotEmpty();
    }

    @Test
    void derivedTopicsRejectUnknownFieldsAndKinds() {
        String claim = Json.write(ReportedClaim.of(ARTICLE, CLAIM));
        assertThat(TopicSchemas.violations("ReportedClaim", claim.replace("\"deployed\"", "\"rumoured\""))).isNotEmpty();
        assertThat(TopicSchemas.violations("ReportedClaim", claim.replace("{", "{\"extra\":1,"))).isNotEmpty();
        assertThatThrownBy(() -> TopicSchemas.assertValid(T, T.bySource(), "{\"source\":\"US\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("kinds");
    }
}
