package io.newstally.cli.system;

import io.newstally.cli.BenchCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newstally bench} as the README runs it, on a few hundred articles: it must start its own
 * broker, time every stage, find the aggregates equal to the offline computation (its exit code
 * says so), measure the latency of every article offered, and write what it printed as JSON.
 * What the figures are is the bench's business on a real run; here they must only exist.
 */
class BenchCommandTest {

    @TempDir
    Path home;

    @Test
    void aSmallRunTimesEachStageAndFindsTheAggregatesExact() throws Exception {
        Path json = home.resolve("bench.json");
        String before = System.getProperty("newstally.home");
        System.setProperty("newstally.home", home.toString());
        int exit;
        try {
            exit = new CommandLine(new BenchCommand()).execute("--articles", "400", "--each-service", "--partitions", "2",
                    "--rate", "40", "--latency-seconds", "2", "--timeout", "240", "--json", json.toString());
        } finally {
            if (before == null) {
                System.clearProperty("newstally.home");
            } else {
                System.setProperty("newstally.home", before);
            }
        }

        assertThat(exit).as("exit code: 0 only when the aggregates equal the offline computation").isZero();
        JsonNode results = Json.MAPPER.readTree(json.toFile());
        assertThat(results.get("exact").asBoolean()).isTrue();
        assertThat(results.get("articles").asInt()).isEqualTo(400);
        for (String stage : List.of("copy", "enrichAlone", "aggregateAlone", "pipeline")) {
            assertThat(results.at("/" + stage + "/articlesPerSecond").asDouble()).as(stage).isPositive();
        }
        assertThat(results.at("/enrichAlone/usage/cpuSeconds").asDouble()).isPositive();
        assertThat(results.at("/aggregateAlone/usage/cpuSeconds").asDouble()).isPositive();
        assertThat(results.at("/services/aggregate/cpuSeconds").asDouble()).isPositive();
        assertThat(results.at("/latency/measured").asInt()).isPositive();
        assertThat(results.at("/latency/notArrived").asInt()).isZero();
        assertThat(results.at("/latency/p99Ms").asDouble()).isGreaterThanOrEqualTo(results.at("/latency/p50Ms").asDouble());
        JsonNode largest = results.get("largestRecordBytes");
        assertThat(largest.get("by-source").asInt()).isPositive();
        assertThat(largest.get("raw").asInt()).isPositive();
        // the per-topic table is the pipeline's: the services timed alone wrote topics of their own
        assertThat(largest.fieldNames()).toIterable().isNotEmpty().noneMatch(topic -> topic.contains("alone"));
        assertThat(home.resolve("data")).isEmptyDirectory();
    }
}
