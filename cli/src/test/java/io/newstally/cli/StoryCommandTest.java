package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.Story;
import io.newstally.enrich.story.StoryFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code newstally story init}: a story file on standard output, what is derived on standard error. */
class StoryCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        StringWriter picocliErr = new StringWriter();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Newstally.commandLine().setErr(new PrintWriter(picocliErr, true)).execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8) + picocliErr);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aStateCodeGivesATwoFieldStoryFileThatExtractsForThatForce() {
        Run r = run("story", "init", "--force", "rw", "--title", "Rwandan troops in eastern DR Congo");
        assertThat(r.code()).isZero();
        Story story = StoryFile.parse(r.out(), "stdout");
        assertThat(story.title()).isEqualTo("Rwandan troops in eastern DR Congo");
        assertThat(story.force().state()).isEqualTo("RW");
        assertThat(story.parties()).isEmpty();
        assertThat(r.err()).contains("Rwanda (RW)").contains("demonyms:  Rwandan").contains("Kigali");
        // the file as printed is all the extractor needs for the story
        var claims = Enricher.of(story).claims(new io.newstally.contracts.Article("t", null, null,
                "Rwanda has 4,000 troops in Congo, U.N. says",
                "About 4,000 Rwandan soldiers are fighting in eastern Congo, United Nations experts said in a report.",
                null, java.time.Instant.EPOCH, "h", "test"));
        assertThat(claims).extracting(c -> c.value() + " " + c.source()).contains("4000 UN");
    }

    @Test
    void aGroupNeedsItsStateAndKeepsItsNames() {
        Run r = run("story", "init", "--force", "Wagner", "--state", "RU", "--names", "Africa Corps", "--title", "Russian mercenaries in Africa");
        assertThat(r.code()).isZero();
        Story story = StoryFile.parse(r.out(), "stdout");
        assertThat(story.force().state()).isEqualTo("RU");
        assertThat(story.force().names()).isEqualTo(List.of("Wagner", "Africa Corps"));

        Run noState = run("story", "init", "--force", "Wagner", "--title", "t");
        assertThat(noState.code()).isEqualTo(2);
        assertThat(noState.err()).contains("--state CODE");
        assertThat(noState.out()).isEmpty();
    }

    @Test
    void aCodeThatIsNoStatesIsRefusedByName() {
        Run r = run("story", "init", "--force", "XX", "--title", "t");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\"XX\" is not the ISO 3166 alpha-2 code of an independent state").doesNotContain("at io.newstally");
        assertThat(r.out()).isEmpty();
    }
}
