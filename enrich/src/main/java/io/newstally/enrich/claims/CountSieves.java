package io.newstally.enrich.claims;

import io.newstally.enrich.text.Token;
import java.util.List;
import java.util.function.Function;

/**
 * Which figures count people of the story's force: an ordered list of sieves, each answering
 * "counts" (true), "does not" (false) or passing. Precise rules first: what is never a count of
 * people, then whose people the phrase says they are, then the force the article is speaking of.
 */
final class CountSieves {

    private CountSieves() {
    }

    private static Sieve<Counted, Boolean> sieve(String name, String phenomenon, Function<Counted, Boolean> rule) {
        return new Sieve<>(name, phenomenon, rule);
    }

    static final Sieve.Chain<Counted, Boolean> CHAIN = new Sieve.Chain<>("count", List.of(
            sieve("not-a-count", "Percentages, money, years, decimals and a lone \"1\" are not counts of people.",
                    CountSieves::notACount),
            sieve("not-people", "A figure that counts things or civilians counts no force: \"13,000 containers\", "
                    + "\"12,000 labourers\", \"1,200 refugees\".", CountSieves::notPeople),
            sieve("past-war", "A figure of another war or of long ago is not this deployment: \"During the Vietnam War, North "
                    + "Korea sent about 200 pilots\", \"In 1967, ...\".", CountSieves::pastWar),
            sieve("army-size", "A whole army's size is not people sent: \"an army of 1.2 million\", \"has 200,000 special forces\" "
                    + "(but \"has 40,000 personnel in the region\" is people somewhere), a million or more.", CountSieves::armySize),
            sieve("rate", "A rate is not a count: \"losing 40 men a day\", \"1,200 casualties daily\".", CountSieves::rate),
            sieve("left-the-force", "People who left are no claim: \"20 soldiers deserted\", \"withdrew 1,000 troops\", "
                    + "\"2,000 have been taken back home\".", CountSieves::leftTheForce),
            sieve("another-force", "People the phrase gives to another state or group: \"5,000 Russian troops\", "
                    + "\"Burundi's 20,000 troops\", \"soldiers of the Congolese army\", \"Ukraine deployed 10,000 troops\".",
                    CountSieves::anotherForce),
            sieve("force-named", "People the phrase gives to the force: \"3,000 North Korean troops\", \"1,000 Wagner fighters\", "
                    + "\"troops from Rwanda\", \"North Korea's 11,000 soldiers\", \"4,000 North Koreans\".", CountSieves::forceNamed),
            sieve("force-sends", "People the force's state or group sends or holds: \"Rwanda deployed 1,000 troops\", "
                    + "\"Kim decided to send 6,000 engineers\", \"the Pentagon will deploy 900 troops\".", CountSieves::forceSends),
            sieve("unowned-people", "\"People\", \"members\", \"workers\" count the force only when the phrase says they are its: "
                    + "\"1,200 people\" alone is nobody's.", CountSieves::unownedPeople),
            sieve("force-in-focus", "Troops or casualties with no owner named are the force's when the sentence or the "
                    + "three before speak of it and of no other group since.", CountSieves::forceInFocus),
            sieve("object-of-sending", "A bare number that a verb of sending takes, of the force in focus: \"plans to send "
                    + "10,000 by December\", \"deployed another 2,000\".", CountSieves::objectOfSending),
            sieve("shares-noun", "A bare number joined to a count of the force before it in the sentence shares its noun: "
                    + "\"2,500 troops in Iraq and 900 in Syria\", \"34 wounded and three killed\".", CountSieves::sharesNoun),
            sieve("count-word", "A bare number that gives a count of the force in focus: \"raising the total to 3,000\", "
                    + "\"a contingent of 3,000\", \"put the number at 8,000\", \"another 1,500\", \"numbering 2,600\".",
                    CountSieves::countWord),
            sieve("bare-subject", "A bare number that is the subject of being there, arriving or being lost, of the force "
                    + "in focus: \"Around 11,000 are now deployed\", \"600 have been killed\", \"500 more were on their way\", "
                    + "\"about 900 are in Syria\".",
                    CountSieves::bareSubject),
            sieve("no-force", "Anything else counts no people of the force.", c -> Boolean.FALSE)));

