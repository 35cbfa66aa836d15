package io.newstally.broker;

import io.newstally.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The least each newstally command needs under a Kafka authorizer, as ACL bindings for one
 * principal: the topics it reads and writes (and may create at start-up), and for a Kafka
 * Streams service its consumer group, its transactional ids and its internal topics, all three
 * named after its application id. The README's table is this class, in words; the security
 * test runs the pipeline with exactly these.
 */
public final class ServiceAcls {

    private ServiceAcls() {
    }

    /** {@code enrich}: raw in; enriched, claims and dead letters out. */
    public static List<AclBinding> enrich(String principal, Topics topics, String applicationId) {
        List<AclBinding> acls = new ArrayList<>();
        read(acls, principal, topics.raw());
        write(acls, principal, topics.enriched(), topics.claims(), topics.deadLetter());
        streamsApplication(acls, principal, applicationId);
        return acls;
    }

    /** {@code aggregate}: enriched in; the four aggregate topics and dead letters out. */
    public static List<AclBinding> aggregate(String principal, Topics topics, String applicationId) {
        List<AclBinding> acls = new ArrayList<>();
        read(acls, principal, topics.enriched());
        write(acls, principal, topics.bySource(), topics.byOutlet(), topics.bySourceDaily(), topics.range(), topics.deadLetter());
        streamsApplication(acls, principal, applicationId);
        return acls;
    }

    /** {@code ingest}: writes the raw topic (an idempotent producer, which needs no more). */
    public static List<AclBinding> ingest(String principal, Topics topics) {
        List<AclBinding> acls = new ArrayList<>();
        write(acls, principal, topics.raw());
        return acls;
    }

    /** {@code view} and any downstream consumer: reads the aggregate topics (no group: it assigns partitions itself). */
    public static List<AclBinding> view(String principal, Topics topics) {
        List<AclBinding> acls = new ArrayList<>();
        read(acls, principal, topics.bySource(), topics.byOutlet(), topics.bySourceDaily(), topics.range());
        return acls;
    }

    private static void read(List<AclBinding> acls, String principal, String... topics) {
        for (String t : topics) {
            // DESCRIBE_CONFIGS and CREATE: a service checks at start-up that the topic will not
            // lose data, and creates it when missing
            allow(acls, principal, ResourceType.TOPIC, t, PatternType.LITERAL,
                    AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS, AclOperation.CREATE);
        }
    }

    private static void write(List<AclBinding> acls, String principal, String... topics) {
        for (String t : topics) {
            allow(acls, principal, ResourceType.TOPIC, t, PatternType.LITERAL,
                    AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS, AclOperation.CREATE);
        }
    }

    /** A Kafka Streams application's group, transactional ids (exactly-once) and internal topics. */
    private static void streamsApplication(List<AclBinding> acls, String principal, String applicationId) {
        allow(acls, principal, ResourceType.GROUP, applicationId, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, principal, ResourceType.TRANSACTIONAL_ID, applicationId, PatternType.PREFIXED,
                AclOperation.WRITE, AclOperation.DESCRIBE);
        allow(acls, principal, ResourceType.TOPIC, applicationId + "-", PatternType.PREFIXED,
                AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS,
                AclOperation.CREATE, AclOperation.DELETE, AclOperation.ALTER_CONFIGS);
    }

    private static void allow(List<AclBinding> acls, String principal, ResourceType type, String name, PatternType pattern,
                              AclOperation... operations) {
        for (AclOperation op : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW)));
        }
    }
}
