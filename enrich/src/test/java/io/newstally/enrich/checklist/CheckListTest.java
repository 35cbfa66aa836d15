package io.newstally.enrich.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.enrich.checklist.CheckList.Capability;
import io.newstally.enrich.checklist.CheckList.Case;
import io.newstally.enrich.checklist.Lexicons.Force;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The behavioural suite (CheckList, Ribeiro et al., ACL 2020): for each capability, thousands of
 * generated sentences in four stories; the pass rate is printed, written to
 * {@code target/checklist.md} (the table in the enrich README), and the test fails under the
 * capability's minimum. The invariance capability passes a group only when every variant of it does.
 */
class CheckListTest {

    private static final Map<String, Force> FORCES = new LinkedHashMap<>();
    private static final List<String> TABLE = new ArrayList<>();

    static {
        Lexicons.FORCES.forEach(f -> FORCES.put(f.name(), f));
    }

    @TestFactory
    Stream<DynamicTest> everyCapabilityPassesAtItsRate() {
        return CheckList.capabilities().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(Capability capability) {
        Map<String, int[]> byDetail = new LinkedHashMap<>();
        Map<String, Boolean> groups = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Case c : capability.cases()) {
            Set<String> found = c.found(FORCES.get(c.story()));
            boolean ok = found.equals(c.expected());
            passed += ok ? 1 : 0;
            int[] counts = byDetail.computeIfAbsent(c.detail().split("\\|")[0], k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            groups.merge(c.detail(), ok, Boolean::logicalAnd);
            if (!ok && failures.size() < 8) {
                failures.add("[" + c.story() + "] " + c.title() + " | " + c.body() + "\n      want " + c.expected() + " found " + found);
            }
        }
        boolean invariance = capability.name().equals("invariance");
        double rate = invariance ? (double) groups.values().stream().filter(b -> b).count() / groups.size()
                : (double) passed / capability.cases().size();
        int size = invariance ? groups.size() : capability.cases().size();
        StringBuilder detail = new StringBuilder();
        byDetail.forEach((k, v) -> detail.append(detail.length() == 0 ? "" : "; ").append(k).append(' ')
                .append(String.format("%.2f", (double) v[0] / v[1])));
        String row = String.format("| %s | %s | %,d%s | %.3f | %.2f | %s |", capability.name(), capability.question(), size,
                invariance ? " groups of " + capability.cases().size() / Math.max(1, groups.size()) : "", rate, capability.minimum(), detail);
        TABLE.add(row);
        System.out.println(row);
        failures.forEach(f -> System.out.println("  fails: " + f));
        assertThat(rate).as(capability.name() + " pass rate; failures, first few:\n" + String.join("\n", failures))
                .isGreaterThanOrEqualTo(capability.minimum());
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            List<String> lines = new ArrayList<>();
            lines.add("| capability | what it asks | cases | pass rate | fails under | by kind of case |");
            lines.add("|---|---|---|---|---|---|");
            lines.addAll(TABLE);
            Files.write(target.resolve("checklist.md"), lines);
        }
    }
}
