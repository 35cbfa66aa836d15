package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service's local state is its cluster's, and when it must go ({@link StateOwner#check}). */
class StateOwnerTest {

    private static final StateOwner NOW = new StateOwner("cluster-b",
            Map.of("raw", "id-raw", "app-store-changelog", "id-changelog"));

    @TempDir
    Path dir;

    @Test
    void stateOfThisClusterAndTheseTopicsIsKept() {
        assertThat(StateOwner.check(Optional.of(NOW), NOW, true).keep()).isTrue();
        // a topic created since (a new store's changelog) changes nothing
        StateOwner before = new StateOwner("cluster-b", Map.of("raw", "id-raw"));
        assertThat(StateOwner.check(Optional.of(before), NOW, true).keep()).isTrue();
    }

    @Test
    void stateOfAnotherClusterGoes() {
        StateOwner.Verdict v = StateOwner.check(Optional.of(new StateOwner("cluster-a", Map.of())), NOW, true);
        assertThat(v.keep()).isFalse();
        assertThat(v.reason()).contains("cluster-a").contains("cluster-b");
    }

    @Test
    void stateOfATopicDeletedOrCreatedAgainGoes() {
        StateOwner recreated = new StateOwner("cluster-b", Map.of("raw", "id-raw", "app-store-changelog", "id-old"));
        assertThat(StateOwner.check(Optional.of(recreated), NOW, true).reason()).contains("deleted and created again");
        StateOwner gone = new StateOwner("cluster-b", Map.of("raw", "id-raw", "app-other-changelog", "id-x"));
        assertThat(StateOwner.check(Optional.of(gone), NOW, true).reason()).contains("no longer exists");
    }

    @Test
    void stateWithNoRecordGoesAndNoStateNeedsNone() {
        assertThat(StateOwner.check(Optional.empty(), NOW, true).reason()).contains("no record");
        assertThat(StateOwner.check(Optional.empty(), NOW, false).keep()).isTrue();
        assertThat(StateOwner.check(Optional.of(new StateOwner("cluster-a", Map.of())), NOW, false).keep()).isTrue();
    }

    @Test
    void theRecordIsWrittenAndReadBackAndAnUnreadableOneIsNone() throws Exception {
        Path file = StateOwner.file(dir, "app");
        assertThat(file.getFileName().toString()).isEqualTo("app.owner.json");
        assertThat(StateOwner.read(file)).isEmpty();
        NOW.write(file);
        assertThat(StateOwner.read(file)).contains(NOW);
        Files.writeString(file, "{not json");
        assertThat(StateOwner.read(file)).isEmpty();
    }

    @Test
    void discardingDeletesTheTaskFoldersAndNothingElse() throws Exception {
        Files.createDirectories(dir.resolve("app/1_0/rocksdb/store"));
        Files.writeString(dir.resolve("app/1_0/rocksdb/store/000001.sst"), "x");
        Files.createDirectories(dir.resolve("app/2_1"));
        Files.writeString(dir.resolve("app/kafka-streams-process-metadata"), "{}");
        Files.createDirectories(dir.resolve("other-app/1_0"));
        StateOwner.discardState(dir, "app");
        assertThat(StateOwner.hasState(dir, "app")).isFalse();
        assertThat(dir.resolve("app/kafka-streams-process-metadata")).exists();
        assertThat(StateOwner.hasState(dir, "other-app")).isTrue();
    }

    @Test
    void onlyTaskFoldersAreState() throws Exception {
        assertThat(StateOwner.hasState(dir, "app")).isFalse();
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/.lock"), "");
        Files.writeString(dir.resolve("app/kafka-streams-process-metadata"), "{}");
        assertThat(StateOwner.hasState(dir, "app")).isFalse();
        Files.createDirectories(dir.resolve("app/1_0/rocksdb"));
        assertThat(StateOwner.hasState(dir, "app")).isTrue();
    }
}
