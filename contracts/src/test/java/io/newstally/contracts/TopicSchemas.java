package io.newstally.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of {@code schemas/newstally.schema.json}, one definition per topic, for
 * tests that check what the pipeline writes against what the README promises.
 */
public final class TopicSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://newstally.io/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> BY_DEFINITION = new ConcurrentHashMap<>();

    private TopicSchemas() {
    }

    /** The definition that a topic's values follow. */
    public static String definitionOf(Topics topics, String topic) {
        if (topic.equals(topics.raw())) {
            return "RawArticle";
        } else if (topic.equals(topics.enriched())) {
            return "EnrichedArticle";
        } else if (topic.equals(topics.claims())) {
            return "ReportedClaim";
        } else if (topic.equals(topics.bySource())) {
            return "SourceEstimate";
        } else if (topic.equals(topics.byOutlet())) {
            return "OutletEstimate";
        } else if (topic.equals(topics.bySourceDaily())) {
            return "DailySourceEstimate";
        } else if (topic.equals(topics.range())) {
            return "EstimateRange";
        }
        throw new IllegalArgumentException("no schema for " + topic + " (dead letters keep the original bytes)");
    }

    /** Violations of the definition, empty when the JSON is valid. */
    public static Set<ValidationMessage> violations(String definition, String json) {
        JsonSchema schema = BY_DEFINITION.computeIfAbsent(definition, d -> FACTORY.getSchema(
                SchemaLocation.of("https://newstally.io/schemas/newstally.schema.json#/$defs/" + d), CONFIG));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Throws with every violation when the value does not follow the topic's schema. */
    public static void assertValid(Topics topics, String topic, byte[] value) {
        if (value == null) {
            return; // a tombstone
        }
        String json = new String(value, StandardCharsets.UTF_8);
        Set<ValidationMessage> errors = violations(definitionOf(topics, topic), json);
        if (!errors.isEmpty()) {
            throw new AssertionError(topic + " value does not follow its schema: " + errors + "\n" + json);
        }
    }

    /** The same for a record object, serialised as the serde does. */
    public static void assertValid(Topics topics, String topic, Object value) {
        if (value != null) {
            assertValid(topics, topic, Json.write(value).getBytes(StandardCharsets.UTF_8));
        }
    }
}
