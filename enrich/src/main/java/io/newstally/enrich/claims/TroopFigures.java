package io.newstally.enrich.claims;

import io.newstally.contracts.EntityType;
import io.newstally.contracts.Kind;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import io.newstally.enrich.text.WordClass;
import java.util.List;

/**
 * Decides whether a figure counts people of the deployed force, and if so its kind and
 * location. The rules follow the guidelines: a personnel noun ("3,000 troops"), or a bare
 * number that continues one ("raising the total to 3,000"); never equipment, money,
 * percentages, years, a whole standing army, or soldiers who left.
 */
final class TroopFigures {

    private final List<Token> tokens;
    /** The alias covering each token ({@link AliasMatch#coverage}). */
    private final AliasMatch[] aliasAt;
    /** The sentence names people of a force anywhere ("troops", "soldiers"). */
    private final boolean personnelHere;

    TroopFigures(List<Token> tokens, AliasMatch[] aliasAt, boolean personnelHere) {
        this.tokens = tokens;
        this.personnelHere = personnelHere;
        this.aliasAt = aliasAt;
    }

    private AliasMatch aliasAt(int k) {
        return aliasAt == null ? null : aliasAt[k];
    }

    /**
     * @param forceInFocus     the force was named in this sentence or just before it
     * @param personnelBefore  one of the two sentences before named people of a force ("troops")
     * @return the troop figure, or null when the figure counts something else
     */
    TroopFigure classify(FigureMention f, boolean forceInFocus, boolean personnelBefore) {
        if (!f.isWholeCount() || f.value() < 2 && f.low() == null && !isWordNumber(f)) {
            return null;
        }
        if (f.value() >= 1_000_000) {
            return null; // no state sends a million people abroad: that is an army's size
        }
        if (f.first() > 0 && tokens.get(f.first() - 1).is("the") && f.low() == null && f.value() < 10) {
            return null; // "the two men": people the article counted already
        }
        boolean sentWhole = false;
        if (outOfAt(f.first() - 1) >= 0) {
            // "2,000 out of the 11,000 troops": the whole the part is taken from, a count of its
            // own only when said to be sent ("out of the some 15,000 soldiers North Korea sent")
            if (!sentWithin(f.last() + 1, 8)) {
                return null;
            }
            sentWhole = true;
        }
        int whole = outOfAfter(f.last() + 1);
        int head = head((whole >= 0 ? whole : f.last()) + 1);
        boolean bare = false;
        if (head < 0) {
            if (!continuesTroopCount(f, forceInFocus, personnelBefore)) {
                return null;
            }
            bare = true;
        }
        // "3,000 more would follow": the verb group starts after "more"
        int headEnd = !bare ? head : f.last() + 1 < tokens.size() && (tokens.get(f.last() + 1).is("more")
                || tokens.get(f.last() + 1).is("others")) ? f.last() + 1 : f.last();
        boolean forceNamedInPhrase = false;
        boolean otherStateInPhrase = false;
        for (int k = f.last() + 1; k < headEnd; k++) {
            AliasMatch m = aliasAt(k);
            if (m != null && m.alias().force()) {
                forceNamedInPhrase = true;
            } else if (m != null && (m.alias().type() == EntityType.STATE || m.alias().type() == EntityType.ORGANIZATION)) {
                otherStateInPhrase = true;
            }
        }
        if (otherStateInPhrase && !forceNamedInPhrase) {
            return null; // "5,000 Russian troops"
        }
        if (possessedByOtherState(f.first())) {
            return null; // "Russia's 50,000 troops"
        }
        if (headEnd + 1 < tokens.size() && tokens.get(headEnd + 1).is("each") && otherStatesTogether(f.first())) {
            return null; // "Russia and Ukraine ... exchanging 1,000 prisoners each": theirs, not the force's
        }
        if (!forceNamedInPhrase) {
            if (!forceInFocus || otherStateDeploys(f.first())) {
                return null;
            }
        }
        if (isArmySize(f, headEnd)) {
            return null;
        }
        if (isRate(headEnd + 1)) {
            return null; // "losing 40 men a day": a rate, not a count
        }
        int verb = verbGroupEnd(afterPlace(headEnd + 1));
        for (int k = headEnd + 1; k <= verb && k < tokens.size(); k++) {
            if (tokens.get(k).in(Lexicon.LEFT)) {
                return null; // soldiers who escaped or went home
            }
        }
        if (verb + 1 < tokens.size() && tokens.get(verb + 1).is("home")) {
            return null; // "have been sent home"
        }
        if (!bare && headEnd + 2 < tokens.size() && tokens.get(headEnd + 1).is("out") && tokens.get(headEnd + 2).is("of")
                || f.first() > 0 && tokens.get(f.first() - 1).in(Lexicon.LEFT)) {
            return null; // "has rotated 2,000 troops out of Kursk", "withdrew 1,000 soldiers"
        }
        Kind kind;
        if (sentWhole || wholeOfPart(f.first())) {
            kind = Kind.DEPLOYED; // "4,000 of the 11,000 troops sent ... were killed": the whole is who was sent
        } else if (whole >= 0 && lossInClause(headEnd + 1)) {
            kind = Kind.CASUALTIES; // and the part is who was lost
        } else {
            kind = kind(f, head, headEnd, verb);
        }
        String location = location(headEnd + 1);
        return new TroopFigure(f.first(), headEnd, kind, location != null ? location : placeBefore(f.first()));
    }

