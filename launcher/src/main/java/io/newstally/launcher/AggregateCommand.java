package io.newstally.launcher;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Topics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Run the aggregation service: enriched articles in; estimates by source, outlet and day out. Ctrl-C stops it.")
final class AggregateCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        TopicSetup.ensure(client, topics, List.of(topics.enriched(), topics.bySource(), topics.byOutlet(),
                topics.bySourceDaily(), topics.deadLetter()), service.topicOptions.partitions, service.topicOptions.replicationFactor);
        return Services.runUntilStopped(new StreamsService(AggregateTopology.build(topics),
                AggregateTopology.APPLICATION_ID, service.stateDir, topics, client, service.atLeastOnce), "aggregate");
    }
}
