package io.newstally.enrich.sources;

import java.util.List;

/**
 * An alias found in a sentence: tokens [first, last] inclusive.
 *
 * @param sourceId the party it stands for: the alias's own, the state that owns an organisation
 *                 named in the sentence ("the Ministry of Defence of the Netherlands"), or, for a
 *                 name states share, the one the article means; null when none
 * @param force    whether it names the force being counted or the force's state
 */
public record AliasMatch(Alias alias, int first, int last, String sourceId, boolean force) {

    public AliasMatch(Alias alias, int first, int last) {
        this(alias, first, last, alias.sourceId(), alias.force());
    }

    /**
     * The alias covering each of a sentence's {@code tokens} tokens, null where none does; null
     * for a sentence that names nobody (most sentences: no array for them).
     */
    public static AliasMatch[] coverage(int tokens, List<AliasMatch> aliases) {
        if (aliases.isEmpty()) {
            return null;
        }
        AliasMatch[] at = new AliasMatch[tokens];
        for (AliasMatch m : aliases) {
            for (int k = m.first(); k <= m.last(); k++) {
                at[k] = m;
            }
        }
        return at;
    }

    AliasMatch ownedBy(String owner) {
        return new AliasMatch(alias, first, last, owner, force);
    }

    AliasMatch resolvedTo(String state, boolean forceState) {
        return new AliasMatch(alias, first, last, state, forceState);
    }
}
