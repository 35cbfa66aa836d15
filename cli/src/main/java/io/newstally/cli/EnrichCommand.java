package io.newstally.cli;

import io.newstally.contracts.TopicSetup;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.StoryFile;
import io.newstally.enrich.stream.EnrichTopology;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrichment service: raw articles in; enriched articles and claims out.", "Ctrl-C stops it."})
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Option(names = "--story", paramLabel = "FILE",
            description = "The story to extract for (a story file; default: the built-in North Korea story)")
    Path story;

    @Option(names = "--max-body-chars", description = "Longest article body accepted (default: ${DEFAULT-VALUE})", defaultValue = "1000000")
    int maxBodyChars;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        Enricher enricher = story == null ? Enricher.withBundledSources() : Enricher.of(StoryFile.read(story));
        service.topicOptions.ensure(client, topics, List.of(topics.raw(), topics.enriched(), topics.claims(), topics.deadLetter()));
        int maxRecordBytes = TopicSetup.maxRecordBytes(client, topics.enriched(), EnrichTopology.DEFAULT_MAX_RECORD_BYTES);
        return Services.runUntilStopped(service.withEndpoints(new StreamsService(EnrichTopology.build(topics, enricher, maxBodyChars, maxRecordBytes),
                service.applicationId(Topics.applicationId(client, EnrichTopology.APPLICATION_ID)), service.stateDir, topics, client, service.atLeastOnce), "enrich"), "enrich");
    }
}
