package io.newstally.enrich.claims;

import io.newstally.contracts.EntityType;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;

/**
 * A figure and the noun phrase it counts, read once for the count, kind and place sieves: the
 * noun it counts ("troops", "casualties"; none for a bare "raising the total to 3,000"), where the
 * phrase ends, whose people they are (the force, another, or unknown), and the helpers those
 * sieves share.
 */
final class Counted {

    /** Whose people a phrase counts. */
    enum Owner { FORCE, OTHER, UNKNOWN }

    final Sentence s;
    final FigureMention f;
    final Discourse d;
    /** "2,000 out of 11,000 troops": the whole's number after the figure, or -1. */
    final int whole;
    /** The noun it counts, or -1 for a bare number. */
    final int head;
    /** The last token of the counted phrase: the head, or "more" of "3,000 more", or the figure. */
    final int headEnd;
    /** The figure is the whole a part is taken from: "2,000 of the 11,000 troops", "a quarter of the 12,000". */
    final boolean isWhole;
    /** The kind of the sentence's troop figure before this one, or null: "send 1,000 sappers and 5,000 builders". */
    io.newstally.contracts.Kind previousKind;

    Counted(Sentence s, FigureMention f, Discourse d) {
        this.s = s;
        this.f = f;
        this.d = d;
        this.whole = outOfAfter(f.last() + 1);
        this.head = head((whole >= 0 ? whole : f.last()) + 1);
        this.headEnd = head >= 0 ? head : s.is(f.last() + 1, "more") || s.is(f.last() + 1, "others") ? f.last() + 1 : f.last();
        this.isWhole = wholeOfPart(f.first());
    }

    Token headToken() {
        return head < 0 ? null : s.get(head);
    }

    boolean headIn(io.newstally.enrich.text.WordClass c) {
        return head >= 0 && s.in(head, c);
    }

    /** The head counts people of an armed force: "troops", "service members", "military engineers", "4,000 North Koreans". */
    boolean headIsPersonnel() {
        if (head < 0) {
            return false;
        }
        if (s.in(head, Lexicon.PERSONNEL) || s.in(head, Lexicon.UNITS)) {
            return true;
        }
        AliasMatch m = s.alias(head);
        if (m != null && m.alias().type() == EntityType.STATE) {
            return true; // "4,000 North Koreans": a people by its name
        }
        return s.in(head, Lexicon.PEOPLE) && (militaryModifier() || ofAForce());
    }

