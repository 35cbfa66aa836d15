package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project never copies third-party text: no file of {@code samples/} shares a run of
 * {@value #RUN} or more words with the evaluation's articles and guidelines in {@code ../shared}
 * (skipped where that folder is absent, as in a user's clone).
 */
class SamplesAreOurOwnWordsTest {

    private static final int RUN = 8;

    @Test
    void noSampleSharesARunOfEightWordsWithTheEvaluationTexts() throws IOException {
        Path eval = Path.of(System.getProperty("newstally.shared.dir", "../../shared"), "eval");
        assumeTrue(Files.isDirectory(eval), "no shared evaluation data at " + eval.toAbsolutePath());
        Set<String> theirs = new HashSet<>();
        try (Stream<Path> files = Files.walk(eval)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(txt|md|jsonl)$")).toList()) {
                theirs.addAll(runs(Files.readString(f)));
            }
        }
        assertThat(theirs).hasSizeGreaterThan(1000);
        Path samples = Path.of(System.getProperty("newstally.home", ".."), "samples");
        List<String> shared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String run : runs(Files.readString(f))) {
                    if (theirs.contains(run)) {
                        shared.add(samples.relativize(f) + ": \"" + run + "\"");
                    }
                }
            }
        }
        assertThat(shared).as("runs of %d words that samples share with ../shared/eval", RUN).isEmpty();
    }

    @Test
    void aCopiedSentenceIsFound() {
        Set<String> theirs = runs("Officials said on Friday that the soldiers had been moved to the border region overnight.");
        assertThat(runs("As officials said on Friday that the soldiers had been moved, others left.")).anyMatch(theirs::contains);
        assertThat(runs("Officials said the soldiers were moved overnight to the region near the border.")).noneMatch(theirs::contains);
    }

    /** Every run of {@value #RUN} consecutive words, lower-cased, punctuation and JSON escapes dropped. */
    static Set<String> runs(String text) {
        String[] words = text.replace("\\n", " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + RUN)));
        }
        return out;
    }
}