    // ---- what is never a count ----

    private static Boolean notACount(Counted c) {
        if (!c.f.isWholeCount()) {
            return false;
        }
        // "October 23", "23 October", "Oct. 23": a day of a month
        Sentence s = c.s;
        if (c.f.low() == null && c.f.value() <= 31 && (s.in(c.f.first() - 1, Lexicon.MONTHS) || s.is(c.f.first() - 1, ".")
                && s.in(c.f.first() - 2, Lexicon.MONTHS) || s.in(c.f.last() + 1, Lexicon.MONTHS))) {
            return false;
        }
        if (c.f.value() < 2 && c.f.low() == null && c.s.get(c.f.numStart()).isNumber()) {
            return false; // a digit "1" is rarely a count of people; "one soldier" in words is
        }
        return null;
    }

    /** A year this long before the article's is history, not news. */
    private static final int HISTORY_YEARS = 10;

    /**
     * "During the Vietnam War, ...", "In 1967, ...": a past war (one whose name holds none of the
     * story's parties: "the Ukraine War" is this one) or a year long before the article. "Since the
     * Korean War" does not date the figure.
     */
    private static Boolean pastWar(Counted c) {
        Sentence s = c.s;
        if (!s.has(Lexicon.PAST_MARKERS)) {
            return null;
        }
        for (int k = 0; k + 1 < s.size(); k++) {
            if (!s.in(k, Lexicon.PAST_MARKERS)) {
                continue;
            }
            int j = s.is(k + 1, "the") && k + 2 < s.size() ? k + 2 : k + 1;
            Token first = s.get(j);
            if (first.isNumber() && c.d.articleYear != null && first.length() == 4) {
                int year = Integer.parseInt(first.text());
                if (year >= 1800 && c.d.articleYear - year >= HISTORY_YEARS) {
                    return false;
                }
            }
            // a capitalised name ending in "War", years allowed in it ("the 1950-53 Korean War")
            for (int w = j; w < Math.min(s.size(), j + 6); w++) {
                Token t = s.get(w);
                if (t.text().equals("War") && w > j) {
                    return namesAStoryParty(s, j, w) ? null : false;
                }
                if (!(t.isCapitalized() || t.isNumber() || t.is("-")) || t.isWord() && t.text().indexOf('-') > 0) {
                    break; // "the Russia-Ukraine War" may name this war's parties in one word
                }
            }
        }
        return null;
    }

    private static boolean namesAStoryParty(Sentence s, int from, int to) {
        for (var m : s.aliases) {
            if (m.first() >= from && m.last() <= to && m.sourceId() != null && m.alias().storyParty()) {
                return true;
            }
        }
        return false;
    }

    private static Boolean armySize(Counted c) {
        if (c.f.value() >= 1_000_000) {
            return false; // no state sends a million people abroad: that is an army's size
        }
        Sentence s = c.s;
        int b = c.f.first();
        if (s.is(b - 2, "home") && s.is(b - 1, "to")) {
            return false; // "home to 1.2 million soldiers"
        }
        // "North Korea has an estimated 200,000 special forces", "the corps, which has 12,000 personnel":
        // what a state or unit has, unless it is somewhere or doing something there
        if (s.in(b - 1, Lexicon.POSSESSION) && PlaceSieves.after(c) == null && !s.in(c.headEnd + 1, Lexicon.PRESENT)
                && !PlaceSieves.introducesPlace(s, c.headEnd + 1) && KindSieves.onAlert(c) == null) {
            // but "the U.S. military has roughly 40,000 personnel in the region": people somewhere;
            // "has 2,000 troops on prepare-to-deploy orders": people who may be sent
            return false;
        }
        if (s.is(b - 1, "of") && (s.is(b - 2, "army") || s.is(b - 2, "armies") || s.is(b - 2, "military") || s.is(b - 2, "military's"))) {
            return false; // "an army of 1.2 million"
        }
        for (int k = c.f.last() + 1; k < Math.min(s.size(), c.headEnd + 7); k++) {
            if ((s.is(k, "army") || s.is(k, "armies") || s.is(k, "military")) && s.in(k - 1, Lexicon.ARMY_SIZE)) {
                return false;
            }
            if (s.is(k, "active-duty") || s.is(k, "standing")) {
                return false;
            }
        }
        return null;
    }

