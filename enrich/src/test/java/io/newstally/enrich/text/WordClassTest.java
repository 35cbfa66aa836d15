package io.newstally.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassTest {

    @Test
    void tokensKnowTheirClassesWhateverTheCaseAndApostrophe() {
        WordClass verbs = WordClass.of("said", "didn't");
        String text = "Kim SAID it didn\u2019t, he said.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());

        assertThat(tokens).filteredOn(t -> t.in(verbs)).extracting(Token::text).containsExactly("SAID", "didn\u2019t", "said");
    }

    @Test
    void aClassCreatedAfterATokenWasMadeStillAnswersRightly() {
        List<Token> tokens = Tokenizer.tokenize("troops arrived", 0, 14);
        WordClass late = WordClass.of("arrived");

        assertThat(tokens.get(1).in(late)).isTrue();
        assertThat(tokens.get(0).in(late)).isFalse();
        // and a word seen again gets the new class from the cache
        assertThat(Tokenizer.tokenize("arrived", 0, 7).get(0).in(late)).isTrue();
    }

    @Test
    void aSentenceKnowsWhichClassesItsTokensHold() {
        WordClass verbs = WordClass.of("said");
        WordClass nouns = WordClass.of("troops");
        Tokens tokens = Tokenizer.tokenize("Kim SAID 3,000.", 0, 15);

        assertThat(tokens.has(verbs)).isTrue();
        assertThat(tokens.has(nouns)).isFalse();
        assertThat(tokens.hasNumber()).isTrue();
        assertThat(Tokenizer.tokenize("Kim said.", 0, 9).hasNumber()).isFalse();
    }

    @Test
    void aSentenceAnswersRightlyForAClassCreatedAfterItWasTokenized() {
        Tokens tokens = Tokenizer.tokenize("the troops withdrew", 0, 19);
        WordClass late = WordClass.of("withdrew");
        WordClass absent = WordClass.of("advanced");

        assertThat(tokens.has(late)).isTrue();
        assertThat(tokens.has(absent)).isFalse();
    }

    @Test
    void aSentenceChangedAfterTokenizingAnswersFromItsTokens() {
        WordClass verbs = WordClass.of("said");
        Tokens tokens = Tokenizer.tokenize("troops arrived", 0, 14);
        tokens.addAll(Tokenizer.tokenize("Kim said 3,000", 0, 14));

        assertThat(tokens.has(verbs)).isTrue();
        assertThat(tokens.hasNumber()).isTrue();
    }

    @Test
    void classesBeyondTheHundredAndTwentyEightWithABitAnswerByTheirSet() {
        List<WordClass> many = new java.util.ArrayList<>();
        for (int k = 0; k < 140; k++) {
            many.add(WordClass.of("word" + k));
        }
        Tokens tokens = Tokenizer.tokenize("word139 and word3", 0, 17);

        assertThat(many.get(139).bit()).isZero();
        assertThat(tokens.get(0).in(many.get(139))).isTrue();
        assertThat(tokens.get(2).in(many.get(139))).isFalse();
        assertThat(tokens.has(many.get(139))).isTrue();
        assertThat(tokens.has(many.get(138))).isFalse();
        // the classes made just after the rules' are in the second mask, with a bit of their own
        assertThat(many.get(3).bit()).isNotZero();
        assertThat(tokens.get(2).in(many.get(3))).isTrue();
        assertThat(tokens.has(many.get(3))).isTrue();
        assertThat(tokens.has(many.get(4))).isFalse();
    }
}
