package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's own score on the shared dev set, computed in Java as score.py computes it.
 * Skipped where ../shared is absent (a user's clone); StylesTest and EnricherTest cover the
 * same behaviours on the project's own sentences.
 */
class DevSetScoreTest {

    @Test
    void troopF1OnTheDevSetIsAtLeast097WithEveryKindRight() throws Exception {
        Path dev = EvalSet.folder("dev");
        assumeTrue(dev != null, "no shared evaluation data beside the project");

        EvalSet.Score troops = EvalSet.score(dev).get(0);
        System.out.println("dev set, troops: " + troops);
        assertThat(troops.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(troops.kindRight()).isEqualTo(troops.matched());
    }
}