    /**
     * "decided to send 1,000 sappers to clear mines and 5,000 builders to restore roads", "...,
     * as well as 5,000 builders": a figure joined to the one before shares its verb, so its
     * kind, unless it has a verb of its own ("... and 3,000 are already there").
     */
    TroopFigure sharingTheVerbOf(TroopFigure troop, TroopFigure before) {
        if (before == null || troop.kind() != Kind.DEPLOYED || before.kind() != Kind.PLANNED) {
            return troop;
        }
        int k = troop.first() - 1;
        boolean joined = k >= 0 && (tokens.get(k).is("and") || tokens.get(k).is("plus"))
                || k >= 2 && tokens.get(k).is("as") && tokens.get(k - 1).is("well") && tokens.get(k - 2).is("as");
        int after = troop.last() + 1;
        boolean ownVerb = after < tokens.size() && tokens.get(after).in(Lexicon.AUXILIARIES) && !tokens.get(after).is("to")
                && !tokens.get(after).is(",");
        return joined && !ownVerb ? new TroopFigure(troop.first(), troop.last(), before.kind(), troop.location()) : troop;
    }

    private boolean isWordNumber(FigureMention f) {
        return !tokens.get(f.numStart()).isNumber();
    }

    /** Index of the personnel noun after a number, skipping modifiers; -1 if none. */
    private int head(int from) {
        int limit = from + 6;
        for (int k = from; k < Math.min(tokens.size(), limit); k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.is("(") && k > from) {
                // "4,000 DPRK (Democratic People's Republic of Korea) soldiers": an expansion in brackets
                int close = k + 1;
                while (close < Math.min(tokens.size(), k + 10) && !tokens.get(close).is(")")) {
                    close++;
                }
                if (close < tokens.size() && tokens.get(close).is(")")) {
                    limit += close - k + 1;
                    k = close;
                    continue;
                }
                return -1;
            }
            if (t.in(Lexicon.PERSONNEL) || t.in(Lexicon.CASUALTY_NOUNS)) {
                if (w.equals("members") || w.equals("staff") || w.equals("specialists") || w.equals("koreans")) {
                    // "members" counts people only of a named force: "10,000 North Koreans", "KPA members"
                    if (w.equals("koreans") && k > from && tokens.get(k - 1).is("north")) {
                        return k;
                    }
                    if (!w.equals("koreans") && k > from && aliasAt(k - 1) != null && aliasAt(k - 1).alias().force()) {
                        return k;
                    }
                    if (!w.equals("koreans") && k > from && (tokens.get(k - 1).is("military") || tokens.get(k - 1).is("army"))) {
                        return k;
                    }
                    return -1;
                }
                if (w.equals("engineers") || w.equals("builders") || w.equals("men") || w.equals("forces")) {
                    return k; // military construction troops count (guidelines); civilians have no such noun
                }
                return k;
            }
            if (w.equals("of") && k + 1 < tokens.size() && (tokens.get(k + 1).is("them") || tokens.get(k + 1).is("whom")
                    || tokens.get(k + 1).is("those") || tokens.get(k + 1).is("these"))) {
                return k + 1;
            }
            if (w.equals("workers") || w.equals("labourers") || w.equals("laborers") || w.equals("civilians")) {
                boolean military = k > from && (tokens.get(k - 1).is("military") || tokens.get(k - 1).is("construction") && k - 2 >= from && tokens.get(k - 2).is("military"));
                return military ? k : -1;
            }
            if (aliasAt(k) != null && aliasAt(k).alias().type() != EntityType.OUTLET) {
                int last = aliasAt(k).last();
                if (aliasAt(k).alias().force() && isPluralDemonym(tokens.get(last))) {
                    return last; // "4,000 North Koreans": the force's people by their name
                }
                k = last;
                continue;
            }
            if (t.in(Lexicon.MODIFIERS) || t.isCapitalized() && !t.in(Lexicon.MONTHS)) {
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** "raising the total to 3,000.", "another 1,500 had arrived", "a contingent of about 3,000". */
    private boolean continuesTroopCount(FigureMention f, boolean forceInFocus, boolean personnelBefore) {
        int after = f.last() + 1;
        boolean endsPhrase = after >= tokens.size() || !tokens.get(after).isWord()
                || tokens.get(after).in(Lexicon.AUXILIARIES) && !tokens.get(after).is(",")
                || tokens.get(after).is("by") || tokens.get(after).is("in") || tokens.get(after).is("to")
                || tokens.get(after).is("and") || tokens.get(after).is("from") || tokens.get(after).is("more")
                || tokens.get(after).is("others") || tokens.get(after).is("died") || tokens.get(after).is("perished")
                || tokens.get(after).in(Lexicon.PLANNED_VERBS) // "with an additional 5,000 expected to follow"
                || isTimeAfter(after);
        // "the contingent numbers 11-12 thousand people": people, only as the count of a force's word
        boolean people = after < tokens.size() && (tokens.get(after).is("people") || tokens.get(after).is("persons"));
        endsPhrase |= people;
        if (!endsPhrase || after < tokens.size() && tokens.get(after).is("%")) {
            return false;
        }
        int before = f.first() - 1;
        // "to send more troops, possibly around 10,000, by the end of the year": in apposition to the people
        int comma = before >= 0 && tokens.get(before).in(HEDGES) ? before - 1 : before;
        if (comma >= 1 && tokens.get(comma).is(",") && tokens.get(comma - 1).in(Lexicon.PERSONNEL)
                && after < tokens.size() && (tokens.get(after).is(",") || tokens.get(after).is("."))) {
            return true;
        }
        String b1 = before >= 0 ? tokens.get(before).lower() : "";
        String b2 = before >= 1 ? tokens.get(before - 1).lower() : "";
        boolean countWord = b1.equals("another") || b1.equals("additional") || b1.equals("further")
                || b1.equals("numbering") || b1.equals("totaling") || b1.equals("totalling") || b1.equals("reaching")
                || b1.equals("reached") || b1.equals("reach") || b1.equals("exceed") || b1.equals("exceeded") || b1.equals("top")
                || b1.equals("topped")
                // "bringing the total to 3,000", "could rise to 15,000"
                || (b1.equals("to") && countNounWithin(before - 1, 3))
                || (b1.equals("of") && before >= 1 && tokens.get(before - 1).in(COUNT_NOUNS))
                || (b1.equals("at") && (b2.equals("number") || b2.equals("figure") || b2.equals("estimated") || b2.equals("strength")
                || b2.equals("put") || b2.equals("puts") || b2.equals("it") || b2.equals("total") || b2.equals("tally")
                || b2.equals("count") || b2.equals("stood") || b2.equals("stands") || b2.equals("stand")
                // "put the number of North Korean troops in Kursk at 12,000"
                || countNounWithin(before - 1, 12)
                // "estimates North Korea's casualties at around 3,000"
                || before >= 1 && tokens.get(before - 1).in(Lexicon.CASUALTY_NOUNS)))
                // "troops in Kursk number about 11,000": "number" as a verb
                || b1.equals("number") || b1.equals("numbered") || b1.equals("numbers")
                // "around 11,000, up from 10,000": the earlier figure of the same count
                || b1.equals("from") && (b2.equals("up") || b2.equals("down") || b2.equals("rising") || b2.equals("risen"));
        if (people && !countWord) {
            return false;
        }
        String next = after < tokens.size() ? tokens.get(after).lower() : "";
        // "killed 50 North Korean troops and wounded 47": the noun is left out after a loss verb
        boolean lossEllipsis = before >= 0 && tokens.get(before).in(Lexicon.CASUALTY_VERBS) && !b1.equals("taken");
        // "of the 11,000 sent, around 1,000 have been killed": a loss count of the force in focus
        int v = after;
        while (v < tokens.size() && tokens.get(v).in(Lexicon.AUXILIARIES)) {
            v++;
        }
        boolean lossAfter = v > after && v < tokens.size() && tokens.get(v).in(Lexicon.CASUALTY_VERBS)
                && !tokens.get(v).is("taken") || after < tokens.size() && (tokens.get(after).is("died") || tokens.get(after).is("perished"));
        if (lossAfter && forceInFocus && (personnelHere || personnelBefore)) {
            return true;
        }
        // "Around 11,000 are now deployed in Kursk": present or sent, of the people just spoken of
        boolean presentAfter = v > after && v < tokens.size() && tokens.get(v).in(PRESENT_PARTICIPLES);
        if (presentAfter && forceInFocus && (personnelHere || personnelBefore)) {
            return true;
        }
        // "on top of the 11,000 already deployed": the count of the force in focus
        boolean theCount = b1.equals("the") && forceInFocus && (next.equals("already") || next.equals("deployed")
                || next.equals("sent") || next.equals("stationed") || next.equals("dispatched") || next.equals("there"));
        if (theCount) {
            return true;
        }
        if (lossEllipsis && forceInFocus) {
            return personnelHere;
        }
        // "500 more were on their way": more of the force just spoken of
        boolean moreAfter = after < tokens.size() && tokens.get(after).is("more") && tokens.get(f.numStart()).isNumber()
                && (after + 1 >= tokens.size() || !tokens.get(after + 1).isWord() || tokens.get(after + 1).in(Lexicon.AUXILIARIES));
        if (!countWord && !moreAfter) {
            return false;
        }
        if (forceInFocus && (b1.equals("another") || b1.equals("further") || b1.equals("additional") || moreAfter)) {
            return true; // "A further 1,000 will follow": more of the force just spoken of
        }
        for (Token t : tokens) {
            if (t.in(Lexicon.PERSONNEL) || t.in(Lexicon.CASUALTY_NOUNS)
                    || t.is("number") || t.is("total") || t.is("contingent") || t.is("deployment")) {
                return true; // "the number could reach 10,000": the count of the force in focus
            }
        }
        return false;
    }

    /** The number token after "out of (the)" starting at {@code k}, or -1. */
    private int outOfAfter(int k) {
        int of = k < tokens.size() && tokens.get(k).is("out") ? k + 1 : k;
        if (of + 2 >= tokens.size() || !tokens.get(of).is("of")) {
            return -1;
        }
        // "4,000 of the around 11,000 troops", "2,000 out of 11,000 troops": the whole's number, past its qualifier
        int n = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
        if (of == k && !tokens.get(of + 1).is("the")) {
            return -1; // "3,000 of them" is counted elsewhere; a bare "of" needs "the" before the whole
        }
        for (int q = 0; q < 3 && n < tokens.size() && tokens.get(n).isWord() && tokens.get(n).startsLowerCase(); q++) {
            n++; // "around", "an estimated", "more than"
        }
        return n < tokens.size() && tokens.get(n).isNumber() ? n : -1;
    }

    /** "of the (around) 11,000" right before the figure, after another number: the whole a part is taken from. */
    private boolean wholeOfPart(int first) {
        int k = first - 1;
        for (int q = 0; q < 3 && k >= 0 && tokens.get(k).isWord() && tokens.get(k).startsLowerCase() && !tokens.get(k).is("the"); q++) {
            k--;
        }
        if (k < 2 || !tokens.get(k).is("the") || !tokens.get(k - 1).is("of")) {
            return false;
        }
        Token part = tokens.get(k - 2);
        // "4,000 of the 11,000", "40% of the 11,000", "40 percent of the 11,000"
        return part.isNumber() || part.is("%") || part.is("percent") || part.is("cent");
    }

    /** "... had been killed or wounded" later in the clause: a loss said of the people counted. */
    private boolean lossInClause(int from) {
        for (int k = from; k + 1 < Math.min(tokens.size(), from + 14); k++) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is(".") || t.in(Lexicon.REPORTING)) {
                return false;
            }
            if (t.in(Lexicon.AUXILIARIES) && (tokens.get(k + 1).is("been") && k + 2 < tokens.size() && isLoss(k + 2, false)
                    || isLoss(k + 1, false))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "out of (the)" ends at {@code k}, right before a figure; the start of "out", or -1. */
    private int outOfAt(int k) {
        int of = k >= 0 && tokens.get(k).is("the") ? k - 1 : k;
        return of >= 1 && tokens.get(of).is("of") && tokens.get(of - 1).is("out") ? of - 1 : -1;
    }

    /** A sending named as a noun: "the dispatch of 15,000 troops". */
    private static final WordClass SENDING_NOUNS = WordClass.of(
            "dispatch", "despatch", "deployment", "arrival", "transfer", "presence", "redeployment");

    /** Verbs that keep people where they are now: "Russia is training in Siberia a battalion of 3,000". */
    private static final WordClass HOLDING = WordClass.of(
            "training", "trains", "trained", "housing", "houses", "hosting", "hosts", "hosted", "stationing", "drilling",
            "arming", "equipping", "using", "deploying");

    /**
     * "is training in Siberia a battalion of 3,000 soldiers to fight in Ukraine": a verb of
     * holding governs the figure, through "a battalion of" or a place, so "to fight" is their
     * purpose, not a plan to send them.
     */
    private boolean heldBefore(int first) {
        for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
            Token t = tokens.get(k);
            if (t.in(HOLDING) && !(k > 0 && (tokens.get(k - 1).is("to") || tokens.get(k - 1).in(Lexicon.MODALS)))) {
                return true;
            }
            if (t.in(SENDING_NOUNS) && k + 1 < first && tokens.get(k + 1).is("of")) {
                return true; // "an earlier dispatch of an estimated 15,000 troops to support Russia"
            }
            if (t.is(",") || t.is(";") || t.in(Lexicon.MODALS) || t.in(Lexicon.INTENT) || t.in(Lexicon.REPORTING)) {
                return false;
            }
        }
        return false;
    }

    /** A past sending within {@code distance} tokens from {@code from}, before any comma. */
    private boolean sentWithin(int from, int distance) {
        for (int k = from; k < Math.min(tokens.size(), from + distance); k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                return false;
            }
            if (tokens.get(k).in(SENT_PAST)) {
                return true;
            }
        }
        return false;
    }

    /** "sent 10,000", "has deployed more than 10,000": the figure is the object of a past sending. */
    private boolean sentBefore(int first) {
        if (first > 0 && tokens.get(first - 1).in(SENT_PAST)) {
            return true;
        }
        // "After sending nearly 12,000 soldiers to help Russia": a sending already done
        int k = first - 1;
        return k >= 1 && tokens.get(k).in(SENDING_FORMS)
                && (tokens.get(k - 1).is("after") || tokens.get(k - 1).is("since") || tokens.get(k - 1).is("following"));
    }

    private static final WordClass SENDING_FORMS = WordClass.of("sending", "deploying", "dispatching", "transferring", "shipping");

    /** "Koreans", "Iranians": a capitalised plural ending a name of the force. */
    private static boolean isPluralDemonym(Token t) {
        String w = t.lower();
        return t.isCapitalized() && (w.endsWith("ans") || w.endsWith("is"));
    }

    /** Whether the sentence names people of a force anywhere ("troops", "soldiers"). */
    static boolean namesPersonnel(Tokens tokens) {
        return tokens.has(Lexicon.PERSONNEL);
    }

    /** "10,000 a week earlier", "3,000 last month", "2,000 earlier": a time ends the counted phrase. */
    private boolean isTimeAfter(int k) {
        String w = tokens.get(k).lower();
        if (w.equals("earlier") || w.equals("ago") || w.equals("previously") || w.equals("last") || w.equals("this")) {
            return true;
        }
        if (w.equals("a") && k + 1 < tokens.size()) {
            String unit = tokens.get(k + 1).lower();
            return unit.equals("week") || unit.equals("month") || unit.equals("day") || unit.equals("year");
        }
        return false;
    }

    /** Events of loss that a count of people follows with "of": "the capture of two soldiers". */
    private static final WordClass LOSS_EVENTS = WordClass.of("capture", "death", "deaths", "killing", "killings", "loss");

    /** The writer's or speaker's hedges before a figure: "possibly around 10,000". */
    private static final WordClass HEDGES = WordClass.of("possibly", "perhaps", "maybe", "probably", "likely", "potentially");

    /** A count that grows to a figure: "could rise to 15,000". */
    private static final WordClass GROWTH_VERBS = WordClass.of(
            "rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew", "grown", "increase",
            "increases", "increasing", "increased", "climb", "climbs", "climbing", "climbed", "swell", "swelled", "jump",
            "jumped", "doubled", "doubles", "tripled", "triples", "quadrupled");

    /** After "are", "have been": the people counted are there. */
    private static final WordClass PRESENT_PARTICIPLES = WordClass.of(
            "deployed", "stationed", "fighting", "based", "training", "positioned", "serving", "sent", "dispatched",
            "present", "operating", "engaged", "located", "concentrated", "massed", "gathered", "arrived", "arriving");

    /** Verbs whose subject is the force that loses the people counted. */
    private static final WordClass SUFFER_VERBS = WordClass.of(
            "suffering", "suffered", "suffers", "suffer", "lost", "losing", "loses", "sustained", "sustaining", "sustains");

    private static final WordClass POSSESSION_VERBS = WordClass.of(
            "has", "have", "had", "possesses", "possess", "boasts", "maintains", "fields", "comprises");

    /** "sent 10,000 troops to help Russia": after a past sending, "to" tells the purpose, not a plan. */
    private static final WordClass SENT_PAST = WordClass.of(
            "sent", "deployed", "dispatched", "despatched", "transferred", "moved", "shipped", "airlifted",
            "provided", "supplied", "contributed", "committed", "mobilized", "mobilised", "brought");

    /** Between a loss noun and its count: "losses amount to", "casualties reached", "deaths stood at". */
    private static final WordClass LINKS_TO_COUNT = WordClass.of(
            "to", "at", "reached", "reach", "exceeded", "exceed", "topped", "totalled", "totaled", "total",
            "totals", "numbered", "is", "are", "was", "were", "hit", "passed", "surpassed", "amounted");

    /** Passives of knowing and saying: "believed to be", "said to have". */
    private static final WordClass EPISTEMIC = WordClass.of(
            "believed", "thought", "said", "estimated", "reported", "understood", "known", "assessed", "alleged",
            "presumed", "rumoured", "rumored", "claimed", "suspected", "feared", "confirmed");

    /** Nouns whose count a bare number gives: "a contingent of 3,000", "the total to 3,000". */
    private static final WordClass COUNT_NOUNS = WordClass.of(
            "contingent", "total", "force", "group", "number", "detachment", "deployment", "unit", "wave", "batch",
            "figure", "tally", "count", "strength");

    /** "total to", "number there to", "rose to": a count word shortly before "to". */
    private boolean countNounWithin(int from, int distance) {
        for (int k = from; k >= Math.max(0, from - distance + 1); k--) {
            String w = tokens.get(k).lower();
            if (tokens.get(k).in(COUNT_NOUNS) || tokens.get(k).in(GROWTH_VERBS) || w.equals("raising") || w.equals("bringing")
                    || w.equals("brought") || w.equals("raised")) {
                return true;
            }
        }
        return false;
    }

    private boolean possessedByOtherState(int first) {
        if (first >= 2 && tokens.get(first - 1).is("'s")) {
            AliasMatch m = aliasAt(first - 2);
            return m != null && !m.alias().force() && m.alias().type() == EntityType.STATE;
        }
        return false;
    }

    /** "Russia and Ukraine" before the figure: two states, neither of them the force. */
    private boolean otherStatesTogether(int first) {
        for (int k = first - 1; k >= 2; k--) {
            if (tokens.get(k - 1).is("and") && isOtherState(aliasAt(k)) && isOtherState(aliasAt(k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOtherState(AliasMatch m) {
        return m != null && !m.alias().force() && m.alias().type() == EntityType.STATE;
    }

    /** "Ukraine has deployed 10,000 troops": another state is the one sending. */
    private boolean otherStateDeploys(int first) {
        for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("that") || t.in(Lexicon.REPORTING)) {
                return false;
            }
            AliasMatch m = aliasAt(k);
            if (m != null) {
                if (m.alias().force() || m.alias().type() != EntityType.STATE
                        || Lexicon.namedAsObject(tokens, m)) {
                    return false; // "soldiers in Russia has risen to 20,000": a place, not who sends
                }
                for (int j = m.last() + 1; j < first; j++) {
                    String w = tokens.get(j).lower();
                    // "Russian troops are suffering 1,200 wounded a day": another force's losses
                    if (w.equals("deployed") || w.equals("sent") || w.equals("amassed") || w.equals("massed")
                            || w.equals("has") || w.equals("had") || w.equals("moved") || w.equals("dispatched")
                            || w.equals("amassing") || w.equals("massing") || w.equals("deploying") || w.equals("sending")
                            || w.equals("moving") || w.equals("gathering") || tokens.get(j).in(SUFFER_VERBS)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "North Korea is home to 1.2 million soldiers", "an army of 1.2 million". */
    private boolean isArmySize(FigureMention f, int headEnd) {
        int b = f.first();
        if (b >= 2 && tokens.get(b - 2).is("home") && tokens.get(b - 1).is("to")) {
            return true;
        }
        // "North Korea has an estimated 200,000 special forces troops", "the corps, which has 12,000 personnel":
        // what a state or unit has, unless it is somewhere or doing something there
        if (b >= 1 && tokens.get(b - 1).in(POSSESSION_VERBS) && location(headEnd + 1) == null
                && !(headEnd + 1 < tokens.size() && tokens.get(headEnd + 1).in(PRESENT_PARTICIPLES))) {
            return true;
        }
        if (b >= 2 && tokens.get(b - 1).is("of") && (tokens.get(b - 2).is("army") || tokens.get(b - 2).is("armies")
                || tokens.get(b - 2).is("military") || tokens.get(b - 2).is("military's"))) {
            return true;
        }
        for (int k = f.last() + 1; k < Math.min(tokens.size(), headEnd + 7); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("army") || w.equals("armies") || w.equals("military")) && k > 0
                    && tokens.get(k - 1).in(Lexicon.ARMY_SIZE)) {
                return true;
            }
            if (w.equals("active-duty") || w.equals("standing")) {
                return true;
            }
        }
        return false;
    }

    /** "soldiers in Kursk have been killed": the verb group starts after a place named right after the noun. */
    private int afterPlace(int k) {
        if (k + 1 >= tokens.size() || !(tokens.get(k).is("in") || tokens.get(k).is("near") || tokens.get(k).is("inside"))) {
            return k;
        }
        int j = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        int name = j;
        while (j < tokens.size() && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (j == name) {
            return k;
        }
        return j < tokens.size() && tokens.get(j).in(Lexicon.REGION_NOUNS) ? j + 1 : j;
    }

    /** The last token of the verb group after a noun: "who are reportedly undergoing" ends at "undergoing". */
    private int verbGroupEnd(int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).in(Lexicon.AUXILIARIES)) {
            if (tokens.get(k).is("to") && !infinitiveAt(k)) {
                break; // "troops to Russia": a preposition, not "to be sent"
            }
            k++;
        }
        return Math.min(k, tokens.size() - 1);
    }

    private Kind kind(FigureMention f, int head, int headEnd, int verbEnd) {
        boolean camera = false;
        for (Token t : tokens) {
            if (t.in(Lexicon.CAMERA)) {
                camera = true;
                break;
            }
        }
        if (head >= 0 && tokens.get(head).in(Lexicon.CASUALTY_NOUNS)) {
            return Kind.CASUALTIES;
        }
        if ((head < 0 || f.first() > 0 && tokens.get(f.first() - 1).in(LINKS_TO_COUNT)) && countsLosses(f.first())) {
            // "the number of troops killed or wounded has risen to 4,000", "losses amount to 4,000 soldiers"
            return Kind.CASUALTIES;
        }
        for (int k = headEnd + 1; k <= verbEnd && k < tokens.size(); k++) {
            if (isLoss(k, camera)) {
                return Kind.CASUALTIES;
            }
        }
        if (verbEnd + 1 < tokens.size() && (tokens.get(verbEnd).is("become") || tokens.get(verbEnd).is("became"))
                && tokens.get(verbEnd + 1).in(Lexicon.CASUALTY_NOUNS)) {
            return Kind.CASUALTIES; // "soldiers who have become casualties"
        }
        if (lossAfterParticiple(headEnd + 1, camera) || lossInRelativeClause(headEnd + 1, camera)) {
            return Kind.CASUALTIES;
        }
        for (int k = f.first() - 1; k >= Math.max(0, f.first() - 3); k--) {
            // "the capture of two soldiers", "the deaths of 30 troops"
            if (isLoss(k, camera) || tokens.get(k).in(Lexicon.CASUALTY_NOUNS) || tokens.get(k).in(LOSS_EVENTS)) {
                return Kind.CASUALTIES;
            }
        }
        // the verb group after the noun: "could be deployed", "are being prepared to join"
        boolean past = false;
        for (int k = headEnd + 1; k <= verbEnd && k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("to") && (k > 0 && tokens.get(k - 1).in(EPISTEMIC) || sentBefore(f.first()) || heldBefore(f.first()))) {
                continue; // "are believed to be in Russia", "sent 10,000 troops to help": not a plan
            }
            if (tokens.get(k).in(Lexicon.MODALS) && (!w.equals("to") || infinitiveAt(k)) || tokens.get(k).in(Lexicon.PLANNED_VERBS)) {
                if (presentAt(headEnd + 1) && tokens.get(k).in(Lexicon.MODALS) && combatNext(k + 1)) {
                    return Kind.DEPLOYED; // "8,000 troops in Kursk could join the war": there already; the plan is the fighting
                }
                return Kind.PLANNED;
            }
            past |= w.equals("have") || w.equals("has") || w.equals("had") || w.equals("were") || w.equals("was")
                    || w.equals("are") || w.equals("is");
        }
        // what governs the figure: "plans to send up to 10,000", "intention to deploy 10,000"
        Token afterHead = headEnd + 1 < tokens.size() ? tokens.get(headEnd + 1) : null;
        boolean ownVerb = afterHead != null && (afterHead.in(Lexicon.PASSIVE_BE) || afterHead.is("have") || afterHead.is("has"));
        int reach = f.first() - 8;
        for (int k = f.first() - 1; k >= Math.max(0, reach); k--) {
            Token t = tokens.get(k);
            if (t.is(",") && givesTheFigure(k + 1, f.first())) {
                reach = k - 6;
                continue; // "could send many more, giving a figure as high as half a million": the same plan
            }
            if (t.is(".") || t.is(";") || t.is(",") || t.in(Lexicon.REPORTING) && !t.is("expected")
                    || opensClause(k) || t.is("and") && ownVerb) {
                break; // "plans to send 1,000 more and 3,000 are already there": a clause of its own
            }
            if (t.in(Lexicon.INTENT) && !epistemicModal(k, f.first())) {
                return Kind.PLANNED;
            }
            if (t.in(Lexicon.SEND_VERBS) && k > 0 && (tokens.get(k - 1).is("to") || tokens.get(k - 1).in(Lexicon.MODALS))) {
                return Kind.PLANNED;
            }
        }
        if (!past && byFutureDate(headEnd + 1)) {
            return Kind.PLANNED;
        }
        return Kind.DEPLOYED;
    }

    /**
     * "this number could be closer to 12,000", "may be as high as": a modal of "be" before
     * the figure hedges an estimate of the present; it does not plan anything.
     */
    private boolean epistemicModal(int k, int first) {
        return tokens.get(k).in(Lexicon.MODALS) && k + 1 < first && tokens.get(k + 1).is("be")
                && !(k + 2 < first && tokens.get(k + 2).in(Lexicon.PLANNED_VERBS));
    }

    /** "troops in Kursk", "soldiers already in Russia": the people counted are somewhere now. */
    private boolean presentAt(int k) {
        if (k < tokens.size() && tokens.get(k).is("already")) {
            k++;
        }
        return k + 1 < tokens.size() && (tokens.get(k).is("in") || tokens.get(k).is("inside")) && afterPlace(k) > k;
    }

    /** What a force does next where it is: "join the war", "enter combat", "join the fighting". */
    private static final WordClass COMBAT = WordClass.of(
            "war", "fighting", "fight", "combat", "battle", "battles", "hostilities", "assault", "offensive", "front", "frontline");

    private boolean combatNext(int k) {
        for (int j = k; j < Math.min(tokens.size(), k + 5); j++) {
            if (tokens.get(j).in(COMBAT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "100 troops deployed to Russia have been killed", "2,000 soldiers sent to help Russia are
     * believed to have been killed": a participle phrase after the noun says who they are; the
     * main verb after it says what became of them.
     */
    private boolean lossAfterParticiple(int k, boolean camera) {
        if (k >= tokens.size() || !(tokens.get(k).in(SENT_PAST) || tokens.get(k).in(PRESENT_PARTICIPLES))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 12); j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.in(Lexicon.REPORTING) && !t.in(EPISTEMIC)) {
                return false;
            }
            if (t.in(Lexicon.PASSIVE_BE) || t.is("have") || t.is("has") || t.is("had")) {
                int v = j;
                while (v + 1 < tokens.size() && (tokens.get(v).in(Lexicon.AUXILIARIES) || tokens.get(v).in(EPISTEMIC))) {
                    v++;
                }
                return isLoss(v, camera);
            }
        }
        return false;
    }

    /**
     * "two soldiers, surnamed Lee and Baek, who were captured by Ukraine": a relative clause of
     * loss about the people counted, after one appositive between commas at most.
     */
    private boolean lossInRelativeClause(int k, boolean camera) {
        int j = k;
        if (j < tokens.size() && tokens.get(j).is(",")) {
            int close = j + 1;
            while (close < Math.min(tokens.size(), j + 8) && !tokens.get(close).is(",")) {
                close++;
            }
            j = close < tokens.size() && tokens.get(close).is(",") ? close + 1 : j + 1;
        }
        if (j >= tokens.size() || !(tokens.get(j).is("who") || tokens.get(j).is("that") || tokens.get(j).is("whom"))) {
            return false;
        }
        int v = j + 1;
        if (v >= tokens.size() || !(tokens.get(v).in(Lexicon.PASSIVE_BE) || tokens.get(v).is("have") || tokens.get(v).is("had"))) {
            return false;
        }
        while (v + 1 < tokens.size() && tokens.get(v).in(Lexicon.AUXILIARIES)) {
            v++;
        }
        return isLoss(v, camera);
    }

    private static final WordClass AS_COMPARED = WordClass.of("many", "much", "high", "large", "low", "few", "great");

    /** "giving a figure as high as", "putting the number at": a participle that puts a figure on the clause before. */
    private boolean givesTheFigure(int from, int first) {
        if (from >= first || !(tokens.get(from).is("giving") || tokens.get(from).is("putting") || tokens.get(from).is("citing"))) {
            return false;
        }
        for (int k = from + 1; k < first; k++) {
            if (tokens.get(k).is("figure") || tokens.get(k).is("number") || tokens.get(k).is("estimate")) {
                return true;
            }
        }
        return false;
    }

    /** A bare count whose clause speaks of losses: "troops killed or wounded", "losses", "casualties". */
    private boolean countsLosses(int first) {
        boolean anaphoric = false;
        for (int k = first - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            // "..., while South Korea puts the figure at 3,000": "the figure" is the count of the clause before
            anaphoric |= k > 0 && (t.is("figure") || t.is("number") || t.is("tally") || t.is("estimate"))
                    && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("that"));
            if (t.is(".") || t.is(";") || t.is(",") && !anaphoric) {
                return false;
            }
            // "the death toll", "bringing the total number of prisoners to two"
            if (t.in(Lexicon.CASUALTY_NOUNS) || t.is("death") || t.is("toll")
                    || k > 0 && t.in(Lexicon.CASUALTY_VERBS) && (anaphoric || tokens.get(k - 1).in(Lexicon.PERSONNEL))) {
                return true;
            }
        }
        return false;
    }

    /** "a day", "per week", "each month", "daily" right after the counted noun. */
    private boolean isRate(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (w.equals("daily") || w.equals("weekly") || w.equals("monthly")) {
            return true;
        }
        if ((w.equals("a") || w.equals("per") || w.equals("each") || w.equals("every")) && k + 1 < tokens.size()) {
            String unit = tokens.get(k + 1).lower();
            String then = k + 2 < tokens.size() ? tokens.get(k + 2).lower() : "";
            boolean when = then.equals("earlier") || then.equals("ago") || then.equals("later") || then.equals("before")
                    || then.equals("after"); // "10,000 a week earlier" is a time, not a rate
            return !when && (unit.equals("day") || unit.equals("week") || unit.equals("month") || unit.equals("hour"));
        }
        return false;
    }

    /** "pledged aid as 10,000 troops joined": a conjunction starts another clause ("as many as" does not). */
    private boolean opensClause(int k) {
        Token t = tokens.get(k);
        if (t.is("as")) {
            // "as many as", "as high as", "as large as": a comparison around a figure, no new clause
            boolean asManyAs = k + 1 < tokens.size() && tokens.get(k + 1).in(AS_COMPARED)
                    || k > 0 && tokens.get(k - 1).in(AS_COMPARED);
            return !asManyAs;
        }
        return t.is("while") || t.is("when") || t.is("but") || t.is("because") || t.is("although")
                || t.is("though") || t.is("whereas");
    }

    /** "to be sent", "to join": "to" opens an infinitive. */
    private boolean infinitiveAt(int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k + 1).lower();
        return next.equals("be") || next.equals("have") || tokens.get(k + 1).in(Lexicon.SEND_VERBS) || next.equals("fight") || next.equals("assist")
                || next.equals("help") || next.equals("support") || next.equals("arrive") || next.equals("enter")
                || next.equals("take") || next.equals("go");
    }

    private boolean isLoss(int k, boolean camera) {
        String w = tokens.get(k).lower();
        if (!tokens.get(k).in(Lexicon.CASUALTY_VERBS)) {
            return false;
        }
        if (w.equals("captured")) {
            return !camera;
        }
        if (w.equals("taken")) {
            return k + 1 < tokens.size() && (tokens.get(k + 1).is("prisoner") || tokens.get(k + 1).is("captive")
                    || tokens.get(k + 1).is("prisoners"));
        }
        return true;
    }

    /** "... by December", "by the end of the year". */
    private boolean byFutureDate(int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 14); k++) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".")) {
                return false;
            }
            if (t.is("by")) {
                int j = k + 1;
                if (tokens.get(j).is("the") && j + 2 < tokens.size() && tokens.get(j + 1).is("end") && tokens.get(j + 2).is("of")) {
                    return true;
                }
                String w = tokens.get(j).lower();
                if (tokens.get(j).in(Lexicon.MONTHS) && !w.equals("may") || w.equals("year-end") || w.equals("next")
                        || w.equals("spring") || w.equals("summer") || w.equals("autumn") || w.equals("winter")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first place after the figure: "to eastern Russia", "in the Kursk region". */
    private String location(int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 14); k++) {
            Token t = tokens.get(k);
            // a reporting verb ends the counted clause, but "believed to be in Kursk" goes on
            if (t.is(";") || t.is(".") || t.is(",")
                    || t.in(Lexicon.REPORTING) && !t.is("expected") && !tokens.get(k + 1).is("to")) {
                return null;
            }
            String place = t.in(Lexicon.PLACE_PREPOSITIONS) ? placeAfter(k) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * With no place after the figure, the last one before it in the sentence, up to a reporting
     * verb: "soldiers in Russia, specifically a contingent of about 3,000", "deployed to Russia,
     * raising the total to 3,000", "is training in Siberia a battalion of 3,000".
     */
    private String placeBefore(int first) {
        for (int k = first - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.in(Lexicon.REPORTING) || t.is(";") || t.is("and") || t.is("with") || t.is("but") || t.is("while")) {
                return null; // another clause's place: "welcomed them in Pyongyang and paid tribute to nine"
            }
            String place = t.in(Lexicon.PLACE_PREPOSITIONS) ? placeAfter(k) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** The place a preposition at {@code k} introduces ("to eastern Russia", "in the Kursk region"), or null. */
    private String placeAfter(int k) {
        int j = k + 1;
        if (j < tokens.size() && tokens.get(j).is("the")) {
            j++;
        }
        int start = j;
        while (j < tokens.size() && tokens.get(j).in(Lexicon.DIRECTIONS)) {
            j++;
        }
        if (j > start && j + 1 < tokens.size() && tokens.get(j).is("of") && tokens.get(j + 1).isCapitalized()) {
            j++; // "in the east of Russia"
        }
        int nameStart = j;
        while (j < tokens.size() && tokens.get(j).isCapitalized() && !tokens.get(j).in(Lexicon.MONTHS)
                && !tokens.get(j).in(Lexicon.WEEKDAYS)) {
            AliasMatch m = aliasAt(j);
            if (m != null && (m.alias().type() == EntityType.PERSON || m.alias().type() == EntityType.OUTLET)) {
                break;
            }
            j = m != null ? m.last() + 1 : j + 1;
            if (j < tokens.size() && tokens.get(j).is("'s")) {
                j++;
            }
        }
        if (j == nameStart) {
            return null;
        }
        AliasMatch named = aliasAt(nameStart);
        boolean demonymUse = named != null && named.alias().type() == EntityType.STATE && j < tokens.size()
                && tokens.get(j).isWord() && !tokens.get(j).isCapitalized() && !tokens.get(j).in(Lexicon.REGION_NOUNS)
                && named.last() == j - 1 && isDemonym(tokens.get(j - 1).lower());
        if (demonymUse) {
            return null; // "join Russian forces"
        }
        if (tokens.get(j - 1).text().equals("War")) {
            return null; // "fighting in the Russia-Ukraine War": a war, not a place
        }
        if (isCompoundOfNames(tokens.get(nameStart)) && !(j < tokens.size() && tokens.get(j).in(Lexicon.REGION_NOUNS))) {
            return null; // "in the Russia-Ukraine war", "the Russia-Ukraine Prisoner Exchange": two parties, no place
        }
        AliasMatch owner = aliasAt(nameStart);
        if (owner != null && owner.alias().type() == EntityType.STATE && owner.last() + 2 < j
                && tokens.get(owner.last() + 1).is("'s") && start == nameStart) {
            start = owner.last() + 2; // "Russia's Kursk region": the place, not the state it is in
        }
        if (j < tokens.size() && tokens.get(j).in(Lexicon.REGION_NOUNS)) {
            j++;
        }
        if (tokens.get(j - 1).is("'s")) {
            if (j < tokens.size() && tokens.get(j).startsLowerCase()) {
                return null; // "died in Russia's war": the state owns the noun; no place is named
            }
            j--;
        }
        return textBetween(start, j - 1);
    }

    /** "Russia-Ukraine", "Russian-Ukrainian": names joined by a hyphen, each capitalised. */
    private static boolean isCompoundOfNames(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(dash + 1));
    }

    private static boolean isDemonym(String w) {
        return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("i");
    }

    private String textBetween(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (k > first && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
