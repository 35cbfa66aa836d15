package io.newstally.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

    @ParameterizedTest
    @CsvSource(value = {"Title,Body text.", "'',Body only.", "Title only,''", "NULL,Body", "'',''"}, nullValues = "NULL")
    void textCharsAreTheTextThatOffsetsReferTo(String title, String body) {
        Article article = new Article("id", null, null, title, body, null, Instant.EPOCH, "h", "test");
        assertThat(new String(article.textChars())).isEqualTo(article.text());
    }
}
