package io.newstally.launcher;

import picocli.CommandLine.Option;

/** How a command creates the topics it needs when they are missing. */
final class TopicOptions {

    @Option(names = "--partitions", description = "Partitions of topics created if missing (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int partitions;

    @Option(names = "--replication-factor", description = "Replication of topics created if missing (default: ${DEFAULT-VALUE})", defaultValue = "1")
    short replicationFactor;
}
