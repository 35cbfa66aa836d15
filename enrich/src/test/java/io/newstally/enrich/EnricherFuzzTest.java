package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.Figure;
import io.newstally.contracts.Span;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The enricher's text path on text made to break it: a seeded generator mixes real words of the
 * story, numbers in every form, punctuation, quotes, bullets, control characters, NUL bytes,
 * surrogates and very long words; hand-picked hostile bodies too. Invariants: no exception, every
 * offset inside the text, every sentence, figure and claim evidence the text at its offsets.
 * Bounded by a count of articles, not by time.
 */
class EnricherFuzzTest {

    private static final Enricher ENRICHER = Enricher.withBundledSources();

    private static final String[] PIECES = {
        "North Korean", "troops", "soldiers", "the NIS", "said", "Pentagon", "Zelensky", "according to", "killed",
        "wounded", "3,000", "10 000", "11 to 12,000", "5K", "half a million", "27-hundred", "2024-10-18", "at least",
        "up to", "some", "\"", "\u201C", "\u201D", "'s", "\u2019s", ".", ",", ":", ";", " \u2013 ", "(", ")", "\n", "\n\n",
        "\u2022 ", "- ", "Q:", "MR. KIRBY:", "This was reported by", "Kursk", "Russia's", "in", "to", "and", "were", "had been",
        "\u0000", "\u0007", "\u202E", "\uD83D\uDE00", "\uD800", "\t", "\u00A0", "1e300", "9".repeat(400), "-", "%", "$",
        "Share on Facebook", "Read more:", "date", "U.S.", "e.g.", "military.The", "Estonia's defence ministry",
    };

    @Test
    void generatedTextNeverBreaksTheEnricherAndEveryOffsetHolds() {
        Random random = new Random(20261202L);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder body = new StringBuilder();
            int pieces = 1 + random.nextInt(200);
            for (int k = 0; k < pieces; k++) {
                body.append(random.nextInt(8) == 0 ? randomChars(random) : PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    body.append(' ');
                }
            }
            String title = random.nextBoolean() ? "" : PIECES[random.nextInt(PIECES.length)] + " 3,000 troops";
            check(new Article("fuzz-" + n, null, null, title, body.toString(), null, Instant.EPOCH, "h", "fuzz"));
        }
    }

    @Test
    void hostileBodiesAreReadOrLeftAloneWithoutHarm() {
        List<String> bodies = List.of(
                "The NIS said " + "9".repeat(400) + " North Korean troops were in Russia.",
                "The NIS said 10^300 North Korean troops were in Russia, or 1e300.",
                "x".repeat(1_000_000),
                "The NIS said 3,000 North Korean troops " + "(".repeat(20_000) + " were in Russia.",
                "\u0000\u0000 The NIS said 3,000 North Korean \u0000 troops were in Russia.\u0007",
                "a, ".repeat(100_000) + "the NIS said 3,000 North Korean troops arrived.",
                "\"".repeat(50_000),
                "1,".repeat(50_000) + "000 North Korean troops, the NIS said.",
                ". ".repeat(100_000));
        for (String body : bodies) {
            check(new Article("hostile", null, null, "North Korean troops", body, null, Instant.EPOCH, "h", "fuzz"));
        }
        List<Claim> claims = ENRICHER.claims(new Article("big", null, null, "",
                "The NIS said " + "9".repeat(400) + " North Korean troops were in Russia.", null, Instant.EPOCH, "h", "fuzz"));
        assertThat(claims).isEmpty(); // a 400-digit count of soldiers is no estimate
        // a "sentence" of 10,000 figures is no prose: no claim is looked for in it (the rules look
        // back over the sentence for each figure, which made such a body take seconds)
        assertThat(ENRICHER.claims(new Article("list", null, null, "", "The NIS said " + "3,000 North Korean troops and ".repeat(10_000)
                + "more.", null, Instant.EPOCH, "h", "fuzz"))).isEmpty();
        assertThat(ENRICHER.claims(new Article("prose", null, null, "", "The NIS said " + "3,000 North Korean troops and ".repeat(10)
                + "more.", null, Instant.EPOCH, "h", "fuzz"))).hasSize(1);
    }

    private static String randomChars(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(random.nextInt(20) == 0 ? 5_000 : 12);
        for (int k = 0; k < length; k++) {
            sb.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
        }
        return sb.toString();
    }

    private static void check(Article article) {
        String text = article.text();
        EnrichedArticle e = ENRICHER.enrich(article);
        for (Span s : e.sentences()) {
            assertThat(s.start()).isBetween(0, s.end());
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
        for (Figure f : e.figures()) {
            assertThat(f.start()).isBetween(0, f.end());
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        for (Claim c : e.claims()) {
            assertThat(c.evidenceStart()).isBetween(0, c.evidenceEnd());
            assertThat(c.evidenceEnd()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(c.evidenceStart(), c.evidenceEnd())).isEqualTo(c.evidence());
            assertThat(c.value()).isPositive();
        }
    }
}