    private static Boolean rate(Counted c) {
        Sentence s = c.s;
        int k = c.headEnd + 1;
        if (s.is(k, "daily") || s.is(k, "weekly") || s.is(k, "monthly")) {
            return false;
        }
        if ((s.is(k, "a") || s.is(k, "per") || s.is(k, "each") || s.is(k, "every")) && s.in(k + 1, Lexicon.RATE_UNITS)) {
            Token then = k + 2 < s.size() ? s.get(k + 2) : null;
            boolean when = then != null && (then.is("earlier") || then.is("ago") || then.is("later") || then.is("before")
                    || then.is("after")); // "10,000 a week earlier" is a time, not a rate
            return when ? null : false;
        }
        return null;
    }

    private static Boolean leftTheForce(Counted c) {
        Sentence s = c.s;
        for (int k = c.f.first() - 1; k >= Math.max(0, c.f.first() - 3); k--) {
            if (s.in(k, Lexicon.CASUALTY_NOUNS)) {
                return null; // "the bodies of 30 soldiers were returned": the dead, not people who left
            }
        }
        if (c.lossBeforeHead() || c.leftHurt()) {
            return null; // "4,100 wounded soldiers were sent home", "left 47 troops with injuries": still a count of losses
        }

        int verb = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        for (int k = c.headEnd + 1; k <= verb && k < s.size(); k++) {
            if (s.in(k, Lexicon.LEFT)) {
                return false; // soldiers who escaped, deserted or went home
            }
        }
        if (s.is(verb + 1, "home") || s.is(verb, "back") || s.is(verb + 1, "back")) {
            return false; // "have been sent home", "were taken back to North Korea"
        }
        if (c.head >= 0 && s.is(c.headEnd + 1, "out") && s.is(c.headEnd + 2, "of") || s.in(c.f.first() - 1, Lexicon.LEFT)) {
            return false; // "has rotated 2,000 troops out of Kursk", "withdrew 1,000 soldiers"
        }
        return null;
    }

    private static Boolean notPeople(Counted c) {
        if (c.head >= 0) {
            if (c.headIn(Lexicon.CIVILIANS) && !c.militaryModifier()) {
                return false;
            }
            return null;
        }
        Sentence s = c.s;
        int after = c.f.last() + 1;
        if (after >= s.size()) {
            return null;
        }
        Token t = s.get(after);
        // a bare number ends its phrase; one followed by another noun counts that noun ("13,000 containers")
        boolean endsPhrase = !t.isWord() || t.in(Lexicon.AUXILIARIES) && !t.is(",") || t.is("by") || t.is("in") || t.is("to")
                || t.is("and") || t.is("from") || t.is("more") || t.is("others") || t.is("or") || t.in(Lexicon.CASUALTY_VERBS)
                || t.in(Lexicon.PLANNED_VERBS) || t.in(Lexicon.PRESENT) || t.in(Lexicon.SENT) || t.is("of") || t.is("at")
                || t.is("on") || t.is("for") || t.is("with") || t.is("as") || t.is("into") || t.is("out")
                || c.isTimeAfter(after) || t.is("people") || t.is("persons") || t.is("men") || t.in(Lexicon.LEFT)
                || t.is("before") || t.is("after") || t.is("since") || t.is("during") || t.is("when") || t.is("until")
                || t.is("without") || t.is("across") || t.is("amid") || t.is("despite") || t.is("under") || t.is("within")
                || t.is("inside") || t.is("near") || t.is("throughout") || t.is("against") || t.is("among");
        if (!endsPhrase || t.is("%")) {
            return false;
        }
        return null;
    }

    // ---- whose people ----

