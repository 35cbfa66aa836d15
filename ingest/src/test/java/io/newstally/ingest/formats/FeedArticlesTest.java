package io.newstally.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.Fixtures;
import io.newstally.ingest.InputRejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedArticlesTest {

    @Test
    void eachRssItemIsAnArticle() throws Exception {
        List<ArticleDraft> drafts = new ArrayList<>();
        List<InputRejected> bad = new ArrayList<>();
        FeedArticles.parse(Fixtures.read("asia-feed.rss").getBytes(StandardCharsets.UTF_8), "asia-feed.rss", drafts::add, bad::add);

        assertThat(bad).isEmpty();
        assertThat(drafts).hasSize(2);
        ArticleDraft first = drafts.get(0);
        assertThat(first.title()).isEqualTo("Pentagon: at least 3,000 North Korean troops in Russia");
        assertThat(first.url()).isEqualTo("https://wire.example.test/asia/pentagon-3000");
        assertThat(first.outlet()).isEqualTo("Example Wire Asia");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-10-23T18:00:00Z"));
        assertThat(first.body()).isEqualTo("The Pentagon said on Wednesday that at least 3,000 North Korean soldiers had arrived in eastern Russia.");
        assertThat(first.origin()).isEqualTo("asia-feed.rss#https://wire.example.test/asia/pentagon-3000");
    }

    @Test
    void atomEntriesWithContentAreArticles() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Example Atom</title>
                  <id>urn:example</id><updated>2024-12-01T00:00:00Z</updated>
                  <entry>
                    <title>Update on the deployment</title>
                    <link href="https://atom.example.test/e/1"/>
                    <id>urn:e1</id>
                    <updated>2024-12-01T06:00:00Z</updated>
                    <content type="html">&lt;p&gt;Seoul's spy agency said about 11,000 North Korean troops were in Russia.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """;
        List<ArticleDraft> drafts = new ArrayList<>();
        FeedArticles.parse(atom.getBytes(StandardCharsets.UTF_8), "atom.xml", drafts::add, e -> { });

        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://atom.example.test/e/1");
            assertThat(d.publishedAt()).isEqualTo(Instant.parse("2024-12-01T06:00:00Z"));
            assertThat(d.body()).isEqualTo("Seoul's spy agency said about 11,000 North Korean troops were in Russia.");
        });
    }

    @Test
    void notAFeedIsRejectedWithTheReason() {
        assertThatThrownBy(() -> FeedArticles.parse("<rss><channel>".getBytes(StandardCharsets.UTF_8), "cut.rss", d -> { }, e -> { }))
                .isInstanceOf(InputRejected.class).hasMessageStartingWith("not an RSS or Atom feed");
    }
}
