package io.newstally.cli;

import io.newstally.contracts.TopicSetup;
import picocli.CommandLine.Option;

/** How a command creates the topics it needs when they are missing. */
final class TopicOptions {

    @Option(names = "--partitions", description = "Partitions of topics created if missing (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int partitions;

    @Option(names = "--replication-factor", description = "Replication of topics created if missing (default: ${DEFAULT-VALUE})", defaultValue = "1")
    short replicationFactor;

    @Option(names = "--fix-topics", description = "Set right the cleanup policy and retention of existing topics that would lose data (they are checked at start-up)")
    boolean fixTopics;

    /** Creates the missing topics and checks the existing ones, printing what --fix-topics set right. */
    void ensure(java.util.Properties client, io.newstally.contracts.Topics topics, java.util.List<String> needed) throws InterruptedException {
        TopicSetup.ensureAndVerify(client, topics, needed, partitions, replicationFactor, fixTopics).forEach(System.err::println);
    }
}
