package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.junit.jupiter.api.Test;

/** Progress written to a log: plain lines now and then and at the end, never a bar's frames. */
class ProgressTest {

    @Test
    void aLogGetsALineEveryIntervalAndTheLastStateNoCarriageReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        Progress.Lines lines = new Progress.Lines(new PrintStream(bytes, true, StandardCharsets.UTF_8), 5_000, now::get);
        for (int second = 0; second <= 12; second++) {
            now.set(second * 1_000L);
            lines.accept("\rcopy 42% \u2588\u2588\u2588\u2588\u258C      " + second + "/12 (0:00:0" + second + ")");
        }
        lines.close();

        String log = bytes.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("\r").doesNotContain("\u2588");
        // seconds 0, 5 and 10 by the interval, 12 at the end
        assertThat(log.lines()).hasSize(4);
        assertThat(log.lines().toList().get(3)).contains("12/12");
    }

    @Test
    void aRealBarIntoALogWritesPlainLinesOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("produce").setInitialMax(1_000).setUpdateIntervalMillis(10)
                .setConsumer(new Progress.Lines(new PrintStream(bytes, true, StandardCharsets.UTF_8), 60_000)).build()) {
            for (int i = 0; i < 1_000; i++) {
                bar.step();
            }
        }
        String log = bytes.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("\r");
        assertThat(log.lines().toList()).hasSizeBetween(1, 2);
        assertThat(log.lines().reduce((a, b) -> b).orElseThrow()).startsWith("produce").contains("1000/1000");
    }
}
