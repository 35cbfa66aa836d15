package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import java.util.List;

/**
 * Whom a stretch of text names as the one who knows: named parties (one claim each), nobody the
 * guidelines count (unnamed officials, an outlet's own reporting, a person of no stated party), or
 * someone named before ("he", "the agency"), or the speaker of the quotation or turn it stands in
 * ("we assess").
 *
 * @param parties the parties' ids, in the order named; empty unless {@link Type#NAMED}
 * @param ref     for a named speaker, whether it is a person or a body; for one named before, which
 *                of them it points back to ("he" a person, "the agency" a body, "they" either)
 */
record Who(Type type, List<String> parties, Ref ref) {

    enum Type { NAMED, UNNAMED, BACK, FIRST_PERSON }

    /**
     * A person ("Kirby", "he", "the spokesman"), a body ("the Pentagon", "it", "the agency"), or either; a
     * government's body named by its kind alone ("the military", "the Navy", "the ministry") is a body that,
     * when nothing was named before it, is the force's own state's on the same terms as an unnamed official.
     */
    enum Ref { ANY, PERSON, BODY, GOVERNMENT }

    static final Who UNNAMED = new Who(Type.UNNAMED, List.of(), Ref.ANY);
    /**
     * An official of no state named ("a defense official", "officials"): nobody's, unless the force's own
     * state counts its own people in the article, whose officials they then are.
     */
    static final Who UNNAMED_OFFICIAL = new Who(Type.UNNAMED, List.of(), Ref.PERSON);
    static final Who BACK = new Who(Type.BACK, List.of(), Ref.ANY);
    static final Who BACK_PERSON = new Who(Type.BACK, List.of(), Ref.PERSON);
    static final Who BACK_BODY = new Who(Type.BACK, List.of(), Ref.BODY);
    static final Who BACK_GOVERNMENT = new Who(Type.BACK, List.of(), Ref.GOVERNMENT);
    static final Who FIRST_PERSON = new Who(Type.FIRST_PERSON, List.of(), Ref.PERSON);
    static final List<String> UNATTRIBUTED = List.of(Claim.UNATTRIBUTED);

    static Who named(List<String> parties) {
        return new Who(Type.NAMED, List.copyOf(parties), Ref.BODY);
    }

    static Who namedPerson(List<String> parties) {
        return new Who(Type.NAMED, List.copyOf(parties), Ref.PERSON);
    }

    boolean isNamed() {
        return type == Type.NAMED;
    }
}