    /** "1,000 members of the elite special forces", "300 employees of Wagner": people of a force named after "of". */
    private boolean ofAForce() {
        if (!s.is(head + 1, "of")) {
            return false;
        }
        for (int k = head + 2; k < Math.min(s.size(), head + 7); k++) {
            if (s.in(k, Lexicon.PERSONNEL) || s.in(k, Lexicon.UNITS) || s.is(k, "army") || s.is(k, "military")) {
                return true;
            }
            AliasMatch m = s.alias(k);
            if (m != null && m.force() && m.alias().type() == EntityType.ORGANIZATION) {
                return true;
            }
            if (!(s.in(k, Lexicon.PHRASE_MODIFIERS) || s.get(k).isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /** "military construction workers", "service members", "mine clearance specialists": people made military by their phrase. */
    boolean militaryModifier() {
        for (int k = f.last() + 1; k < head; k++) {
            if (s.in(k, Lexicon.MILITARY_MODIFIERS) || s.is(k, "service")) {
                return true;
            }
        }
        // "5,000 construction workers" right after "6,000 military workers": the article made them military
        return d.sentencesSinceMilitaryWorkers <= 2 && head >= 0 && s.in(head - 1, Lexicon.PHRASE_MODIFIERS);
    }

    // ---- the noun a figure counts ----

    /** Index of the noun after a number, over its modifiers; -1 when none. */
    private int head(int from) {
        int limit = from + 6;
        for (int k = from; k < Math.min(s.size(), limit); k++) {
            Token t = s.get(k);
            if (t.is("(") && k > from) {
                // "4,000 DPRK (Democratic People's Republic of Korea) soldiers": an expansion in brackets
                int close = k + 1;
                while (close < Math.min(s.size(), k + 10) && !s.is(close, ")")) {
                    close++;
                }
                if (s.is(close, ")")) {
                    limit += close - k + 1;
                    k = close;
                    continue;
                }
                return -1;
            }
            if (t.in(Lexicon.PERSONNEL) || t.in(Lexicon.CASUALTY_NOUNS) || t.in(Lexicon.PEOPLE) || t.in(Lexicon.CIVILIANS)) {
                if (isLossModifier(t) && k + 1 < s.size()) {
                    int later = head(k + 1);
                    if (later >= 0 && s.in(later, Lexicon.PERSONNEL)) {
                        return later; // "4,100 wounded North Korean soldiers": the loss modifies the people counted
                    }
                }
                if (s.in(k + 1, Lexicon.COMPOUND_HEADS) && !s.in(k + 1, Lexicon.PERSONNEL)) {
                    return -1; // "80 armored personnel carriers": the people name the thing counted
                }
                if (s.alias(k) == null || s.alias(k).alias().type() == EntityType.STATE) {
                    return k;
                }
            }
            // "a 300-strong force", "a 1,000-member contingent": the unit's size in people
            if (t.in(Lexicon.UNITS) && (sizeSuffixAt(k - 1) || sizeSuffixAt(from + 1))) {
                return k; // "a 300-strong force"; "the 2,000-strong Marine Expeditionary Unit": the unit's name between
            }
            if (t.is("of") && (s.is(k + 1, "them") || s.is(k + 1, "whom") || s.is(k + 1, "those") || s.is(k + 1, "these"))) {
                // "3,000 of them", "8,000 of those North Korean troops"
                int noun = s.is(k + 1, "those") || s.is(k + 1, "these") ? head(k + 2) : -1;
                return noun >= 0 ? noun : k + 1;
            }
            AliasMatch m = s.alias(k);
            if (m != null && m.alias().type() != EntityType.OUTLET) {
                int last = m.last();
                if (m.alias().type() == EntityType.STATE && isPluralDemonym(s.get(last))) {
                    return last; // "4,000 North Koreans", "500 Russians"
                }
                k = last;
                continue;
            }
            if (t.in(Lexicon.PHRASE_MODIFIERS) || t.isCapitalized() && !t.in(Lexicon.MONTHS) || t.is("service")
                    || Lexicon.isQuote(t)) {
                continue; // "600 new Russian “instructors”": quotation marks around the noun
            }
            if (sizeSuffixAt(k)) {
                continue; // "a 300-member force"
            }
            if ((t.is("and") || t.is("or")) && k > from && s.get(k - 1).isCapitalized() && k + 1 < s.size() && s.get(k + 1).isCapitalized()) {
                continue; // "350 Army and Air Force personnel"
            }
            return -1;
        }
        return -1;
    }

    /** "-strong", "-member", "-man", "-person" after a figure: the size of a unit in people. */
    private boolean sizeSuffixAt(int k) {
        return k >= 1 && s.is(k - 1, "-") && (s.is(k, "strong") || s.is(k, "member") || s.is(k, "man") || s.is(k, "person"));
    }

    /** A loss said between the figure and its noun: "4,100 wounded soldiers", "300 dead troops". */
    boolean lossBeforeHead() {
        for (int k = f.last() + 1; k < head; k++) {
            if (isLossModifier(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLossModifier(Token t) {
        return t.is("wounded") || t.is("injured") || t.is("dead") || t.is("killed") || t.is("captured");
    }

    /** "Koreans", "Rwandans", "Israelis": a capitalised plural that ends a people's name. */
    private static boolean isPluralDemonym(Token t) {
        String w = t.lower();
        return t.isCapitalized() && (w.endsWith("ans") || w.endsWith("is") || w.endsWith("ese"));
    }

    // ---- whose people ----

    /** Whose people the phrase itself says they are: a name between the number and the noun, or the noun itself ("North Koreans"). */
    private Owner ownerInPhrase;

    Owner ownerInPhrase() {
        if (ownerInPhrase == null) {
            ownerInPhrase = computeOwnerInPhrase();
        }
        return ownerInPhrase;
    }

    private Owner computeOwnerInPhrase() {
        Owner owner = Owner.UNKNOWN;
        for (int k = f.last() + 1; k <= headEnd && k < s.size(); k++) {
            AliasMatch m = s.aliasStartingAt(k);
            if (m == null || m.alias().type() == EntityType.OUTLET || m.alias().type() == EntityType.PLACE
                    || m.alias().type() == EntityType.PERSON) {
                continue;
            }
            if (m.force()) {
                return Owner.FORCE;
            }
            if (m.sourceId() != null || m.alias().candidates() != null) {
                owner = Owner.OTHER;
            }
            k = m.last();
        }
        return owner;
    }

    /** "Russia's 50,000 troops", "North Korea's 11,000 soldiers": a possessor before the figure. */
    private Owner possessor;

    Owner possessor() {
        if (possessor == null) {
            possessor = computePossessor();
        }
        return possessor;
    }

    private Owner computePossessor() {
        int k = f.first() - 1;
        if (s.is(k, "'s")) {
            AliasMatch m = s.aliasEndingAt(k - 1);
            if (m != null && (m.alias().type() == EntityType.STATE || m.alias().type() == EntityType.ORGANIZATION)) {
                return m.force() ? Owner.FORCE : m.sourceId() != null ? Owner.OTHER : Owner.UNKNOWN;
            }
        }
        return Owner.UNKNOWN;
    }

    /** "troops from North Korea", "soldiers of the Rwanda Defence Force": a complement after the noun. */
    private Owner complement;

    Owner complement() {
        if (complement == null) {
            complement = computeComplement();
        }
        return complement;
    }

    private Owner computeComplement() {
        if (head < 0) {
            return Owner.UNKNOWN;
        }
        int k = head + 1;
        if (s.in(k, Lexicon.SENT) && s.is(k + 1, "by")) {
            return ownerOf(s.aliasStartingAt(s.is(k + 2, "the") ? k + 3 : k + 2)); // "11,000 troops sent by North Korea"
        }
        if (s.is(k, "by")) {
            Owner by = ownerOf(s.aliasStartingAt(s.is(k + 1, "the") ? k + 2 : k + 1)); // "the dispatch of 12,000 troops by Pyongyang"
            if (by != Owner.UNKNOWN) {
                return by;
            }
        }
        // "the some 14,000 soldiers North Korea sent to Russia": a relative clause names who sent them
        int r = s.is(k, "that") || s.is(k, "whom") ? k + 1 : k;
        AliasMatch sender = s.aliasStartingAt(r);
        if (sender != null && (s.in(sender.last() + 1, Lexicon.SENT) || s.is(sender.last() + 1, "had") && s.in(sender.last() + 2, Lexicon.SENT)
                || s.is(sender.last() + 1, "has") && s.in(sender.last() + 2, Lexicon.SENT))) {
            return ownerOf(sender);
        }
        if (!(s.is(k, "from") || s.is(k, "of"))) {
            return Owner.UNKNOWN;
        }
        int j = s.is(k + 1, "the") ? k + 2 : k + 1;
        AliasMatch m = s.aliasStartingAt(j);
        if (m == null || m.alias().type() == EntityType.OUTLET || m.alias().type() == EntityType.PLACE) {
            return Owner.UNKNOWN;
        }
        if (m.force()) {
            return Owner.FORCE;
        }
        // "troops from Russia" after "North Korean troops" elsewhere may be a place they came from: only a state's own army is another's
        boolean army = s.is(k, "of") || m.alias().type() == EntityType.ORGANIZATION;
        return army && m.sourceId() != null ? Owner.OTHER : Owner.UNKNOWN;
    }

    /**
     * Who sends or holds the people counted: the subject of the verb of sending that governs the
     * figure in its clause ("Rwanda has deployed 1,000 troops", "Kim Jong Un decided to send 6,000",
     * "the Pentagon said it would deploy 900 more troops", "Russia is training ... 3,000 soldiers").
     */
    private Owner sender;
    /** The name of the sender when the sentence names it ("the Pentagon", "Austin", "Rwanda"), else null. */
    private AliasMatch senderName;

    Owner sender() {
        if (sender == null) {
            sender = computeSender();
        }
        return sender;
    }

    /**
     * The force's state (its government, a body or a person of it) when it is the named sender
     * ("the Pentagon is sending 1,500 troops", "Austin ordered 2,000 troops"); null otherwise.
     */
    String forceStateSender() {
        if (sender() != Owner.FORCE || senderName == null) {
            return null;
        }
        return senderName.sourceId();
    }

    private Owner computeSender() {
        int verb = -1;
        for (int k = f.first() - 1; k >= Math.max(0, f.first() - 10); k--) {
            Token t = s.get(k);
            if (t.is(",") || t.is(";") || t.is("that") || Lexicon.isQuote(t) || t.in(Lexicon.REPORTING) && !t.in(Lexicon.INTENT)) {
                break;
            }
            // "has 3,000 troops", "has an estimated 200,000": a verb of having takes the figure right after it
            boolean having = t.in(Lexicon.POSSESSION) && (k == f.first() - 1 || k == f.first() - 2 && s.get(k + 1).isWord()
                    && (s.is(k + 1, "an") || s.is(k + 1, "a") || s.is(k + 1, "some") || s.is(k + 1, "about")));
            // "ordered 2,000 troops to the region", "approved about 1,500 more": an order right before the people sends them
            boolean ordering = t.in(Lexicon.ORDERING) && k >= f.first() - 3;
            if (t.in(Lexicon.SEND_VERBS) || t.in(Lexicon.SENT) || t.in(Lexicon.SENDING_FORMS) || t.in(Lexicon.HOLDING)
                    || t.in(Lexicon.SENDING_NOUNS) || having || ordering || t.is("preparing") || t.is("readying")) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return Owner.UNKNOWN;
        }
        // "X's deployment of 10,000 troops"
        if (s.in(verb, Lexicon.SENDING_NOUNS) && s.is(verb - 1, "'s")) {
            AliasMatch m = s.aliasEndingAt(verb - 2);
            senderName = m;
            return ownerOf(m);
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 8); k--) {
            Token t = s.get(k);
            if (t.in(Lexicon.REPORTING) && !t.in(Lexicon.INTENT) && s.alias(k) == null) {
                break; // "Shoigu said Kim had decided to send": the speaker is not the sender
            }
            AliasMatch m = s.aliasEndingAt(k);
            if (m != null) {
                int p = m.first() - 1;
                while (p >= 0 && (s.is(p, "the") || s.in(p, Lexicon.DIRECTIONS))) {
                    p--;
                }
                if (p >= 0 && Lexicon.OBJECT_PREPOSITIONS.contains(lowerAt(p))) {
                    k = m.first();
                    continue; // "troops in eastern Russia have ...": a place
                }
                senderName = m;
                return ownerOf(m);
            }
            if (t.is(",") || t.is(";") || Lexicon.isQuote(t) || t.is("that") && !s.in(k - 1, Lexicon.INTENT)) {
                break;
            }
            if (t.in(Lexicon.PRONOUNS) && (t.is("it") || t.is("they"))) {
                return d.lastGroup == Discourse.Group.FORCE ? Owner.FORCE : Owner.UNKNOWN;
            }
        }
        return Owner.UNKNOWN;
    }

    private String lowerAt(int k) {
        return k >= 0 && k < s.size() ? s.get(k).lower() : "";
    }

    private static Owner ownerOf(AliasMatch m) {
        if (m == null || m.alias().type() == EntityType.OUTLET || m.alias().type() == EntityType.PLACE) {
            return Owner.UNKNOWN;
        }
        if (m.force()) {
            return Owner.FORCE;
        }
        return m.sourceId() != null ? Owner.OTHER : Owner.UNKNOWN;
    }

    /**
     * Which armed group the sentence speaks of before the figure: the force when it names the force
     * or its state (not as a mere place), another when it last names another state's people
     * ("Russian troops", "Burundian soldiers"); else which group the article spoke of last.
     */
    private Discourse.Group focus;

    Discourse.Group focus() {
        if (focus == null) {
            focus = computeFocus();
        }
        return focus;
    }

    private Discourse.Group computeFocus() {
        Discourse.Group group = Discourse.Group.NONE;
        for (AliasMatch m : s.aliases) {
            if (m.first() >= f.first()) {
                break;
            }
            group = groupOf(s, m, group);
        }
        if (group != Discourse.Group.NONE) {
            return group;
        }
        return d.sentencesSinceGroup <= 3 ? d.lastGroup : Discourse.Group.NONE;
    }

    /** How naming {@code m} changes which group a sentence speaks of. */
    static Discourse.Group groupOf(Sentence s, AliasMatch m, Discourse.Group current) {
        if (m.alias().type() == EntityType.OUTLET || m.alias().type() == EntityType.PLACE) {
            return current;
        }
        boolean people = namesPeople(s, m.last() + 1);
        if (!m.force() && !people) {
            return current; // another party named, not its people: no group
        }
        int before = s.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
        if (m.force()) {
            // the force's state named as a place ("sent to Russia") or as another's helper ("rebels backed by Rwanda")
            // leaves the group as it was; its people or the state as an actor are the force
            boolean object = (s.in(before, Lexicon.OBJECT_PREPOSITIONS) || s.in(before, Lexicon.PLACE_PREPOSITIONS)) && !s.is(before, "of");
            return object && !people ? current : Discourse.Group.FORCE;
        }
        boolean objectOfFighting = s.is(before, "with") || s.is(before, "against") || s.is(before, "alongside")
                || s.is(before, "by") || s.is(before, "to") || s.is(before, "into") || s.is(before, "join") || s.is(before, "joined");
        if (people && !objectOfFighting && (m.sourceId() != null || m.alias().candidates() != null)) {
            return Discourse.Group.OTHER; // "Russian troops", "Burundian soldiers", "Congolese army"; not "against Ukrainian forces"
        }
        return current;
    }

    /** Whether people of a force follow from k: "troops", "special forces", "army", "military", "'s soldiers". */
    private static boolean namesPeople(Sentence s, int k) {
        if (s.is(k, "'s")) {
            k++;
        }
        for (int j = k; j < Math.min(s.size(), k + 3); j++) {
            if ((s.in(j, Lexicon.PERSONNEL) || s.is(j, "army") || s.is(j, "military")) && !s.in(j + 1, Lexicon.AGENTS)
                    && !s.in(j + 1, Lexicon.COMPOUND_HEADS)) {
                return true; // "Russian troops", "the Congolese army"; not "Ukraine's military intelligence chief"
            }
            if (!s.in(j, Lexicon.PHRASE_MODIFIERS) || s.alias(j) != null) {
                return false;
            }
        }
        return false;
    }

    // ---- parts and wholes ----

    /** The number token after "out of (the)" or "of the" starting at k, or -1: "2,000 out of 11,000 troops". */
    private int outOfAfter(int k) {
        int of = s.is(k, "out") ? k + 1 : k;
        if (of + 2 >= s.size() || !s.is(of, "of")) {
            return -1;
        }
        int n = s.is(of + 1, "the") ? of + 2 : of + 1;
        if (of == k && !s.is(of + 1, "the")) {
            return -1; // "3,000 of them" is counted elsewhere; a bare "of" needs "the" before the whole
        }
        for (int q = 0; q < 3 && n < s.size() && s.get(n).isWord() && s.get(n).startsLowerCase(); q++) {
            n++; // "around", "an estimated", "more than"
        }
        return n < s.size() && s.get(n).isNumber() ? n : -1;
    }

    /** "of the (around) 11,000" after a part: "4,000 of the 11,000", "a quarter of the 12,000", "half of the first 11,000". */
    private boolean wholeOfPart(int first) {
        int k = first - 1;
        for (int q = 0; q < 3 && k >= 0 && s.get(k).isWord() && s.get(k).startsLowerCase() && !s.is(k, "the") && !s.is(k, "of"); q++) {
            k--;
        }
        if (s.is(k, "the") || s.is(k, "some") || s.is(k, "an")) {
            k--;
        }
        if (k < 1 || !s.is(k, "of")) {
            return false;
        }
        int part = k - 1;
        if (s.is(part, "out")) {
            part--;
        }
        Token p = s.get(part);
        return p.isNumber() || p.is("%") || p.is("percent") || p.is("cent") || p.is("half") || p.is("quarter") || p.is("third")
                || p.is("thirds") || p.is("quarters") || p.is("fifth") || p.is("most") || p.is("many") || p.is("some")
                || p.is("all") || p.is("none") || p.is("majority") || p.is("bulk") || p.is("hundreds") || p.is("thousands")
                || p.is("dozens");
    }

    /** "... had been killed or wounded" later in the clause: a loss said of the people counted. */
    boolean lossInClause(int from) {
        for (int k = from; k + 1 < Math.min(s.size(), from + 14); k++) {
            Token t = s.get(k);
            if (t.is(",") || t.is(";") || t.is(".") || t.in(Lexicon.REPORTING)) {
                return false;
            }
            if (t.in(Lexicon.AUXILIARIES) && (s.is(k + 1, "been") && k + 2 < s.size() && isLoss(k + 2, false) || isLoss(k + 1, false))) {
                return true;
            }
        }
        return false;
    }

    // ---- verb groups ----

    /** "soldiers in Kursk have been killed": the verb group starts after a place named right after the noun. */
    int afterPlace(int k) {
        if (k + 1 >= s.size() || !(s.is(k, "in") || s.is(k, "near") || s.is(k, "inside"))) {
            return k;
        }
        int j = s.is(k + 1, "the") ? k + 2 : k + 1;
        int name = j;
        while (j < s.size() && s.get(j).isCapitalized()) {
            j++;
        }
        if (j == name) {
            return k;
        }
        return s.in(j, Lexicon.REGION_NOUNS) ? j + 1 : j;
    }

    /**
     * "the attack left 47 troops with brain injuries", "left three soldiers dead", "left 34 wounded":
     * "left" before the people and a loss after them is a loss, not people who left.
     */
    boolean leftHurt() {
        int before = f.first() - 1;
        if (!s.is(before, "left") && !(s.is(before - 1, "left") && s.get(before).isWord() && !s.is(before, "behind"))) {
            return false;
        }
        int from = head >= 0 ? headEnd + 1 : f.last() + 1;
        for (int k = Math.max(f.last() + 1, from - 1); k < Math.min(s.size(), from + 5); k++) {
            if (s.is(k, ",") || s.is(k, ";") || s.is(k, "and")) {
                return false;
            }
            if (s.in(k, Lexicon.CASUALTY_VERBS) && !s.is(k, "held") && !s.is(k, "taken") || s.in(k, Lexicon.CASUALTY_NOUNS)
                    || s.is(k, "with") && k + 1 < s.size() && (s.in(k + 1, Lexicon.INJURIES) || s.in(k + 2, Lexicon.INJURIES)
                    || s.in(k + 3, Lexicon.INJURIES))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 82nd Airborne Division", "the 26th Marine Expeditionary Unit", "the 3rd Brigade": a unit's
     * name from {@code k} (numbers, ordinals and capitalised words ending in a unit word); the token
     * after it, or -1 when none starts there.
     */
    int unitNameEnd(int k) {
        int j = s.is(k, "the") ? k + 1 : k;
        int start = j;
        while (j < s.size() && j < start + 6 && (s.get(j).isCapitalized() || s.get(j).isNumber()
                || s.is(j, "st") || s.is(j, "nd") || s.is(j, "rd") || s.is(j, "th"))) {
            if (s.in(j, Lexicon.UNITS)) {
                return j + 1;
            }
            j++;
        }
        return j > start && s.in(j, Lexicon.UNITS) ? j + 1 : -1;
    }

    /** The last token of the verb group after a noun: "who are reportedly undergoing" ends at "undergoing". */
    int verbGroupEnd(int from) {
        int k = from;
        while (k < s.size() && s.in(k, Lexicon.AUXILIARIES)) {
            if (s.is(k, "to") && !infinitiveAt(k)) {
                break; // "troops to Russia": a preposition, not "to be sent"
            }
            k++;
        }
        return Math.min(k, s.size() - 1);
    }

    /** "to be sent", "to join": "to" opens an infinitive. */
    boolean infinitiveAt(int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        Token next = s.get(k + 1);
        return next.is("be") || next.is("have") || next.in(Lexicon.SEND_VERBS) || next.is("fight") || next.is("assist")
                || next.is("help") || next.is("support") || next.is("arrive") || next.is("enter") || next.is("take") || next.is("go");
    }

    boolean isLoss(int k, boolean camera) {
        if (!s.in(k, Lexicon.CASUALTY_VERBS)) {
            return false;
        }
        if (s.is(k, "captured") || s.is(k, "capturing")) {
            return !camera || !cameraNear(k); // "captured on video" is no loss; "captured, as a video showed" is
        }
        if (s.is(k, "taken") || s.is(k, "held")) {
            return s.is(k + 1, "prisoner") || s.is(k + 1, "captive") || s.is(k + 1, "prisoners") || s.is(k + 1, "hostage");
        }
        if (s.is(k, "fell")) {
            return s.is(k + 1, "in") && (s.is(k + 2, "battle") || s.is(k + 2, "combat")) || s.is(k + 1, "on")
                    && (s.is(k + 2, "the") || s.is(k + 2, "battlefield"));
        }
        return true;
    }

    /** A camera word within a few words of a verb: "captured on camera", "satellite images captured". */
    boolean cameraNear(int k) {
        for (int j = Math.max(0, k - 4); j < Math.min(s.size(), k + 5); j++) {
            if (s.in(j, Lexicon.CAMERA)) {
                return true;
            }
        }
        return false;
    }

    boolean cameraInSentence() {
        return s.has(Lexicon.CAMERA);
    }

    /** "sent 10,000", "has deployed more than 10,000", "after sending nearly 12,000": the figure is the object of a past sending. */
    boolean sentBefore() {
        int first = f.first();
        if (s.in(first - 1, Lexicon.SENT)) {
            return true;
        }
        int k = first - 1;
        return k >= 1 && s.in(k, Lexicon.SENDING_FORMS) && (s.is(k - 1, "after") || s.is(k - 1, "since") || s.is(k - 1, "following"));
    }

    /** "is training in Siberia a battalion of 3,000 soldiers": a verb of holding governs the figure. */
    boolean heldBefore() {
        int first = f.first();
        for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
            Token t = s.get(k);
            if (t.in(Lexicon.HOLDING) && !(k > 0 && (s.is(k - 1, "to") || s.in(k - 1, Lexicon.MODALS)))) {
                return true;
            }
            if (t.in(Lexicon.SENDING_NOUNS) && k + 1 < first && s.is(k + 1, "of")) {
                return true; // "an earlier dispatch of an estimated 15,000 troops to support Russia"
            }
            if (t.is(",") || t.is(";") || t.in(Lexicon.MODALS) || t.in(Lexicon.INTENT) || t.in(Lexicon.REPORTING)) {
                return false;
            }
        }
        return false;
    }

    /** "troops in Kursk", "soldiers already in Russia": the people counted are somewhere now. */
    boolean presentAt(int k) {
        if (s.is(k, "already")) {
            k++;
        }
        return k + 1 < s.size() && (s.is(k, "in") || s.is(k, "inside")) && afterPlace(k) > k;
    }

    boolean combatNext(int k) {
        for (int j = k; j < Math.min(s.size(), k + 5); j++) {
            if (s.in(j, Lexicon.COMBAT)) {
                return true;
            }
        }
        return false;
    }

    /** A time right after a figure: "10,000 a week earlier", "3,000 last month". */
    boolean isTimeAfter(int k) {
        if (s.in(k, Lexicon.TIME_WORDS)) {
            return true;
        }
        return s.is(k, "a") && s.in(k + 1, Lexicon.RATE_UNITS) || s.is(k, "a") && s.is(k + 1, "year");
    }
}
