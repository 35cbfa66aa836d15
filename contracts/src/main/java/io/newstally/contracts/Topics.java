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

    /** Topics named in {@code config} under {@value #PROPERTY_PREFIX}, defaults for the rest. */
    public static Topics from(Map<?, ?> config) {
        return new Topics(
                name(config, "raw", DEFAULTS.raw),
                name(config, "enriched", DEFAULTS.enriched),
                name(config, "claims", DEFAULTS.claims),
                name(config, "by-source", DEFAULTS.bySource),
                name(config, "by-outlet", DEFAULTS.byOutlet),
                name(config, "by-source-daily", DEFAULTS.bySourceDaily),
                name(config, "range", DEFAULTS.range),
                name(config, "dead-letter", DEFAULTS.deadLetter));
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
