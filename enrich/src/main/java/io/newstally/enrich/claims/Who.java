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
 */
record Who(Type type, List<String> parties) {

    enum Type { NAMED, UNNAMED, BACK, FIRST_PERSON }

    static final Who UNNAMED = new Who(Type.UNNAMED, List.of());
    static final Who BACK = new Who(Type.BACK, List.of());
    static final Who FIRST_PERSON = new Who(Type.FIRST_PERSON, List.of());
    static final List<String> UNATTRIBUTED = List.of(Claim.UNATTRIBUTED);

    static Who named(List<String> parties) {
        return new Who(Type.NAMED, List.copyOf(parties));
    }

    boolean isNamed() {
        return type == Type.NAMED;
    }
}
