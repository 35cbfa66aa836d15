package io.newstally.enrich.sources;

import io.newstally.contracts.EntityType;

/**
 * One way of naming an entity, as tokens.
 *
 * @param tokens        lower-cased tokens to match
 * @param exactCase     short all-capital tokens as written ("US" is not "us"), null for the
 *                      others; null when the alias has none
 * @param type          person, organization, state, outlet or place
 * @param sourceId      canonical claimant id, null for outlets and places
 * @param canonical     the entity's full name
 * @param needsFullName a short name ("Cho") that counts only after the full name appeared
 * @param force         names the force being deployed (the story's subject)
 * @param storyParty    a source the sources file lists for the story, not one of every state
 */
public record Alias(String[] tokens, String[] exactCase, EntityType type, String sourceId,
                    String canonical, boolean needsFullName, boolean force, boolean storyParty) {
}
