package io.newstally.contracts.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void theFirstLineIsTheTitleAndTheRestTheBody() {
        PlainText.TitleAndBody t = PlainText.parse("North Korea sends troops\n\nThe NIS said so.\n");
        assertThat(t.title()).isEqualTo("North Korea sends troops");
        assertThat(t.body()).isEqualTo("The NIS said so.");
        assertThat(t.published()).isNull();
    }

    @Test
    void aDatelineBeforeTheTitleDatesTheArticleAndLeavesTheTitle() {
        PlainText.TitleAndBody t = PlainText.parse(" date 2024-10-18 About 11,000 soldiers are in Russia\nThe body.");
        assertThat(t.title()).isEqualTo("About 11,000 soldiers are in Russia");
        assertThat(t.published()).isEqualTo(LocalDate.of(2024, 10, 18));
        assertThat(PlainText.parse("2025-01-09 Losses mount\nThe body.").published()).isEqualTo(LocalDate.of(2025, 1, 9));
    }

    @Test
    void aDateThatIsNotALeadingDatelineStaysInTheTitle() {
        assertThat(PlainText.parse("Dated 2024-10-18 report\nThe body.").title()).isEqualTo("Dated 2024-10-18 report");
        assertThat(PlainText.parse("2024-13-45 is no date\nThe body.").published()).isNull();
        assertThat(PlainText.parse("2024-10-18\nThe body.").title()).isEqualTo("2024-10-18");
        assertThat(PlainText.parse("2024-10-180 troops\nThe body.").published()).isNull();
    }

    @Test
    void aTextWithNoBodyIsRejectedWithTheReason() {
        assertThatThrownBy(() -> PlainText.parse("Only a title")).hasMessageContaining("no body");
        assertThatThrownBy(() -> PlainText.parse("Only a title, said Gen. Smith of the U.N. Security Council.")).hasMessageContaining("no body");
    }

    @Test
    void aPageSavedAsOneLineHasItsFirstSentenceForTitle() {
        PlainText.TitleAndBody t = PlainText.parse("The U.N. says some 400 soldiers crossed. Officials in Kigali denied it. More later.");
        assertThat(t.title()).isEqualTo("The U.N. says some 400 soldiers crossed.");
        assertThat(t.body()).isEqualTo("Officials in Kigali denied it. More later.");
        PlainText.TitleAndBody dated = PlainText.parse("date 2025-08-24 Gen. Lee said 3,000 arrived. \u201CWe saw them,\u201D he said.");
        assertThat(dated.title()).isEqualTo("Gen. Lee said 3,000 arrived.");
        assertThat(dated.body()).isEqualTo("\u201CWe saw them,\u201D he said.");
        assertThat(dated.published()).isEqualTo(LocalDate.of(2025, 8, 24));
    }
}
