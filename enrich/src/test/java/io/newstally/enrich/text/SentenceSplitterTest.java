package io.newstally.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesGluedByAPageThatLostItsBreaksAreSplit() {
        assertThat(sentences("Lawmakers met on Monday to discuss the war.Senior members said little.The Ukrainian.The end."))
                .containsExactly("Lawmakers met on Monday to discuss the war.", "Senior members said little.", "The Ukrainian.",
                        "The end.");
    }

    @Test
    void initialismsAndAddressesAreNotSentenceEnds() {
        assertThat(sentences("The U.S.Army and e.g.Seoul or kyiv.ua sites stayed quiet.")).hasSize(1);
    }

    @Test
    void eachLineIsAParagraphOfItsOwnWhetherOrNotItEndsWithAFullStop() {
        String text = "A title\n\nFirst line ends here. Same paragraph.\nSecond line.\n\nThird line";
        assertThat(SentenceSplitter.split(text).paragraphOf()).containsExactly(0, 1, 1, 2, 3);
    }
}
