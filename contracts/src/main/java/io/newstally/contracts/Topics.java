package io.newstally.contracts;

import java.util.List;
import java.util.Map;

/**
 * The names of every topic newstally reads or writes. Defaults below; each can be renamed
 * with a client property {@code newstally.topic.<role>} (e.g. {@code newstally.topic.raw}).
 */
public record Topics(
        String raw,
        String enriched,
        String claims,
        String bySource,
        String byOutlet,
        String bySourceDaily,
        String range,
        String deadLetter) {

    public static final Topics DEFAULTS = new Topics(
            "news.articles.raw",
            "news.articles.enriched",
            "news.claims",
            "news.estimates.by-source",
            "news.estimates.by-outlet",
            "news.estimates.by-source.daily",
            "news.estimates.range",
            "news.dead-letter");

    public static final String PROPERTY_PREFIX = "newstally.topic.";

    /**
     * The property that keeps a story's topics and services apart from another's on the same
     * cluster: with {@code newstally.topic.prefix=rwanda} every default topic name starts with
     * {@code rwanda.} and every Kafka Streams application id too (see {@link #applicationId}).
     */
    public static final String PREFIX_PROPERTY = PROPERTY_PREFIX + "prefix";

    /** Characters Kafka allows in a topic name; a prefix is at most this long, so that names stay under Kafka's 249. */
    private static final java.util.regex.Pattern LEGAL_PREFIX = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    /** Topics named in {@code config} under {@value #PROPERTY_PREFIX}, defaults (with the prefix, if any) for the rest. */
    public static Topics from(Map<?, ?> config) {
        String p = prefix(config);
        return new Topics(
                name(config, "raw", p + DEFAULTS.raw),
                name(config, "enriched", p + DEFAULTS.enriched),
                name(config, "claims", p + DEFAULTS.claims),
                name(config, "by-source", p + DEFAULTS.bySource),
                name(config, "by-outlet", p + DEFAULTS.byOutlet),
                name(config, "by-source-daily", p + DEFAULTS.bySourceDaily),
                name(config, "range", p + DEFAULTS.range),
                name(config, "dead-letter", p + DEFAULTS.deadLetter));
    }

    /**
     * What the story's names start with: {@code "rwanda."} for {@code newstally.topic.prefix=rwanda}, {@code ""} when
     * none is set.
     *
     * @throws IllegalArgumentException when the prefix has characters a topic name may not have
     */
    public static String prefix(Map<?, ?> config) {
        Object v = config.get(PREFIX_PROPERTY);
        if (v == null || v.toString().isBlank()) {
            return "";
        }
        String p = v.toString().trim();
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!LEGAL_PREFIX.matcher(p).matches()) {
            throw new IllegalArgumentException(PREFIX_PROPERTY + " '" + v + "': use up to 64 letters, digits, '.', '_' or '-'"
                    + " (what Kafka allows in a topic name)");
        }
        return p + ".";
    }

    /** A service's Kafka Streams application id for the story of {@code config}: {@code rwanda.newstally-enrich}. */
    public static String applicationId(Map<?, ?> config, String base) {
        return prefix(config) + base;
    }

    /**
     * Topics keyed by an entity, whose latest record per key is all a reader needs: the latest
     * version of each article, the latest estimate of each source, outlet and day, and the latest range of each kind.
     */
    public List<String> compacted() {
        return List.of(raw, enriched, bySource, byOutlet, bySourceDaily, range);
    }

    public List<String> all() {
        return List.of(raw, enriched, claims, bySource, byOutlet, bySourceDaily, range, deadLetter);
    }

    private static String name(Map<?, ?> config, String role, String fallback) {
        Object v = config.get(PROPERTY_PREFIX + role);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }
}
