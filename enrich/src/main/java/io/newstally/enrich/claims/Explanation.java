package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;

/**
 * Why a figure became a claim, or did not: the sieve behind each decision, for {@code newstally
 * extract --explain}. A maintainer who reads a wrong claim finds the rule to change here.
 *
 * @param figure       the figure as written ("about 3,000")
 * @param evidence     its sentence
 * @param claim        the claim it made, or null when it was dropped; a figure several parties
 *                     state together makes one explanation per claim
 * @param valueRule    the number form that read its value ("digits", "range-to", "words", ...)
 * @param countRule    the count sieve that kept or dropped it
 * @param kindRule     the kind sieve, or null when dropped
 * @param claimantRule the claimant sieve (or frame sieve), or null when dropped
 * @param placeRule    the place sieve, or null when it has no place or was dropped
 */
public record Explanation(String figure, String evidence, Claim claim, String valueRule, String countRule, String kindRule,
                          String claimantRule, String placeRule) {

    public boolean dropped() {
        return claim == null;
    }
}
