package io.newstally.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service needs when they are missing, compacted where keyed by an entity and
 * without time retention otherwise; existing topics are left as they are.
 */
public final class TopicSetup {

    private TopicSetup() {
    }

    public static void ensure(Properties client, Topics topics, List<String> needed, int partitions, short replicationFactor)
            throws InterruptedException {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            createMissing(admin, existing(admin), topics, needed, partitions, replicationFactor);
        }
    }

    /**
     * {@link #ensure} and then {@link #verify} of the topics that existed before, with one admin
     * client and one listing: what a service does at start-up.
     *
     * @return what was set right, one line per setting
     */
    public static List<String> ensureAndVerify(Properties client, Topics topics, List<String> needed, int partitions,
                                               short replicationFactor, boolean fix) throws InterruptedException {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            Set<String> existing = existing(admin);
            createMissing(admin, existing, topics, needed, partitions, replicationFactor);
            return verify(admin, existing, topics, needed, fix);
        }
    }

    private static Set<String> existing(Admin admin) throws InterruptedException {
        try {
            return admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka to list topics: " + e.getCause().getMessage(), e);
        }
    }

    private static void createMissing(Admin admin, Set<String> existing, Topics topics, List<String> needed, int partitions,
                                      short replicationFactor) throws InterruptedException {
        List<NewTopic> missing = new ArrayList<>();
        for (String name : needed) {
            if (existing.contains(name)) {
                continue;
            }
            NewTopic t = new NewTopic(name, partitions, replicationFactor);
            if (topics.compacted().contains(name)) {
                t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            } else {
                // claims and dead letters are kept until the operator decides otherwise: a week's
                // default retention would silently drop dead letters nobody has looked at yet
                t.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
            }
            missing.add(t);
        }
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics " + missing + ": " + e.getCause().getMessage(), e);
                }
            }
        }
    }

    /** Room left under a topic's limit for the batch and record framing and headers. */
    public static final int FRAMING_BYTES = 4096;

    /**
     * The largest record value to write to {@code topic}: its {@code max.message.bytes} less room
     * for framing, and never more than {@code atMost}. The services refuse larger records before
     * sending them, so that one dead-letters its input instead of aborting the transaction.
     */
    public static int maxRecordBytes(Properties client, String topic, int atMost) throws InterruptedException {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry == null || entry.value() == null) {
                return atMost;
            }
            return Math.max(1, Math.min(atMost, Integer.parseInt(entry.value()) - FRAMING_BYTES));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the configuration of topic " + topic + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Checks the topics a service uses that exist already for settings that would lose data
     * later without a word: a delete policy with a time or size retention (the broker's 7-day
     * default, an older build's topic), or compaction on a topic that holds several records per
     * key (claims, dead letters). Such a topic is reported, and with {@code fix} set right: an
     * entity-keyed topic compacted, the others kept without retention. A topic kept whole
     * without compaction loses nothing and is left alone (the bench makes its own so).
     *
     * @return what was set right, one line per setting; empty when all was right
     * @throws IllegalStateException naming every wrong setting, when {@code fix} is false
     */
    public static List<String> verify(Properties client, Topics topics, List<String> needed, boolean fix) throws InterruptedException {
        try (Admin admin = Admin.create(ClientConfig.kafkaOnly(client))) {
            return verify(admin, existing(admin), topics, needed, fix);
        }
    }

    private static List<String> verify(Admin admin, Set<String> existing, Topics topics, List<String> needed, boolean fix)
            throws InterruptedException {
        try {
            List<ConfigResource> resources = needed.stream().filter(existing::contains)
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                    .toList();
            var configs = admin.describeConfigs(resources).all().get();
            List<String> wrong = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
            for (var resource : resources) {
                var config = configs.get(resource);
                String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG);
                String retentionMs = value(config, TopicConfig.RETENTION_MS_CONFIG);
                String retentionBytes = value(config, TopicConfig.RETENTION_BYTES_CONFIG);
                boolean deletes = policy.contains(TopicConfig.CLEANUP_POLICY_DELETE) && !("-1".equals(retentionMs) && "-1".equals(retentionBytes));
                boolean entityKeyed = topics.compacted().contains(resource.name());
                Map<String, String> set = new LinkedHashMap<>();
                if (entityKeyed && deletes) {
                    set.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                } else if (!entityKeyed && (deletes || policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT))) {
                    set.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
                    set.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
                    set.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
                }
                if (set.isEmpty()) {
                    continue;
                }
                wrong.add(resource.name() + ": cleanup.policy=" + policy + " retention.ms=" + retentionMs + " retention.bytes="
                        + retentionBytes + ", should be " + set);
                changes.put(resource, set.entrySet().stream()
                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET)).toList());
            }
            if (wrong.isEmpty()) {
                return List.of();
            }
            if (!fix) {
                throw new IllegalStateException("topics set up in a way that would lose data later:\n  " + String.join("\n  ", wrong)
                        + "\nrun again with --fix-topics to set them right");
            }
            admin.incrementalAlterConfigs(changes).all().get();
            return wrong.stream().map(w -> "set right: " + w).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot check the topics' configuration: " + e.getCause().getMessage(), e);
        }
    }

    private static String value(Config config, String name) {
        var entry = config.get(name);
        return entry == null || entry.value() == null ? "" : entry.value();
    }
}