    private static Boolean anotherForce(Counted c) {
        if (c.s.is(c.headEnd + 1, "each") && twoOtherStates(c)) {
            return false; // "Russia and Ukraine ... exchanging 1,000 prisoners each": theirs, not the force's
        }
        if (c.ownerInPhrase() == Counted.Owner.OTHER || c.possessor() == Counted.Owner.OTHER || c.complement() == Counted.Owner.OTHER) {
            return c.ownerInPhrase() == Counted.Owner.FORCE || c.possessor() == Counted.Owner.FORCE ? null : false;
        }
        if (c.ownerInPhrase() == Counted.Owner.UNKNOWN && c.possessor() == Counted.Owner.UNKNOWN
                && c.complement() == Counted.Owner.UNKNOWN && c.sender() == Counted.Owner.OTHER) {
            return false;
        }
        return null;
    }

    /** "Russia and Ukraine" before the figure: two states, neither of them the force. */
    private static boolean twoOtherStates(Counted c) {
        Sentence s = c.s;
        for (int k = c.f.first() - 1; k >= 2; k--) {
            if (s.is(k - 1, "and") && otherState(s.aliasEndingAt(k)) && otherState(s.aliasEndingAt(k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherState(io.newstally.enrich.sources.AliasMatch m) {
        return m != null && !m.force() && m.alias().type() == io.newstally.contracts.EntityType.STATE && m.sourceId() != null;
    }

    private static Boolean forceNamed(Counted c) {
        if (c.head < 0 && c.ownerInPhrase() == Counted.Owner.UNKNOWN) {
            return null;
        }
        boolean named = c.ownerInPhrase() == Counted.Owner.FORCE || c.possessor() == Counted.Owner.FORCE
                || c.complement() == Counted.Owner.FORCE;
        return named && (c.head < 0 || c.headIsPersonnel() || c.headIn(Lexicon.CASUALTY_NOUNS) || c.headIn(Lexicon.PEOPLE)
                && !workersWithoutMilitary(c)) ? true : null;
    }

    private static Boolean forceSends(Counted c) {
        if (c.sender() != Counted.Owner.FORCE) {
            return null;
        }
        if (c.head >= 0 && !(c.headIsPersonnel() || c.headIn(Lexicon.CASUALTY_NOUNS) || c.headIn(Lexicon.PEOPLE) && !workersWithoutMilitary(c))) {
            return null;
        }
        return c.head >= 0 || c.s.in(c.f.last() + 1, Lexicon.PERSONNEL) ? true : null;
    }

    /** "4,000 workers": civilian labour, unless the phrase makes them military ("military construction workers"). */
    private static boolean workersWithoutMilitary(Counted c) {
        return (c.s.is(c.head, "workers") || c.s.is(c.head, "builders")) && !c.militaryModifier();
    }

    private static Boolean unownedPeople(Counted c) {
        if (!(c.head >= 0 && c.headIn(Lexicon.PEOPLE) && !c.headIsPersonnel() && !c.headIn(Lexicon.CASUALTY_NOUNS))) {
            return null;
        }
        if (workersWithoutMilitary(c) || c.focus() != Discourse.Group.FORCE) {
            return false;
        }
        // "around 4,000 people have died", "the number of personnel is up to 3,000 people": people of the force
        // in a loss, a sending or a count of the force just spoken of
        Sentence s = c.s;
        int v = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        for (int k = c.headEnd + 1; k <= v && k < s.size(); k++) {
            if (s.in(k, Lexicon.CASUALTY_VERBS) || s.in(k, Lexicon.SENT) || s.in(k, Lexicon.PRESENT)) {
                return true;
            }
        }
        if (s.in(c.f.first() - 1, Lexicon.SUFFER)) {
            return true; // "had lost about 300 men"; not "killed 30 people", whom the subject killed
        }
        return countWordBefore(c) ? true : false;
    }

    private static Boolean forceInFocus(Counted c) {
        if (c.head < 0) {
            return null;
        }
        if (c.focus() != Discourse.Group.FORCE) {
            return false;
        }
        return c.headIsPersonnel() || c.headIn(Lexicon.CASUALTY_NOUNS) || c.s.is(c.head, "them") || c.s.is(c.head, "whom")
                || c.s.is(c.head, "those") || c.s.is(c.head, "these") ? true : false;
    }

    // ---- bare numbers ----

    private static Boolean sharesNoun(Counted c) {
        if (c.head >= 0 || c.previousKind == null) {
            return null;
        }
        Sentence s = c.s;
        int before = c.f.first() - 1;
        int after = c.f.last() + 1;
        boolean joined = s.is(before, "and") || s.is(before, ",") || s.is(before, "while") || s.is(before, "with");
        boolean ends = after >= s.size() || s.is(after, "in") || s.is(after, "at") || s.is(after, "near") || s.is(after, "to")
                || s.is(after, "on") || s.is(after, ",") || s.is(after, ".") || s.in(after, Lexicon.CASUALTY_VERBS);
        return joined && ends ? true : null;
    }

    private static Boolean objectOfSending(Counted c) {
        if (c.head >= 0 || c.focus() != Discourse.Group.FORCE && c.sender() != Counted.Owner.FORCE) {
            return null;
        }
        int k = c.f.first() - 1;
        if (c.s.is(k, "another") || c.s.is(k, "an") || c.s.is(k, "additional") || c.s.is(k, "further")) {
            k--;
        }
        return c.s.in(k, Lexicon.SEND_VERBS) || c.s.in(k, Lexicon.SENT) || c.s.in(k, Lexicon.SENDING_FORMS) ? true : null;
    }

    /** A count noun governs the figure: "the number of troops is 3,000", "put the total at 8,000". */
    private static boolean countWordBefore(Counted c) {
        Sentence s = c.s;
        int before = c.f.first() - 1;
        String b1 = before >= 0 ? s.get(before).lower() : "";
        return b1.equals("at") && countNounWithin(s, before - 1, 12) || b1.equals("to") && countNounWithin(s, before - 1, 8)
                || b1.equals("number") || b1.equals("numbers") || b1.equals("numbered") || b1.equals("numbering")
                || b1.equals("totaling") || b1.equals("totalling") || b1.equals("totals")
                || s.in(before, Lexicon.PASSIVE_BE) && countNounWithin(s, before - 1, 12)
                || b1.equals("of") && (s.in(before - 1, Lexicon.UNITS) || s.in(before - 1, Lexicon.COUNT_NOUNS));
    }

    private static Boolean countWord(Counted c) {
        if (c.head >= 0 || c.focus() != Discourse.Group.FORCE) {
            return null;
        }
        Sentence s = c.s;
        int before = c.f.first() - 1;
        int after = c.f.last() + 1;
        // "to send more troops, possibly around 10,000, by the end of the year": in apposition to the people
        int comma = s.in(before, Lexicon.HEDGES) ? before - 1 : before;
        if (s.is(comma, ",") && s.in(comma - 1, Lexicon.PERSONNEL) && (s.is(after, ",") || s.is(after, ".") || after >= s.size())) {
            return true;
        }
        boolean people = s.is(after, "people") || s.is(after, "persons");
        String b1 = before >= 0 ? s.get(before).lower() : "";
        String b2 = before >= 1 ? s.get(before - 1).lower() : "";
        boolean countWord = b1.equals("another") || b1.equals("additional") || b1.equals("further")
                || b1.equals("numbering") || b1.equals("totaling") || b1.equals("totalling") || s.in(before, Lexicon.GROWTH)
                && !b1.equals("to") || b1.equals("number") || b1.equals("numbered") || b1.equals("numbers")
                // "bringing the total to 3,000", "could rise to 15,000", "the number ... could be closer to 12,000"
                || b1.equals("to") && countNounWithin(s, before - 1, 8)
                || s.in(before, Lexicon.PASSIVE_BE) && countNounWithin(s, before - 1, 12)
                // "a contingent of 3,000", "the number of 3,000"
                || b1.equals("of") && (s.in(before - 1, Lexicon.UNITS) || s.in(before - 1, Lexicon.COUNT_NOUNS))
                // "put the number at 8,000", "estimates North Korea's casualties at around 3,000"
                || b1.equals("at") && (s.in(before - 1, Lexicon.COUNT_NOUNS) || b2.equals("estimated") || b2.equals("put")
                || b2.equals("puts") || b2.equals("it") || b2.equals("stood") || b2.equals("stands") || b2.equals("stand")
                || countNounWithin(s, before - 1, 12) || s.in(before - 1, Lexicon.CASUALTY_NOUNS))
                // "around 11,000, up from 10,000": the earlier figure of the same count
                || b1.equals("from") && (b2.equals("up") || b2.equals("down") || b2.equals("rising") || b2.equals("risen"))
                // "the 11,000 already deployed", "the 11,000 sent"
                || b1.equals("the") && (s.is(after, "already") || s.in(after, Lexicon.SENT) || s.in(after, Lexicon.PRESENT)
                || s.is(after, "there"));
        if (!countWord) {
            return c.isWhole ? true : null;
        }
        if (people || personnelNear(c) || c.s.has(Lexicon.PEOPLE)) {
            return true;
        }
        return null;
    }

    private static Boolean bareSubject(Counted c) {
        if (c.head >= 0 || c.focus() != Discourse.Group.FORCE || !personnelNear(c)) {
            return null;
        }
        Sentence s = c.s;
        int after = c.f.last() + 1;
        if (s.is(after, "more") || s.is(after, "others")) {
            after++;
        }
        int v = after;
        while (v < s.size() && (s.in(v, Lexicon.AUXILIARIES) || s.in(v, Lexicon.EPISTEMIC)) && !s.is(v, ",")) {
            v++;
        }
        boolean verbGroup = v > after || s.in(after, Lexicon.CASUALTY_VERBS);
        if (verbGroup && (s.in(v, Lexicon.CASUALTY_VERBS) && !s.is(v, "taken") || s.in(v, Lexicon.PRESENT)
                || s.in(v, Lexicon.SENT) || s.is(v, "expected") || s.is(v, "due") || s.is(v, "set") || s.is(v, "follow")
                || s.is(v, "join") || s.is(v, "arrive") || s.is(v, "on") || s.is(v, "from") && s.in(v - 1, Lexicon.PASSIVE_BE)
                || s.in(v - 1, Lexicon.PASSIVE_BE) && PlaceSieves.introducesPlace(s, v))) {
            return true; // ... "and about 900 are in Syria": being somewhere
        }
        // "killed 50 North Korean troops and wounded 47": the noun is left out after a loss verb
        if (s.in(c.f.first() - 1, Lexicon.CASUALTY_VERBS) && !s.is(c.f.first() - 1, "taken")) {
            return true;
        }
        // "500 more were on their way": more of the force spoken of
        boolean more = s.is(c.f.last() + 1, "more") && (!s.in(c.f.last() + 2, Lexicon.PHRASE_MODIFIERS)
                || s.in(c.f.last() + 2, Lexicon.AUXILIARIES));
        return more ? true : null;
    }

    /** People of a force named in the sentence, or in the two before: what a bare number goes on counting. */
    private static boolean personnelNear(Counted c) {
        return c.s.has(Lexicon.PERSONNEL) || c.s.has(Lexicon.CASUALTY_NOUNS) || c.s.has(Lexicon.UNITS) || c.d.sentencesSincePersonnel <= 2;
    }

    /**
     * "total to", "number there to", "rose to": a count word shortly before, in the clause; an aside
     * between dashes does not count ("put the number of soldiers in Kursk - where ... - at about 8,000").
     */
    private static boolean countNounWithin(Sentence s, int from, int distance) {
        int seen = 0;
        for (int k = from; k >= 0 && seen < distance; k--) {
            Token t = s.get(k);
            if (t.is("\u2013") || t.is("\u2014") || t.is("--")) {
                int open = k - 1;
                while (open >= 0 && !(s.is(open, "\u2013") || s.is(open, "\u2014") || s.is(open, "--"))) {
                    open--;
                }
                if (open >= 0) {
                    k = open;
                    continue;
                }
            }
            if (t.is(",") || t.is(";") || t.is(".")) {
                return false;
            }
            if (t.in(Lexicon.COUNT_NOUNS) || t.in(Lexicon.GROWTH) || t.in(Lexicon.UNITS)) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
