package io.newstally.cli;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Run the aggregation service: enriched articles in; estimates by source, outlet and day out.", "Ctrl-C stops it."})
final class AggregateCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Option(names = "--daily-grace", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "90d",
            description = {"How long after a day ends (in publication time) a late article still changes that day's",
                "estimate in news.estimates.by-source.daily (default: ${DEFAULT-VALUE}; raise it to backfill an archive)"})
    Duration dailyGrace;

    @Option(names = "--range-window", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30d",
            description = {"How far back from the newest figure of a kind (in publication time) a source's latest figure",
                "still counts in news.estimates.range (default: ${DEFAULT-VALUE})"})
    Duration rangeWindow;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        service.topicOptions.ensure(client, topics, List.of(topics.enriched(), topics.bySource(), topics.byOutlet(),
                topics.bySourceDaily(), topics.range(), topics.deadLetter()));
        return Services.runUntilStopped(service.withEndpoints(new StreamsService(
                AggregateTopology.build(topics, dailyGrace, AggregateTopology.DEFAULT_PUBLISH_EVERY, rangeWindow),
                service.applicationId(Topics.applicationId(client, AggregateTopology.APPLICATION_ID)), service.stateDir, topics, client, service.atLeastOnce), "aggregate"), "aggregate");
    }
}
