package io.newstally.contracts;

import java.util.Map;

/**
 * The value of {@code news.estimates.by-source}: everything newstally knows of what one
 * source claims, per kind. Keyed by source id; a tombstone means no claim of it is left.
 *
 * @param source the source's id, what downstream services key on ("KR")
 * @param name   the name people read ("South Korea"), from its latest claims; null when none names it
 * @param kinds  per kind, what the source claims
 */
public record SourceEstimate(String source, String name, Map<Kind, KindEstimate> kinds) {

    /** The estimate, named by its latest claims (the first kind, in kind order, whose latest claim names the source). */
    public static SourceEstimate of(String source, Map<Kind, KindEstimate> kinds) {
        String name = null;
        for (Kind k : Kind.values()) {
            KindEstimate e = kinds.get(k);
            if (e != null && e.latest() != null && e.latest().sourceName() != null) {
                name = e.latest().sourceName();
                break;
            }
        }
        return new SourceEstimate(source, name, kinds);
    }

    /** "South Korea (KR)", as people read a source; "NATO", "Unattributed" when name and id are one; the id when no name is known. */
    public String label() {
        return label(source, name);
    }

    /** A source as people read it, from its id and name (null: not known). */
    public static String label(String source, String name) {
        return name == null ? source : name.equalsIgnoreCase(source) ? name : name + " (" + source + ")";
    }
}
