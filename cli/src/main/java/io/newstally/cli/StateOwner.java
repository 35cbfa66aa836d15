package io.newstally.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newstally.broker.DataFolders;
import io.newstally.contracts.ClientConfig;
import io.newstally.contracts.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Which Kafka cluster, and which topics of it, a service's local state was built from.
 *
 * <p>Kafka Streams keeps a store's contents in {@code <state-dir>/<application-id>} and, in a
 * checkpoint, the changelog offsets they reflect; it does not record which cluster those offsets
 * belong to. Started against another cluster (a rebuilt broker, a restored backup, another
 * environment) whose changelogs happen to be longer, it takes the old contents as its own and
 * publishes them. So, beside that folder, newstally writes {@code <application-id>.owner.json}:
 * the cluster id, and the id of every topic the state was built from (the service's input
 * topics and its changelog and repartition topics, {@code <application-id>-*}). Before Kafka
 * Streams starts, {@link #check} compares it with the cluster: a different cluster, an input or
 * internal topic deleted or re-created under the same name, or state with no record at all
 * means the local state is not this cluster's, and the service deletes it ({@link #discardState})
 * before Kafka Streams opens it, and restores from this cluster's changelogs.
 *
 * @param clusterId the cluster's id ({@code Admin.describeCluster().clusterId()})
 * @param topicIds  topic name to topic id, for the topics that existed when it was recorded
 */
public record StateOwner(String clusterId, Map<String, String> topicIds) {

    /** The verdict on a state folder: keep it, or why it must go. */
    public record Verdict(boolean keep, String reason) {
        static Verdict kept() {
            return new Verdict(true, null);
        }

        static Verdict discard(String reason) {
            return new Verdict(false, reason);
        }
    }

    public StateOwner {
        topicIds = Map.copyOf(topicIds);
    }

    /** The record's file, beside Kafka Streams' own folder for the application. */
    public static Path file(Path stateDir, String applicationId) {
        return stateDir.resolve(applicationId + ".owner.json");
    }

    /**
     * The cluster as it is now: its id, and the ids of {@code inputTopics} and of the
     * application's internal topics ({@code <applicationId>-*}) that exist.
     */
    public static StateOwner of(Properties client, String applicationId, Collection<String> inputTopics)
            throws InterruptedException {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            String clusterId = admin.describeCluster().clusterId().get(60, TimeUnit.SECONDS);
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            Set<String> mine = existing.stream()
                    .filter(t -> inputTopics.contains(t) || t.startsWith(applicationId + "-"))
                    .collect(Collectors.toSet());
            Map<String, String> ids = new TreeMap<>();
            if (!mine.isEmpty()) {
                for (TopicDescription d : admin.describeTopics(mine).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
                    ids.put(d.name(), d.topicId().toString());
                }
            }
            return new StateOwner(clusterId, ids);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the Kafka cluster's id and topics to check the local state: " + e.getMessage(), e);
        }
    }

    /** What was recorded beside the state folder, if anything. */
    public static Optional<StateOwner> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            var node = Json.MAPPER.readTree(Files.readString(file));
            Map<String, String> ids = Json.MAPPER.convertValue(node.get("topicIds"), new TypeReference<Map<String, String>>() { });
            return Optional.of(new StateOwner(node.get("clusterId").asText(), ids == null ? Map.of() : ids));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // an unreadable record is no record: the state's origin is unknown
        }
    }

    /** Writes the record atomically (a crash leaves the old one or the new one). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Map<String, Object> out = new TreeMap<>();
        out.put("clusterId", clusterId);
        out.put("topicIds", new TreeMap<>(topicIds));
        Files.writeString(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Whether state recorded as {@code recorded} (empty: no record) may be used on the cluster
     * as it is {@code now}. {@code hasState}: whether the application's state folder holds
     * anything; an empty folder is always fine. A topic recorded but gone now, or there under
     * another id, was deleted (and perhaps re-created): the offsets the state reflects are
     * another topic's.
     */
    public static Verdict check(Optional<StateOwner> recorded, StateOwner now, boolean hasState) {
        if (!hasState) {
            return Verdict.kept();
        }
        if (recorded.isEmpty()) {
            return Verdict.discard("the local state has no record of the Kafka cluster it was built from");
        }
        StateOwner was = recorded.get();
        if (!was.clusterId.equals(now.clusterId)) {
            return Verdict.discard("the local state was built from Kafka cluster " + was.clusterId
                    + ", and this is cluster " + now.clusterId);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(was.topicIds).entrySet()) {
            String id = now.topicIds.get(e.getKey());
            if (id == null) {
                return Verdict.discard("topic " + e.getKey() + ", which the local state was built from, no longer exists");
            }
            if (!id.equals(e.getValue())) {
                return Verdict.discard("topic " + e.getKey() + " was deleted and created again (id " + e.getValue()
                        + ", now " + id + ") since the local state was built from it");
            }
        }
        return Verdict.kept();
    }

    /**
     * Deletes the application's local state: every task folder in {@code <stateDir>/<applicationId>}.
     * Refused while another process holds the folder (Kafka Streams locks its {@code .lock} file for
     * as long as an instance runs on it).
     */
    public static void discardState(Path stateDir, String applicationId) throws IOException {
        Path appDir = stateDir.resolve(applicationId);
        try (FileChannel channel = FileChannel.open(appDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(appDir + " is in use by another running instance: stop it, or give this one its own --state-dir");
            }
            try (var entries = Files.list(appDir)) {
                for (Path taskDir : entries.filter(Files::isDirectory).toList()) {
                    DataFolders.deleteRecursively(taskDir);
                }
            }
        }
    }

    /** Whether Kafka Streams' folder for the application holds any state: a task's folder (a stateless topology has none). */
    public static boolean hasState(Path stateDir, String applicationId) throws IOException {
        Path appDir = stateDir.resolve(applicationId);
        if (!Files.isDirectory(appDir)) {
            return false;
        }
        try (var entries = Files.list(appDir)) {
            // beside the task folders, Kafka Streams keeps only its lock and process id files
            return entries.anyMatch(Files::isDirectory);
        }
    }
}
