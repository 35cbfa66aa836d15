package io.newstally.enrich.sources;

/**
 * An alias found in a sentence: tokens [first, last] inclusive.
 *
 * @param sourceId the party it stands for: the alias's own, or the state that owns an
 *                 organisation named in the sentence ("the Ministry of Defence of the Netherlands")
 */
public record AliasMatch(Alias alias, int first, int last, String sourceId) {

    public AliasMatch(Alias alias, int first, int last) {
        this(alias, first, last, alias.sourceId());
    }

    AliasMatch ownedBy(String owner) {
        return new AliasMatch(alias, first, last, owner);
    }
}
