package io.newstally.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.Fixtures;
import io.newstally.ingest.InputRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticlesTest {

    @Test
    void brokenLineIsRejectedWithItsNumberAndTheOthersAreRead() {
        List<ArticleDraft> drafts = new ArrayList<>();
        List<InputRejected> bad = new ArrayList<>();
        JsonArticles.parseLines(Fixtures.read("exports.jsonl"), "exports.jsonl", drafts::add, bad::add);

        assertThat(drafts).extracting(ArticleDraft::origin).containsExactly("exports.jsonl:1", "exports.jsonl:3");
        assertThat(bad).extracting(InputRejected::input).containsExactly("exports.jsonl:2", "exports.jsonl:4");
        assertThat(bad.get(0)).hasMessageStartingWith("not JSON");
        assertThat(bad.get(1)).hasMessageStartingWith("no body");
    }

    @Test
    void fieldsOfTheRawTopicAndCommonExportNamesAreRead() {
        List<ArticleDraft> drafts = new ArrayList<>();
        JsonArticles.parseLines(Fixtures.read("exports.jsonl"), "exports.jsonl", drafts::add, e -> { });

        ArticleDraft kyiv = drafts.get(0);
        assertThat(kyiv.outlet()).isEqualTo("Kyiv Example");
        assertThat(kyiv.publishedAt()).isEqualTo(Instant.parse("2024-11-04T10:00:00Z"));
        ArticleDraft seoul = drafts.get(1);
        assertThat(seoul.title()).isEqualTo("NIS: more troops to follow");
        assertThat(seoul.url()).isEqualTo("https://seoul.example.test/b/2");
        assertThat(seoul.publishedAt()).isEqualTo(Instant.parse("2024-10-30T00:00:00Z"));
        assertThat(seoul.body()).startsWith("South Korea's spy agency said");
    }

    @Test
    void wrongTypesAndBadDatesAreRejectedWithTheField() {
        assertThatThrownBy(() -> JsonArticles.parseObject("{\"title\": 3, \"body\": \"text\"}", "x.json"))
                .hasMessage("field \"title\" must be a string, not number");
        assertThatThrownBy(() -> JsonArticles.parseObject("{\"body\": \"text\", \"publishedAt\": \"last Tuesday\"}", "x.json"))
                .hasMessageContaining("\"last Tuesday\" is not an ISO-8601 or RFC 1123 date");
        assertThatThrownBy(() -> JsonArticles.parseObject("[1, 2]", "x.json")).hasMessageStartingWith("not a JSON object");
    }

    @Test
    void htmlInABodyBecomesText() throws Exception {
        ArticleDraft d = JsonArticles.parseObject("{\"title\": \"T\", \"content\": \"<p>First.</p><p>Second.</p>\"}", "x.json");

        assertThat(d.body()).isEqualTo("First.\n\nSecond.");
    }
}
