package io.newstally.enrich.claims;

import io.newstally.contracts.EntityType;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase that names a speaker, before a reporting verb ("South Korea's spy agency
 * said", "Kyrylo Budanov, head of Ukraine's military intelligence, said", "officials in Seoul
 * said") or after a word that introduces one ("according to two U.S. officials", "citing the
 * NIS", "said the agency"), and says whom it names ({@link Who}). A noun phrase is read strictly:
 * it stops at the first word that cannot stand in one, so the subject of another verb ("North
 * Korea has sent ...") is never taken for the speaker of a later one.
 */
final class Parties {

    /** How far a noun phrase reaches: a speaker with a title, a party and a name rarely takes more. */
    private static final int MAX_PHRASE = 14;

    private Parties() {
    }

    /** A speaker's noun phrase: whom it names and where it starts. */
    record Subject(Who who, int start) {
    }

    /**
     * The speaker named right before the verb at {@code v}, from {@code floor} on; null when no noun
     * phrase stands there (an inverted "..., said X", or a verb with no subject of its own).
     */
    static Subject subjectBefore(Sentence s, int v, int floor, Discourse d) {
        int k = skipBackOverAdverbs(s, v - 1, floor);
        if (k < floor) {
            return null;
        }
        // "Kyrylo Budanov, head of Ukraine's military intelligence, said": an apposition between commas
        int appositionStart = -1;
        int appositionEnd = -1;
        if (s.is(k, ",")) {
            // an apposition or an aside between commas: "Budanov, head of ...,", "Japan's ministry, cited by Kyodo,"
            int open = k - 1;
            while (open > floor && open > k - MAX_PHRASE && !s.is(open, ",") && !s.is(open, ";") && !Lexicon.isQuote(s.get(open))) {
                open--;
            }
            if (open > floor && s.is(open, ",") && open < k - 1 && npToken(s, open - 1) && !verbLike(s.get(open - 1))) {
                appositionStart = open + 1;
                appositionEnd = k - 1;
                k = open - 1;
            } else {
                return null;
            }
        }
        int end = k;
        if (appositionStart < 0 && (s.in(k, Lexicon.PRONOUNS) || s.in(k, Lexicon.FIRST_PERSON))) {
            return new Subject(interpret(s, k, k, d), k); // "he said", "we assess"
        }
        int start = phraseStartBefore(s, k, floor);
        // "casualties in Russia estimated": a place after a preposition is not who speaks
        int p = s.is(start - 1, "the") ? start - 2 : start - 1;
        if (start <= end && s.in(p, Lexicon.PLACE_PREPOSITIONS) && !s.in(p - 1, Lexicon.AGENTS)) {
            return null;
        }
        if (start > end && k >= 1 && s.get(k).isWord() && s.get(k).startsLowerCase()) {
            // "the head of U.S. diplomacy announced": a head noun of no class, right after a party
            int before = s.is(k - 1, "'s") ? k - 2 : k - 1;
            if (s.aliasEndingAt(before) != null && Sentence.speaks(s.aliasEndingAt(before))) {
                start = phraseStartBefore(s, before, floor);
            }
        }
        if (start > end) {
            return null;
        }
        Who who = interpret(s, start, end, d);
        if (appositionStart >= 0) {
            Who inner = interpret(s, appositionStart, appositionEnd, d);
            if (inner != null && inner.isNamed() && (who == null || !who.isNamed())) {
                learnName(s, start, end, inner, d);
                return new Subject(inner, start);
            }
            if (who != null && who.isNamed() && (inner == null || !inner.isNamed())) {
                learnName(s, appositionStart, appositionEnd, who, d); // "Ukraine's ambassador, Dmytro Ponomarenko, said"
                if (s.get(appositionStart).isCapitalized()) {
                    who = Who.namedPerson(who.parties());
                }
            }
            if (who == null) {
                return inner == null ? null : new Subject(inner, start);
            }
        }
        return who == null ? null : new Subject(who, start);
    }

    /** Where a noun phrase that ends at {@code end} starts, reading leftwards; end + 1 when none does. */
    static int phraseStartBefore(Sentence s, int end, int floor) {
        int k = end;
        int limit = Math.max(floor, end - MAX_PHRASE);
        boolean sawAnd = false;
        while (k >= limit) {
            AliasMatch m = s.alias(k);
            if (m != null) {
                if (m.first() < limit) {
                    break;
                }
                k = m.first() - 1;
                continue;
            }
            if (!npToken(s, k) || k == 0 && s.get(k).in(Lexicon.CLAUSE_OPENERS) && !s.get(k).in(Lexicon.BACK_DETERMINERS)) {
                break;
            }
            Token t = s.get(k);
            if (t.is("and") && k > 0 && s.alias(k - 1) == null && s.get(k - 1).isWord() && s.get(k - 1).startsLowerCase()
                    && npToken(s, k - 1) && k + 1 <= end && s.alias(k + 1) == null) {
                k--; // "diplomatic and security sources": modifiers joined
                continue;
            }
            if (t.is("and") || t.is(",")) {
                // "British and Japanese officials", "US, South Korean and Ukrainian officials": a list of parties,
                // its commas before its "and"; any other comma ends the phrase
                AliasMatch before = s.aliasEndingAt(k - 1);
                if (before == null || !Sentence.speaks(before) || t.is(",") && !sawAnd) {
                    break;
                }
                sawAnd |= t.is("and");
            }
            if (isPreposition(t) && !prepositionInPhrase(s, k)) {
                break;
            }
            k--;
        }
        int start = k + 1;
        // a phrase does not open with a preposition, "and" or a comma
        while (start <= end && (s.is(start, "and") || s.is(start, ",") || isPreposition(s.get(start)) || s.is(start, "of"))) {
            start++;
        }
        return start;
    }

    /** The speaker named from token {@code k} on: "according to X", "citing X", "said X", "by X"; null when none. */
    static Who phraseAt(Sentence s, int k, Discourse d) {
        int end = phraseEndAfter(s, k);
        if (end < k) {
            return null;
        }
        // "information confirmed by Rep. Yoo's office from a Ukrainian source": whose knowledge it is, where it came from
        if (s.in(end, Lexicon.ESTIMATE_NOUNS) && !s.in(end, Lexicon.AGENTS)) {
            for (int j = end + 1; j < Math.min(s.size(), end + 16); j++) {
                if (s.is(j, ",") || s.is(j, ";") || s.is(j, "that") || Lexicon.isQuote(s.get(j))) {
                    break;
                }
                if (s.is(j, "from")) {
                    Who origin = phraseAt(s, j + 1, d);
                    if (origin != null && origin.isNamed()) {
                        return origin;
                    }
                }
            }
        }
        // "according to estimates by the Pentagon", "a report by HRW", "data from the UN": whose they are
        for (int j = k; j <= end; j++) {
            if (s.in(j, Lexicon.ESTIMATE_NOUNS) && (s.is(j + 1, "by") || s.is(j + 1, "from") || s.is(j + 1, "of"))) {
                Who inner = phraseAt(s, j + 2, d);
                if (inner != null && inner.isNamed()) {
                    return inner;
                }
            }
        }
        return interpret(s, k, end, d);
    }

    /** Where a noun phrase that starts at {@code k} ends, reading rightwards; k - 1 when none starts there. */
    static int phraseEndAfter(Sentence s, int k) {
        int j = k;
        int limit = Math.min(s.size(), k + MAX_PHRASE);
        int last = k - 1;
        while (j < limit) {
            AliasMatch m = s.aliasStartingAt(j);
            if (m != null) {
                last = m.last();
                j = m.last() + 1;
                // "BBC Ukraine", "the Kyiv Independent news site": an outlet's name goes on
                if (Sentence.isOutlet(m)) {
                    while (j < limit && (s.get(j).isCapitalized() || s.in(j, Lexicon.OUTLET_WORDS))) {
                        AliasMatch next = s.aliasStartingAt(j);
                        j = next != null ? next.last() + 1 : j + 1;
                        last = j - 1;
                    }
                }
                continue;
            }
            Token t = s.get(j);
            if (t.is("(") && last >= k) {
                // "the Main Directorate of Intelligence (known as GUR) of Defense of Ukraine": an aside in brackets
                int close = j + 1;
                while (close < Math.min(s.size(), j + 8) && !s.is(close, ")")) {
                    close++;
                }
                if (s.is(close, ")")) {
                    j = close + 1;
                    limit = Math.min(s.size(), limit + close - j + 2);
                    continue;
                }
                break;
            }
            if (t.is("and") && last >= k && s.alias(last) == null && j + 1 < s.size() && s.aliasStartingAt(j + 1) == null
                    && s.get(j + 1).isWord() && s.get(j + 1).startsLowerCase() && npToken(s, j + 1)) {
                j++; // "diplomatic and security sources": modifiers joined
                continue;
            }
            if (t.is(",") || t.is("and")) {
                // a list goes on only with another party, and a comma only where the list ends in "and":
                // "Britain, Japan and the U.S."
                int next = j + 1;
                if (s.is(next, "and")) {
                    next++;
                }
                if (s.is(next, "the")) {
                    next++;
                }
                if (last >= k && Sentence.speaks(s.aliasStartingAt(next)) && (t.is("and") || s.is(j + 1, "and") || listEndsInAnd(s, next))) {
                    j = next;
                    continue;
                }
                break;
            }
            if (isPreposition(t)) {
                // "officials in Seoul", "sources in the Malian security forces", "the head of Ukraine's intelligence"
                if (t.is("to") && !s.in(last, Lexicon.SPEAKER_TITLES) && !s.is(last, "mission") && !s.is(last, "delegation")) {
                    break;
                }
                int next = s.is(j + 1, "the") ? j + 2 : j + 1;
                boolean party = s.aliasStartingAt(next) != null || s.is(j, "of") && next < s.size() && s.get(next).isCapitalized()
                        || s.is(j, "of") && s.in(last, Lexicon.AGENTS) && s.in(j + 1, Lexicon.AGENTS); // "a UN panel of experts"
                if (last >= k && party && (s.in(last, Lexicon.AGENTS) || s.in(last, Lexicon.SPEAKER_TITLES)
                        || s.in(last, Lexicon.ESTIMATE_NOUNS) || s.is(j, "of") || s.alias(last) != null)) {
                    j++;
                    continue;
                }
                break;
            }
            if (!npToken(s, j) || t.in(Lexicon.REPORTING) && !t.in(Lexicon.AGENTS) && !t.in(Lexicon.ESTIMATE_NOUNS)) {
                break;
            }
            last = j;
            j++;
        }
        return last;
    }

    /** From a party at k: whether the list it stands in goes on with commas to an "and" before another party. */
    private static boolean listEndsInAnd(Sentence s, int k) {
        int j = k;
        for (int items = 0; items < 8; items++) {
            AliasMatch m = s.aliasStartingAt(j);
            if (m == null) {
                return false;
            }
            j = m.last() + 1;
            if (s.is(j, "and") || s.is(j, ",") && s.is(j + 1, "and")) {
                return true;
            }
            if (!s.is(j, ",")) {
                return false;
            }
            j++;
            if (s.is(j, "the")) {
                j++;
            }
        }
        return false;
    }

    private static boolean isPreposition(Token t) {
        return t.is("in") || t.is("from") || t.is("at") || t.is("for") || t.is("of") || t.is("with") || t.is("within") || t.is("to");
    }

    /** "officials in Seoul", "the head of Ukraine's intelligence": a preposition whose object is a party, after a head that speaks. */
    private static boolean prepositionInPhrase(Sentence s, int k) {
        int after = k + 1;
        while (s.in(after, Lexicon.DIRECTIONS)) {
            after++; // "a spokesman in eastern DR Congo"
        }
        if (after > k + 1 && s.aliasStartingAt(after) != null && (s.in(k - 1, Lexicon.AGENTS) || s.in(k - 1, Lexicon.SPEAKER_TITLES))) {
            return true;
        }
        if (s.is(k, "to") && !s.in(k - 1, Lexicon.SPEAKER_TITLES) && !s.is(k - 1, "mission") && !s.is(k - 1, "delegation")) {
            return false; // "the ambassador to South Korea", "Russia's mission to the UN"; otherwise "to" ends a phrase
        }
        if (s.is(k, "of") && (s.in(k - 1, Lexicon.AGENTS) || s.in(k - 1, Lexicon.SPEAKER_TITLES)) && s.in(k + 1, Lexicon.AGENTS)) {
            return true; // "a UN panel of experts", "the head of intelligence"
        }
        int next = s.is(k + 1, "the") ? k + 2 : k + 1;
        boolean party = s.aliasStartingAt(next) != null || s.is(k, "of") && next < s.size() && s.get(next).isCapitalized();
        return party && k > 0 && (s.in(k - 1, Lexicon.AGENTS) || s.in(k - 1, Lexicon.SPEAKER_TITLES)
                || s.in(k - 1, Lexicon.ESTIMATE_NOUNS) || s.is(k, "of") || s.alias(k - 1) != null);
    }

    /** Whether token k may stand inside a noun phrase that names a speaker. */
    static boolean npToken(Sentence s, int k) {
        if (k < 0 || k >= s.size()) {
            return false;
        }
        if (s.alias(k) != null) {
            return true;
        }
        Token t = s.get(k);
        if (Lexicon.isQuote(t)) {
            return false;
        }
        if (t.isCapitalized()) {
            return true;
        }
        if (t.is(".") && k > 0 && s.get(k - 1).isCapitalized()
                && io.newstally.enrich.text.SentenceSplitter.isAbbreviation(s.get(k - 1).text())) {
            return true; // "Maj. Gen. Pat Ryder": the point of a title's abbreviation
        }
        if (t.isNumber()) {
            return s.in(k + 1, Lexicon.AGENTS) || s.in(k + 1, Lexicon.AGENT_MODIFIERS);
        }
        if (t.in(Lexicon.AGENTS) || t.in(Lexicon.AGENT_MODIFIERS) || t.in(Lexicon.SPEAKER_TITLES) || t.in(Lexicon.BACK_NOUNS)
                || t.in(Lexicon.ESTIMATE_NOUNS) || t.in(Lexicon.MEDIA) || t.in(Lexicon.NOT_A_PARTY) || t.in(Lexicon.OUTLET_WORDS)) {
            return true;
        }
        if (t.is("'s") || t.is("-") || t.is("(") || t.is(")") || t.is("and") || t.is(",") || t.is("&") || isPreposition(t)) {
            return true;
        }
        // any other word of a name or a title ("special operations forces", "the head of U.S. diplomacy"), but
        // never a verb: a noun phrase read leftwards stops at the verb of the clause before it
        return t.isWord() && !verbLike(t);
    }

    /** Words that belong to a verb group or open a clause, which no speaker's noun phrase holds. */
    static boolean verbLike(Token t) {
        if (t.in(Lexicon.AUXILIARIES) || t.in(Lexicon.MODALS) || t.in(Lexicon.REPORTING) || t.in(Lexicon.SEND_VERBS)
                || t.in(Lexicon.SENT) || t.in(Lexicon.SENDING_FORMS) || t.in(Lexicon.INTENT) || t.in(Lexicon.CASUALTY_VERBS)
                || t.in(Lexicon.LEFT) || t.in(Lexicon.PRESENT) || t.in(Lexicon.DENIALS) || t.in(Lexicon.STANCES)
                || t.in(Lexicon.GIVING) || t.in(Lexicon.POSSESSION) || t.in(Lexicon.VERB_ADVERBS) || t.in(Lexicon.CLAUSE_OPENERS)
                || t.in(Lexicon.PRONOUNS)) {
            return true;
        }
        String w = t.lower();
        return w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly") || w.length() <= 2;
    }

    /** Skips the adverbs and times between a speaker and its verb: "Zelensky earlier said", "The NIS on Tuesday said". */
    static int skipBackOverAdverbs(Sentence s, int k, int floor) {
        while (k >= floor) {
            Token t = s.get(k);
            if (t.in(Lexicon.VERB_ADVERBS) && s.alias(k) == null) {
                k--;
            } else if (t.in(Lexicon.WEEKDAYS) && s.is(k - 1, "on")) {
                k -= 2; // "on Tuesday"
            } else if (t.isNumber() && s.in(k - 1, Lexicon.MONTHS) && s.is(k - 2, "on")) {
                k -= 3; // "on Oct 17"
            } else if (t.is(".") && s.in(k - 1, Lexicon.MONTHS)) {
                k -= 1; // "Oct." of "on Oct. 17"
            } else if (t.is("week") || t.is("month") || t.is("year")) {
                if (s.is(k - 1, "last") || s.is(k - 1, "this")) {
                    k -= 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return k;
    }

    /** Whom the noun phrase [a, b] names; null when it is no speaker this reads ("the figure", a verb). */
    static Who interpret(Sentence s, int a, int b, Discourse d) {
        if (a > b) {
            return null;
        }
        if (a == b) {
            Token t = s.get(a);
            if (t.is("he") || t.is("she") || t.is("him") || t.is("her")) {
                return Who.BACK_PERSON; // "he said", "according to him"
            }
            if (t.is("it")) {
                return Who.BACK_BODY;
            }
            if (t.in(Lexicon.PRONOUNS) || t.is("them")) {
                return Who.BACK;
            }
            if (t.is("we") || t.is("i")) {
                return Who.FIRST_PERSON;
            }
        }
        Set<String> named = new LinkedHashSet<>();
        boolean person = false;
        for (int k = a; k <= b && !person; k++) {
            person = s.in(k, Lexicon.SPEAKER_TITLES) && s.alias(k) == null; // "Ukraine's ambassador to South Korea"
        }
        boolean outlet = false;
        boolean peopleOfAState = false;
        for (int k = a; k <= b; k++) {
            AliasMatch m = s.aliasStartingAt(k);
            if (m == null) {
                continue;
            }
            int next = m.last() + 1;
            if (s.is(next, "'s")) {
                next++;
            }
            if (Sentence.isOutlet(m)) {
                outlet = true;
                // "BBC Ukraine": what follows an outlet's name is the rest of that name
                while (next <= b && s.get(next).isCapitalized()) {
                    AliasMatch after = s.aliasStartingAt(next);
                    next = after != null ? after.last() + 1 : next + 1;
                }
                k = next - 1;
                continue;
            }
            if (m.alias().type() == EntityType.STATE && next <= b + 1 && s.in(next, Lexicon.MEDIA) && next <= b) {
                outlet = true; // "South Korean media reported": the press, not the government
                k = m.last();
                continue;
            }
            if (next <= b && s.in(next, Lexicon.NOT_A_PARTY) && !s.in(next, Lexicon.AGENTS) && s.alias(next) == null) {
                peopleOfAState = true; // "North Korean prisoners said": people who speak for themselves
                k = m.last();
                continue;
            }
            int p = s.is(k - 1, "the") ? k - 2 : k - 1;
            if (p >= a && s.is(p, "to")) {
                k = m.last(); // "Ukraine's ambassador to South Korea": where the title serves, not whom
                continue;
            }
            if (m.alias().type() == EntityType.STATE && isObjectOfPlacePreposition(s, k, a) && !afterAgent(s, k)) {
                k = m.last(); // "troops in Russia": a place, not a speaker
                continue;
            }
            if (Sentence.speaks(m)) {
                named.add(m.sourceId());
                person |= m.alias().type() == EntityType.PERSON;
            }
            k = m.last();
        }
        if (outlet && !named.isEmpty() && outletDescribed(s, a, b)) {
            return Who.UNNAMED; // "the Turkish Anadolu agency": a nationality describes the outlet
        }
        if (!named.isEmpty()) {
            return person ? Who.namedPerson(new ArrayList<>(named)) : Who.named(new ArrayList<>(named));
        }
        if (outlet || peopleOfAState) {
            return Who.UNNAMED;
        }
        Token head = s.get(b);
        Who back = head.in(Lexicon.SPEAKER_TITLES) ? Who.BACK_PERSON
                : head.in(Lexicon.GOVERNMENT_BODIES) ? Who.BACK_GOVERNMENT : Who.BACK_BODY;
        if (head.in(Lexicon.BACK_NOUNS) && (s.in(a, Lexicon.BACK_DETERMINERS) || s.is(a, "the"))
                && !s.is(a, "a") && !s.is(a, "an")) {
            if (s.is(a, "its") && !head.in(Lexicon.SPEAKER_TITLES)) {
                String state = clauseSubjectState(s, a);
                if (state != null) {
                    return Who.named(List.of(state)); // "Mali welcomed ..., its defence ministry said": Mali's
                }
            }
            List<String> sameKind = s.is(a, "the") && b == a + 1 ? d.headParties.get(headKind(head)) : null;
            if (sameKind != null) {
                return Who.named(sameKind); // "a report by UN experts ... Kigali dismissed it ... The panel had put ...": the UN's
            }
            return back; // "the agency", "his government", "the country's intelligence service", "the minister"
        }
        // "..., security chief says", "spy agency says": headlines drop the article before one they named
        if ((head.in(Lexicon.BACK_NOUNS) || head.in(Lexicon.SPEAKER_TITLES)) && !head.lower().endsWith("s")
                && !s.get(a).isCapitalized() && !s.in(a, Lexicon.BACK_DETERMINERS) && !s.is(a, "a") && !s.is(a, "an")
                && !s.get(a).isNumber()) {
            return back;
        }
        List<String> body = learnedBody(s, a, b, d);
        if (body != null) {
            return Who.named(body); // "one ministry of defence official" after "CAR's ministry of defence"
        }
        if (unnamedOfficial(s, a, b)) {
            return Who.UNNAMED_OFFICIAL; // "a senior defense official", "Officials"
        }
        // "Yusov", "Mr. Lee", "Lieutenant General Kirill Budanov": a name the article introduced with its party
        for (int k = b; k >= a; k--) {
            Token t = s.get(k);
            if (t.isCapitalized() && t.isWord()) {
                List<String> known = d.speakers.get(t.lower());
                if (known != null) {
                    return Who.namedPerson(known);
                }
                if (!t.in(Lexicon.CLAUSE_OPENERS) || k > 0) {
                    return Who.UNNAMED; // a person or body of no stated party
                }
            }
        }
        for (int k = a; k <= b; k++) {
            if (s.in(k, Lexicon.UNNAMED) || s.in(k, Lexicon.AGENTS) || s.in(k, Lexicon.NOT_A_PARTY) || s.in(k, Lexicon.MEDIA)) {
                return Who.UNNAMED; // "officials", "a Western diplomat", "sources"
            }
        }
        return null;
    }

    /** "a senior administration official", "Officials", "two defense officials": no name, no state, only a government's voice. */
    private static boolean unnamedOfficial(Sentence s, int a, int b) {
        if (!s.in(b, Lexicon.GOVERNMENT_OFFICIALS) || b - a > 4) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (!s.in(k, Lexicon.OFFICIAL_MODIFIERS)) {
                return false;
            }
        }
        return true;
    }

    /** An outlet whose name a state's name or demonym right before it describes: "the Turkish Anadolu agency". */
    private static boolean outletDescribed(Sentence s, int a, int b) {
        for (int k = a; k <= b; k++) {
            AliasMatch m = s.aliasStartingAt(k);
            if (m != null && m.alias().type() == EntityType.STATE && Sentence.isOutlet(s.aliasStartingAt(m.last() + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "troops in Russia": a state after a preposition inside the phrase [a, ...] is a place. */
    private static boolean isObjectOfPlacePreposition(Sentence s, int k, int a) {
        int p = s.is(k - 1, "the") ? k - 2 : k - 1;
        return p >= a && s.in(p, Lexicon.OBJECT_PREPOSITIONS) && !s.is(p, "of") && !s.is(p, "by") && !s.is(p, "for");
    }

    /**
     * "officials in Seoul": the place names whom the officials speak for; "sources in the CAR" or
     * "diplomats in Kyiv" do not (they may be anyone's), but "sources in the Malian security forces" do.
     */
    private static boolean afterAgent(Sentence s, int k) {
        int p = s.is(k - 1, "the") ? k - 2 : k - 1;
        if (p <= 0 || !(s.in(p - 1, Lexicon.AGENTS) || s.in(p - 1, Lexicon.UNNAMED))) {
            return false;
        }
        boolean anyone = s.is(p - 1, "sources") || s.is(p - 1, "source") || s.is(p - 1, "diplomats") || s.is(p - 1, "diplomat")
                || s.is(p - 1, "analysts") || s.is(p - 1, "experts") || s.is(p - 1, "observers");
        if (!anyone) {
            return true;
        }
        AliasMatch m = s.aliasStartingAt(k);
        return m != null && (m.alias().type() == EntityType.ORGANIZATION || s.in(m.last() + 1, Lexicon.AGENTS)
                || s.in(m.last() + 2, Lexicon.AGENTS));
    }

    private static final io.newstally.enrich.text.WordClass KNOWN = io.newstally.enrich.text.WordClass.of("known");

    /** Words that name a group's kind, not which group: left out of what describes a body. */
    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of(
            "alliance", "group", "coalition", "movement", "organisation", "organization", "force", "forces", "militia",
            "front", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources");

    /** The words that describe a body: its lower-case words, plural "s" dropped, its generic head left out. */
    private static List<String> describe(Sentence s, int a, int b) {
        List<String> words = new ArrayList<>();
        for (int k = a; k <= b; k++) {
            Token t = s.get(k);
            if (!t.isWord() || s.alias(k) != null || t.in(Lexicon.BACK_DETERMINERS) || t.is("a") || t.is("an") || t.is("one")
                    || t.is("'s") || GENERIC_HEADS.contains(t.lower()) || t.in(Lexicon.AGENT_MODIFIERS) && !t.isCapitalized()
                    && !t.in(Lexicon.AGENTS)) {
                continue;
            }
            String w = t.lower();
            words.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
        }
        return words;
    }

    /** A body the article introduced, named by the words of [a, b]; null when none. */
    /**
     * The state a sentence opens with as its subject, which "its" in a later clause of the sentence points back to:
     * "Rwanda sent troops to Congo, its army said" is Rwanda's army; null when the sentence opens otherwise.
     */
    private static String clauseSubjectState(Sentence s, int before) {
        int k = 0;
        while (k < before && (s.get(k).in(Lexicon.CLAUSE_OPENERS) || s.is(k, "the") || s.is(k, ","))) {
            k++;
        }
        AliasMatch m = k < before ? s.aliasStartingAt(k) : null;
        return m != null && m.alias().type() == EntityType.STATE && Sentence.speaks(m) && m.last() < before ? m.sourceId() : null;
    }

    private static List<String> learnedBody(Sentence s, int a, int b, Discourse d) {
        if (d.bodies.isEmpty()) {
            return null;
        }
        boolean any = false;
        for (int k = a; k <= b && !any; k++) {
            String w = s.get(k).lower();
            any = d.bodyWords.contains(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
        }
        if (!any) {
            return null; // no word of a body the article introduced: the common case, without lists
        }
        List<String> words = describe(s, a, b);
        for (var e : d.bodies.entrySet()) {
            if (!e.getKey().isEmpty() && words.containsAll(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Bodies a sentence introduces with their party: "CAR's ministry of defence" (a body of a named
     * state), "the Tuareg rebel alliance, known as the Strategic Framework ... (CSP-DPA)" (a group
     * with a name of its own and the short name the guidelines call it by). Later mentions by the same
     * words ("one ministry of defence official", "Tuareg rebels") name the same party.
     */
    static void learnBodies(Sentence s, Discourse d) {
        learnHeads(s, d);
        for (AliasMatch m : s.aliases) {
            int k = m.last() + 1;
            if (!Sentence.speaks(m) || !s.is(k, "'s") || m.alias().type() == EntityType.PERSON) {
                continue;
            }
            int end = k + 1;
            while (end < s.size() && end < k + 6 && (s.in(end, Lexicon.AGENTS) || s.in(end, Lexicon.AGENT_MODIFIERS)
                    || s.is(end, "of") && s.in(end + 1, Lexicon.AGENT_MODIFIERS)) && s.alias(end) == null) {
                end++;
            }
            List<String> words = describe(s, k + 1, end - 1);
            if (words.size() >= 2 && s.in(end - 1, Lexicon.AGENTS)) {
                d.bodies.putIfAbsent(words, List.of(m.sourceId()));
                d.bodyWords.addAll(words);
            }
        }
        // "<description>, known as <Name ...> (<SHORT>)"
        for (int k = 2; k + 2 < s.size() && s.has(KNOWN); k++) {
            if (!(s.is(k, "known") && s.is(k + 1, "as") && s.is(k - 1, ","))) {
                continue;
            }
            int open = k + 2;
            while (open < Math.min(s.size(), k + 16) && !s.is(open, "(")) {
                open++;
            }
            if (!s.is(open, "(") || !s.is(open + 2, ")") || !s.get(open + 1).isWord() || !s.get(open + 1).isCapitalized()) {
                continue;
            }
            String shortName = s.get(open + 1).text();
            int start = phraseStartBefore(s, k - 2, 0);
            List<String> words = describe(s, start, k - 2);
            if (!words.isEmpty()) {
                d.bodies.putIfAbsent(words, List.of(shortName));
                d.bodyWords.addAll(words);
            }
        }
    }

    /**
     * The kind of body a head noun names: one kind for an expert body ("panel", "experts",
     * "group"), one for a document ("report", "study"), else the noun itself, singular.
     */
    static String headKind(Token head) {
        if (head.in(Lexicon.EXPERT_BODIES)) {
            return "expert-body";
        }
        if (head.in(Lexicon.DOCUMENTS)) {
            return "document";
        }
        String w = head.lower();
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Head-match antecedents: a body named with its party, "UN experts", "the Pentagon's report", "a
     * panel of UN experts", "a report by Human Rights Watch"; the head's kind is that party's
     * until another party is named with the same kind.
     */
    private static void learnHeads(Sentence s, Discourse d) {
        for (AliasMatch m : s.aliases) {
            if (!Sentence.speaks(m) || m.alias().type() == EntityType.PERSON) {
                continue;
            }
            List<String> party = List.of(m.sourceId());
            if (m.alias().type() == EntityType.ORGANIZATION && s.in(m.last(), Lexicon.BACK_NOUNS)) {
                d.headParties.put(headKind(s.get(m.last())), party); // "the intelligence committee", "the NIS's ... agency"
            }
            int after = m.last() + 1;
            if (s.is(after, "'s")) {
                after++;
            }
            // "UN experts", "the Pentagon's report", "South Korea's intelligence committee": each head of the phrase
            for (int k = after; k < Math.min(s.size(), after + 3) && s.alias(k) == null && s.get(k).isWord()
                    && (s.in(k, Lexicon.BACK_NOUNS) || s.in(k, Lexicon.AGENT_MODIFIERS)) && !s.is(k, "the"); k++) {
                if (s.in(k, Lexicon.BACK_NOUNS)) {
                    d.headParties.put(headKind(s.get(k)), party);
                }
            }
            int before = m.first() - 1;
            if (s.is(before, "the")) {
                before--;
            }
            if ((s.is(before, "of") || s.is(before, "by") || s.is(before, "from")) && s.in(before - 1, Lexicon.BACK_NOUNS)
                    && s.alias(before - 1) == null) {
                d.headParties.put(headKind(s.get(before - 1)), party); // "a panel of UN experts", "a report by HRW"
            }
        }
    }

    /** "Yolande Makolo, Rwanda's government spokeswoman, said": the name is known by its party from now on. */
    private static void learnName(Sentence s, int a, int b, Who party, Discourse d) {
        for (int k = b; k >= a; k--) {
            Token t = s.get(k);
            if (t.isCapitalized() && t.isWord() && s.alias(k) == null) {
                d.speakers.put(t.lower(), party.parties());
                return;
            }
        }
    }

    /**
     * People a sentence introduces with their party, as news prose does: "HUR spokesman Andriy
     * Yusov", "South Korea's intelligence chief Cho Tae-yong", "Ukraine's ambassador to South Korea,
     * Dmytro Ponomarenko,", "the head of Ukraine's military intelligence, Kyrylo Budanov": the
     * surname is theirs from now on ("Yusov said").
     */
    static void learnSpeakers(Sentence s, Discourse d) {
        if (s.aliases.isEmpty() || !s.has(Lexicon.SPEAKER_TITLES)) {
            return;
        }
        for (AliasMatch m : s.aliases) {
            if (!Sentence.speaks(m) || m.alias().type() == EntityType.PERSON) {
                continue;
            }
            int k = m.last() + 1;
            if (s.is(k, "'s")) {
                k++;
            }
            int titleEnd = -1;
            for (int j = k; j < Math.min(s.size(), k + 4) && s.get(j).isWord() && s.aliasStartingAt(j) == null; j++) {
                if (s.in(j, Lexicon.SPEAKER_TITLES)) {
                    titleEnd = j;
                }
            }
            if (titleEnd < 0) {
                // "the head of Ukraine's military intelligence, Kyrylo Budanov": a title before the party
                int t = m.first() - 1;
                if (s.is(t, "the")) {
                    t--;
                }
                if (!(s.is(t, "of") && s.in(t - 1, Lexicon.SPEAKER_TITLES))) {
                    continue;
                }
                titleEnd = m.last();
                int j = titleEnd + 1;
                if (s.is(j, "(")) {
                    while (j < Math.min(s.size(), titleEnd + 8) && !s.is(j, ")")) {
                        j++; // "U.S. Africa Command (AFRICOM)"
                    }
                    j++;
                }
                if (j < s.size() && s.get(j).isCapitalized() && s.aliasStartingAt(j) == null) {
                    titleEnd = j - 1; // "... (AFRICOM) General Stephen J. Townsend": the name follows at once
                } else {
                    while (j < s.size() && j < titleEnd + 6 && !s.is(j, ",") && (s.get(j).isWord() || s.is(j, "'s"))) {
                        j++; // "... of Ukraine's military intelligence"
                    }
                    if (!s.is(j, ",")) {
                        continue;
                    }
                    titleEnd = j;
                }
            }
            int afterTitle = titleEnd + 1;
            // "Ukraine's ambassador to South Korea, Dmytro Ponomarenko,": a title's complement, then the name
            if (afterTitle + 1 < s.size() && (s.is(afterTitle, "to") || s.is(afterTitle, "in") || s.is(afterTitle, "at")
                    || s.is(afterTitle, "for"))) {
                int j = afterTitle + 1;
                while (j < Math.min(s.size(), afterTitle + 6) && (s.get(j).isCapitalized() || s.is(j, "the"))) {
                    j++;
                }
                if (j > afterTitle + 1 && s.is(j, ",")) {
                    titleEnd = j;
                }
            } else if (s.is(afterTitle, ",")) {
                titleEnd = afterTitle; // "HUR spokesman, Andriy Yusov,"
            }
            int last = titleEnd;
            while (last + 1 < s.size() && last - titleEnd < 6 && (s.get(last + 1).isCapitalized() || s.is(last + 1, "."))
                    && s.aliasStartingAt(last + 1) == null) {
                last++; // "General Stephen J. Townsend": titles and initials, then the surname
            }
            while (last > titleEnd && (s.is(last, ".") || s.get(last).length() == 1)) {
                last--;
            }
            if (last > titleEnd) {
                d.speakers.put(s.get(last).lower(), List.of(m.sourceId()));
            }
        }
    }
}
