package io.newstally.launcher;

import io.newstally.contracts.Article;
import io.newstally.contracts.Topics;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.ingest.InputRejected;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish articles (.txt files whose first non-empty line is the title, or folders of them) to the raw topic.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was published", "1:some inputs were rejected (the others were published)",
            "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively)")
    List<Path> paths;

    @Option(names = "--outlet", description = "Outlet name for every article (overrides the input)")
    String outlet;

    @Option(names = "--published-at", description = "Publication time for every article, ISO-8601 (e.g. 2024-10-23T12:00:00Z)")
    Instant publishedAt;

    @Option(names = "--max-bytes", description = "Largest file accepted (default: ${DEFAULT-VALUE})", defaultValue = "1048576")
    int maxBytes;

    @Mixin
    TopicOptions topicOptions;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        ArticleInputs.Result read = new ArticleInputs(maxBytes).read(paths);
        Instant now = Instant.now();
        List<Article> articles = read.drafts().stream()
                .map(d -> d.withOverrides(outlet, publishedAt))
                .map((ArticleDraft d) -> d.toArticle(now))
                .toList();
        if (!articles.isEmpty()) {
            TopicSetup.ensure(client, topics, List.of(topics.raw()), topicOptions.partitions, topicOptions.replicationFactor);
            try (ArticlePublisher publisher = new ArticlePublisher(KafkaOptions.kafkaOnly(client), topics.raw())) {
                List<RecordMetadata> acks = publisher.publish(articles);
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    System.out.printf("published %s  %s  (%s partition %d offset %d)%n", a.id(), a.origin(),
                            acks.get(i).topic(), acks.get(i).partition(), acks.get(i).offset());
                }
            }
        }
        for (InputRejected r : read.rejected()) {
            System.err.println("rejected  " + r.input() + ": " + r.getMessage());
        }
        System.out.printf("%d published, %d rejected%n", articles.size(), read.rejected().size());
        return read.rejected().isEmpty() ? 0 : 1;
    }
}
