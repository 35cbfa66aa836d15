package io.newstally.contracts;

/**
 * A named person, organisation or place mentioned in an article.
 *
 * @param text     as written
 * @param start    offset in {@link Article#text()}
 * @param end      end offset (exclusive)
 * @param type     person, organization, place, state, outlet, other
 * @param sourceId the canonical source id it belongs to ("KR" for the NIS), or null
 */
public record Entity(String text, int start, int end, EntityType type, String sourceId) {
}
