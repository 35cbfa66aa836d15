package io.newstally.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void defaultsWithoutAnyProperty() {
        assertThat(Topics.from(Map.of())).isEqualTo(Topics.DEFAULTS);
        assertThat(Topics.applicationId(Map.of(), "newstally-enrich")).isEqualTo("newstally-enrich");
    }

    @Test
    void aPrefixKeepsAStorysTopicsAndApplicationIdsApart() {
        Map<String, String> rwanda = Map.of(Topics.PREFIX_PROPERTY, "rwanda");
        Topics t = Topics.from(rwanda);
        assertThat(t.all()).allSatisfy(name -> assertThat(name).startsWith("rwanda.news."));
        assertThat(t.range()).isEqualTo("rwanda.news.estimates.range");
        assertThat(Topics.applicationId(rwanda, "newstally-aggregate")).isEqualTo("rwanda.newstally-aggregate");
        assertThat(Topics.from(Map.of(Topics.PREFIX_PROPERTY, "rwanda."))).isEqualTo(t);
        assertThat(t.all()).doesNotContainAnyElementsOf(Topics.DEFAULTS.all());
    }

    @Test
    void aNamedTopicWinsOverThePrefix() {
        Topics t = Topics.from(Map.of(Topics.PREFIX_PROPERTY, "rwanda", Topics.PROPERTY_PREFIX + "raw", "incoming"));
        assertThat(t.raw()).isEqualTo("incoming");
        assertThat(t.enriched()).isEqualTo("rwanda.news.articles.enriched");
    }

    @Test
    void aPrefixKafkaCannotNameIsRefused() {
        assertThatThrownBy(() -> Topics.from(Map.of(Topics.PREFIX_PROPERTY, "my story")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newstally.topic.prefix 'my story'");
    }
}
