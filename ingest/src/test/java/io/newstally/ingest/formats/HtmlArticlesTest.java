package io.newstally.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.Fixtures;
import io.newstally.ingest.InputRejected;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {

    @Test
    void savedPageGivesTheArticleAReaderSees() throws Exception {
        ArticleDraft d = HtmlArticles.parse(Fixtures.read("kursk-page.html"), "kursk-page.html");

        assertThat(d.title()).isEqualTo("Seoul raises its estimate of North Korean troops in Russia");
        assertThat(d.url()).isEqualTo("https://www.example-ledger.test/world/asia/seoul-estimate?utm_source=rss");
        assertThat(d.outlet()).isEqualTo("The Example Ledger");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2024-11-12T23:30:00Z"));
        assertThat(d.body().split("\n\n")).containsSubsequence(
                "South Korea's National Intelligence Service told lawmakers on Wednesday that about 10,000 North Korean soldiers had been sent to Russia.",
                "The agency said some of the troops had already moved to the Kursk region, close to the front line.",
                "Officials in Washington have given a lower figure of 8,000 in Kursk.");
    }

    @Test
    void pageFurnitureIsGone() throws Exception {
        String body = HtmlArticles.parse(Fixtures.read("kursk-page.html"), "kursk-page.html").body();

        assertThat(body).doesNotContain("Home", "newsletter", "cookies", "Facebook", "Listen to this article",
                "Advertisement", "convoy", "Related", "12,000", "1.2 million", "Post a Comment", "5000 stars",
                "All rights reserved", "window.ads", "display: flex");
    }

    @Test
    void pageWithoutArticleTagFallsBackToItsParagraphs() throws Exception {
        ArticleDraft d = HtmlArticles.parse("<html><head><title>Plain page</title></head><body>"
                + "<div class='menu'>Home | News | Sport</div><p>Kyiv said 11,000 North Korean soldiers were in Kursk.</p>"
                + "</body></html>", "plain.html");

        assertThat(d.title()).isEqualTo("Plain page");
        assertThat(d.body()).isEqualTo("Kyiv said 11,000 North Korean soldiers were in Kursk.");
        assertThat(d.publishedAt()).isNull();
    }

    @Test
    void pageWithNoTextIsRejected() {
        assertThatThrownBy(() -> HtmlArticles.parse("<html><body><nav>Home</nav></body></html>", "empty.html"))
                .isInstanceOf(InputRejected.class).hasMessageContaining("no article text");
    }
}
