package io.newstally.cli.system;

import io.newstally.bench.AggregateReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.aggregate.OfflineAggregates;
import java.time.Duration;

/** The fault tests' end: every aggregate topic, read as a downstream service reads it, equals the fault-free computation. */
final class ExactAggregates {

    private ExactAggregates() {
    }

    /**
     * Waits at most {@code wait} for all three topics to equal {@code expected}, running
     * {@code whileWaiting} (an assertion that the services are still up, say) at each look, then
     * asserts each topic.
     */
    static void await(AggregateReader reader, OfflineAggregates expected, Duration wait, Runnable whileWaiting)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && !(reader.bySource.equals(expected.allBySource())
                && reader.byOutlet.equals(expected.allByOutlet()) && reader.daily.equals(expected.allDaily()))) {
            whileWaiting.run();
            Thread.sleep(200);
        }
        assertThat(reader.bySource).isEqualTo(expected.allBySource());
        assertThat(reader.byOutlet).isEqualTo(expected.allByOutlet());
        assertThat(reader.daily).isEqualTo(expected.allDaily());
    }
}
