package io.newstally.cli.system;

import io.newstally.bench.ServiceProcess;
import io.newstally.bench.AggregateReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Article;
import io.newstally.contracts.Kind;
import io.newstally.contracts.Topics;
import io.newstally.enrich.stream.EnrichTopology;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.ArticlePublisher;
import io.newstally.broker.BrokerConfig;
import io.newstally.broker.KafkaBroker;
import io.newstally.broker.ScramUsers;
import io.newstally.broker.ServiceAcls;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a broker that authenticates (SASL/SCRAM-SHA-512) and authorizes (Kafka's
 * StandardAuthorizer, nothing allowed without an ACL), as {@code newstally broker --auth}
 * starts it: each service runs as its own user with exactly the ACLs of {@link ServiceAcls}
 * (the README's table), creating its topics itself; a client without credentials, with a wrong
 * password, or writing where its ACLs do not allow, is refused; and no password appears in any
 * service's output.
 */
class SecuredPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void servicesWithTheirOwnUsersAndExactlyTheirAclsRunThePipelineAndOthersAreRefused() throws Exception {
        BrokerConfig config = new BrokerConfig(BrokerConfig.freePort(), BrokerConfig.freePort(), dir.resolve("kafka"), true);
        try (KafkaBroker broker = KafkaBroker.start(config, Duration.ofSeconds(120))) {
            Properties admin = config.clientProperties();
            Topics topics = Topics.DEFAULTS;
            Properties enrich = ScramUsers.create(admin, "enrich", ServiceAcls.enrich("User:enrich", topics, EnrichTopology.APPLICATION_ID));
            Properties aggregate = ScramUsers.create(admin, "aggregate",
                    ServiceAcls.aggregate("User:aggregate", topics, AggregateTopology.APPLICATION_ID));
            Properties ingest = ScramUsers.create(admin, "ingest", ServiceAcls.ingest("User:ingest", topics));
            Properties viewer = ScramUsers.create(admin, "viewer", ServiceAcls.view("User:viewer", topics));

            // no credentials: the SASL listener answers nothing a plain client understands
            Properties anonymous = quick(new Properties());
            anonymous.put("bootstrap.servers", broker.bootstrapServers());
            assertThatThrownBy(() -> listTopics(anonymous)).hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            // the right user, the wrong password
            Properties wrong = quick(BrokerConfig.scramClient("enrich", "not-the-password"));
            wrong.put("bootstrap.servers", broker.bootstrapServers());
            assertThatThrownBy(() -> listTopics(wrong)).hasCauseInstanceOf(SaslAuthenticationException.class);

            List<ServiceProcess> services = new ArrayList<>();
            try {
                services.add(ServiceProcess.start("enrich", dir, List.of("enrich", "--state-dir", dir.resolve("enrich-state").toString(),
                        "--kafka-config", file("enrich", enrich).toString())));
                services.add(ServiceProcess.start("aggregate", dir, List.of("aggregate", "--state-dir",
                        dir.resolve("aggregate-state").toString(), "--kafka-config", file("aggregate", aggregate).toString())));
                awaitTopics(admin, topics.all());

                // a reader may not write
                try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(quick(viewer), new StringSerializer(), new ByteArraySerializer())) {
                    assertThatThrownBy(() -> p.send(new ProducerRecord<>(topics.raw(), "k", "{}".getBytes(StandardCharsets.UTF_8))).get())
                            .hasCauseInstanceOf(TopicAuthorizationException.class);
                }

                ArticleInputs.Result read = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in)
                        .readAll(List.of(Path.of(System.getProperty("newstally.home", ".."), "samples", "north-korea-russia").toString()));
                Instant now = Instant.now();
                List<Article> articles = read.drafts().stream().map(d -> d.toArticle(now)).toList();
                try (ArticlePublisher publisher = new ArticlePublisher(ingest, topics.raw())) {
                    publisher.publish(articles);
                }
                try (AggregateReader reader = new AggregateReader(viewer, topics)) {
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (!(reader.bySource.containsKey("NL") && reader.bySource.containsKey("US") && reader.bySource.containsKey("KR"))
                            && System.nanoTime() < deadline) {
                        for (ServiceProcess s : services) {
                            assertThat(s.isAlive()).as("%s exited; see %s", s.name(), s.log()).isTrue();
                        }
                        Thread.sleep(200);
                    }
                    assertThat(reader.bySource.get("NL").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(1500);
                    assertThat(reader.bySource.get("US").kinds().get(Kind.DEPLOYED).latest().value()).isEqualTo(3000);
                }
            } finally {
                services.forEach(ServiceProcess::close);
            }

            // no password in anything the services printed, nor in --help
            List<String> secrets = List.of(secret(enrich), secret(aggregate), secret(ingest), secret(viewer), secret(admin));
            for (ServiceProcess s : services) {
                String log = Files.readString(s.log());
                assertThat(log).contains("running");
                secrets.forEach(secret -> assertThat(log).doesNotContain(secret));
            }
            ByteArrayOutputStream help = new ByteArrayOutputStream();
            PrintStream out = System.out;
            System.setOut(new PrintStream(help, true, StandardCharsets.UTF_8));
            try {
                new picocli.CommandLine(new io.newstally.cli.Newstally()).execute("enrich", "--kafka-config",
                        file("enrich", enrich).toString(), "--help");
            } finally {
                System.setOut(out);
            }
            assertThat(help.toString(StandardCharsets.UTF_8)).contains("--kafka-config").doesNotContain(secret(enrich));
        }
    }

    private static String secret(Properties client) {
        String jaas = client.getProperty("sasl.jaas.config");
        return jaas.substring(jaas.indexOf("password=\"") + 10, jaas.lastIndexOf('"'));
    }

    private Path file(String user, Properties client) throws Exception {
        Path f = dir.resolve(user + "-client.properties");
        try (OutputStream out = Files.newOutputStream(f)) {
            client.store(out, user);
        }
        return f;
    }

    private static Properties quick(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("default.api.timeout.ms", 5000);
        p.put("request.timeout.ms", 3000);
        p.put("max.block.ms", 10000);
        p.put("delivery.timeout.ms", 10000);
        p.put("linger.ms", 0);
        return p;
    }

    private static void listTopics(Properties client) throws Exception {
        try (Admin a = Admin.create(client)) {
            a.listTopics().names().get();
        }
    }

    /** The services create their topics at start-up; the test publishes and reads once they exist. */
    private static void awaitTopics(Properties admin, List<String> names) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Admin a = Admin.create(admin)) {
            while (!a.listTopics().names().get().containsAll(names)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the services did not create " + names + "; have " + a.listTopics().names().get());
                }
                Thread.sleep(200);
            }
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
