package io.newstally.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.ingest.ArticleDraft;
import org.junit.jupiter.api.Test;

class TextArticlesTest {

    @Test
    void firstNonEmptyLineIsTheTitleAndInterfaceLinesGo() throws Exception {
        ArticleDraft d = TextArticles.parse("\uFEFF\r\n  Seoul says 10,000  \r\n\r\nShare this article\r\nThe NIS said 10,000 troops would go.\r\n\r\nPost a Comment\r\n", "a.txt");

        assertThat(d.title()).isEqualTo("Seoul says 10,000");
        assertThat(d.body()).isEqualTo("The NIS said 10,000 troops would go.");
    }

    @Test
    void emptyAndTitleOnlyTextsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> TextArticles.parse(" \n\n", "empty.txt")).hasMessageStartingWith("empty");
        assertThatThrownBy(() -> TextArticles.parse("Only a headline\n", "title.txt")).hasMessageStartingWith("no body");
    }
}
