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

    /** The content hash of every article ever published depends on it: the fast loop must fold as the regex did. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"  Seoul\u2019s  spy\tagency \n\n says \u201C3,000\u201D  ",
        "\u00A0no-break\u00A0space and \uFB01 ligature", "MiXeD\r\nCase\u000B\f end", "", "   ", "\u2018quoted\u2019"})
    void normaliseFoldsWhitespaceQuotesAndCaseAsTheRegexDid(String s) {
        String regex = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        assertThat(ArticleIds.normalise(s)).isEqualTo(regex);
    }
}
