package io.newstally.enrich.sources;

import io.newstally.contracts.EntityType;

/**
 * One way of naming an entity, as tokens.
 *
 * @param tokens        lower-cased tokens to match
 * @param caseRules     per token: {@link #ANY_CASE}, {@link #CAPITALIZED} ("Pentagon", not
 *                      "pentagon") or {@link #EXACT} (acronyms: "US" is not "us")
 * @param written       the tokens as written, for {@link #EXACT} ones
 * @param type          person, organization, state, outlet or place
 * @param sourceId      canonical claimant id; null for outlets, places and a name several states
 *                      share ("Congolese"), which {@code candidates} then lists
 * @param canonical     the entity's full name
 * @param needsFullName a short name ("Cho") that counts only after the full name appeared
 * @param force         names the force being counted (the story's subject) or its state
 * @param storyParty    a party the story names (the force's state, or one the story file lists),
 *                      not one of every state
 * @param candidates    for a name several states share, their codes; the article's own
 *                      unambiguous mentions decide which it is; else null
 */
public record Alias(String[] tokens, byte[] caseRules, String[] written, EntityType type, String sourceId,
                    String canonical, boolean needsFullName, boolean force, boolean storyParty, String[] candidates) {

    public static final byte ANY_CASE = 0;
    public static final byte CAPITALIZED = 1;
    public static final byte EXACT = 2;
}
