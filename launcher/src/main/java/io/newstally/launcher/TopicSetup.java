package io.newstally.launcher;

import io.newstally.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
        try (Admin admin = Admin.create(KafkaOptions.kafkaOnly(client))) {
            Set<String> existing = admin.listTopics().names().get();
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
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka to list topics: " + e.getCause().getMessage(), e);
        }
    }

    /** Room left under a topic's limit for the batch and record framing and headers. */
    static final int FRAMING_BYTES = 4096;

    /**
     * The largest record value to write to {@code topic}: its {@code max.message.bytes} less room
     * for framing, and never more than {@code atMost}. The services refuse larger records before
     * sending them, so that one dead-letters its input instead of aborting the transaction.
     */
    public static int maxRecordBytes(Properties client, String topic, int atMost) throws InterruptedException {
        try (Admin admin = Admin.create(KafkaOptions.kafkaOnly(client))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry == null || entry.value() == null) {
                return atMost;
            }
            return Math.max(1, Math.min(atMost, Integer.parseInt(entry.value()) - FRAMING_BYTES));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the configuration of topic " + topic + ": " + e.getCause().getMessage(), e);
        }
    }
}
