package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The score on the shared wide set (40 real articles from 40 outlets), computed in Java as
 * score.py computes it. Skipped where ../shared is absent; StylesTest holds a sentence of our
 * own for every rule the wide set taught.
 */
class WideSetScoreTest {

    @Test
    void troopAndCasualtyF1OnTheWideSetAreAtLeast088() throws Exception {
        Path wide = EvalSet.folder("wide");
        assumeTrue(wide != null, "no shared evaluation data beside the project");

        List<EvalSet.Score> score = EvalSet.score(wide);
        System.out.println("wide set, troops: " + score.get(0) + "; casualties: " + score.get(1));
        assertThat(score.get(0).f1()).as("troop F1").isGreaterThanOrEqualTo(0.88);
        assertThat(score.get(1).f1()).as("casualty F1").isGreaterThanOrEqualTo(0.88);
        int matched = score.get(0).matched() + score.get(1).matched();
        int kindRight = score.get(0).kindRight() + score.get(1).kindRight();
        assertThat(kindRight).as("kind right on matched claims").isGreaterThanOrEqualTo((int) Math.ceil(0.95 * matched));
    }
}
