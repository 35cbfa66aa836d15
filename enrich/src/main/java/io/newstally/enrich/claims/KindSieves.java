package io.newstally.enrich.claims;

import io.newstally.contracts.Kind;
import io.newstally.enrich.text.Token;
import java.util.List;
import java.util.function.Function;

/**
 * What a counted figure says of its people: lost (killed, wounded, captured), planned (to be
 * sent), or deployed (sent, present, arriving): an ordered list of sieves, losses first since a
 * loss is said of people who were sent, then plans, then deployment as what is left.
 */
final class KindSieves {

    private KindSieves() {
    }

    private static Sieve<Counted, Kind> sieve(String name, String phenomenon, Function<Counted, Kind> rule) {
        return new Sieve<>(name, phenomenon, rule);
    }

    static final Sieve.Chain<Counted, Kind> CHAIN = new Sieve.Chain<>("kind", List.of(
            sieve("loss-modifier", "A loss said before the noun counts losses: \"4,100 wounded soldiers\", \"300 dead troops\".",
                    c -> c.lossBeforeHead() ? Kind.CASUALTIES : null),
            sieve("loss-noun", "A noun of loss counts losses: \"3,000 casualties\", \"two prisoners of war\", \"30 bodies\".",
                    c -> c.headIn(Lexicon.CASUALTY_NOUNS) ? Kind.CASUALTIES : null),
            sieve("whole-of-part", "The whole a part is taken from is who was sent: \"2,000 of the 11,000 deployed\", "
                    + "\"a quarter of the 12,000 troops\".", c -> c.isWhole ? Kind.DEPLOYED : null),
            sieve("part-lost", "A part whose loss is said is a loss: \"4,000 of the 11,000 troops have been killed\".",
                    c -> c.whole >= 0 && c.lossInClause(c.headEnd + 1) ? Kind.CASUALTIES : null),
            sieve("loss-count", "A count of losses given as a total: \"losses amount to 4,000\", \"the death toll rose to 30\", "
                    + "\"the number of troops killed has risen to 4,000\".", KindSieves::lossCount),
            sieve("hypothetical-loss", "A loss said only as what could happen is no loss count: \"all 12,000 troops could be "
                    + "lost\" counts the people there.", KindSieves::hypotheticalLoss),
            sieve("loss-verb-after", "A loss said of the people counted, after them: \"were killed\", \"have died\", "
                    + "\"who were captured\", \"sent to Russia have been killed\", \"became casualties\".", KindSieves::lossAfter),
            sieve("loss-before", "A loss before the people counted: \"the capture of two soldiers\", \"killed 30 troops\", "
                    + "\"lost 6,000 servicemen\", \"injuring 45 personnel\", \"left 47 troops with injuries\".", KindSieves::lossBefore),
            sieve("sent-after", "A bare number followed by a participle of sending counts people sent: \"3,000 already "
                    + "dispatched\", \"the 11,000 deployed\".", KindSieves::sentAfter),
            sieve("anaphoric-figure", "\"the figure\", \"that number\" stands for the count just given, and takes its kind: "
                    + "\"Zelensky said 4,000 were killed or wounded. The NIS put the figure at 3,000.\"", KindSieves::anaphoricFigure),
            sieve("whole-to-come", "A force whose first part has arrived is the whole to come: \"the first contingent of a "
                    + "300-strong force\", \"the initial phase of a 1,000-member deployment\".", KindSieves::wholeToCome),
            sieve("shares-verb", "A figure joined to a planned one shares its verb: \"to send 1,000 sappers and 5,000 builders\".",
                    KindSieves::sharesVerb),
            sieve("planned-verb-group", "A verb group of the future after the people counted: \"will deploy\", "
                    + "\"are expected to arrive\", \"could be sent\", \"are being prepared to join\".", KindSieves::plannedVerbGroup),
            sieve("on-alert", "People put on alert or on orders to deploy may be sent later: \"placed 2,000 troops on heightened "
                    + "alert\", \"3,000 troops on prepare-to-deploy orders\", \"told 1,500 soldiers to prepare to deploy\".",
                    KindSieves::onAlert),
            sieve("planned-sending", "A sending named as a noun of the future governs the figure: \"the planned deployment of "
                    + "5,000 troops\", \"the forthcoming provision of 600 instructors\".", KindSieves::plannedSending),
            sieve("planned-governor", "An intention that governs the figure: \"plans to send up to 10,000\", "
                    + "\"agreed to dispatch 6,000\", \"is set to ship 30,000\".", KindSieves::plannedGovernor),
            sieve("by-future-date", "A figure to be reached by a date, with no verb of the past: \"10,000 by December\".",
                    KindSieves::byFutureDate),
            sieve("sent-or-present", "A verb of sending, arriving or being there after the people counted: \"entered DR Congo\", "
                    + "\"are stationed in\", \"have arrived\".", KindSieves::sentOrPresent),
            sieve("deployed", "What is left is people sent, present or arriving.", c -> Kind.DEPLOYED)));

    private static Kind lossCount(Counted c) {
        Sentence s = c.s;
        int first = c.f.first();
        if (!(c.head < 0 || s.in(first - 1, Lexicon.LINKS_TO_COUNT))) {
            return null;
        }
        boolean anaphoric = false;
        for (int k = first - 1; k >= 0; k--) {
            Token t = s.get(k);
            // "..., while South Korea puts the figure at 3,000": "the figure" is the count of the clause before
            anaphoric |= k > 0 && (t.is("figure") || t.is("number") || t.is("tally") || t.is("estimate"))
                    && (s.is(k - 1, "the") || s.is(k - 1, "that"));
            if (t.is(".") || t.is(";") || t.is(",") && !anaphoric) {
                return null;
            }
            // "the death toll", "bringing the total number of prisoners to two"
            if (t.in(Lexicon.CASUALTY_NOUNS) || t.is("death") || t.is("toll")
                    || k > 0 && t.in(Lexicon.CASUALTY_VERBS) && (anaphoric || s.in(k - 1, Lexicon.PERSONNEL))) {
                return Kind.CASUALTIES;
            }
        }
        return null;
    }

    private static Kind sentOrPresent(Counted c) {
        Sentence s = c.s;
        int verbEnd = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        for (int k = c.headEnd + 1; k <= verbEnd && k < s.size(); k++) {
            if (s.in(k, Lexicon.SENT) || s.in(k, Lexicon.PRESENT)) {
                return Kind.DEPLOYED;
            }
        }
        return null;
    }

    private static Kind hypotheticalLoss(Counted c) {
        Sentence s = c.s;
        int verbEnd = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        boolean modal = false;
        for (int k = c.headEnd + 1; k <= verbEnd && k < s.size(); k++) {
            Token t = s.get(k);
            if (t.in(Lexicon.MODALS) && !t.is("to")) {
                modal = true;
            }
            if (modal && c.isLoss(k, false)) {
                return Kind.DEPLOYED;
            }
        }
        return null;
    }

    private static Kind wholeToCome(Counted c) {
        Sentence s = c.s;
        if (!(s.is(c.f.last() + 1, "-") || c.headIn(Lexicon.UNITS))) {
            return null; // "the first contingent of a hundred soldiers" is the part that came
        }
        int k = c.f.first() - 1;
        if (s.is(k, "a") || s.is(k, "the")) {
            k--;
        }
        if (!s.is(k, "of")) {
            return null;
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (s.is(j, "phase") || s.is(j, "part") || s.is(j, "wave") || s.is(j, "stage") || s.is(j, "batch")
                    || s.is(j, "contingent") || s.is(j, "group") || s.is(j, "tranche")) {
                return s.is(j - 1, "first") || s.is(j - 1, "initial") || s.is(j - 2, "first") || s.is(j - 2, "initial")
                        ? Kind.PLANNED : null;
            }
        }
        return null;
    }

    static Kind onAlert(Counted c) {
        Sentence s = c.s;
        for (int k = c.headEnd + 1; k < Math.min(s.size(), c.headEnd + 6); k++) {
            if (s.is(k, "alert") || s.is(k, "standby") || s.is(k, "prepare-to-deploy") || s.is(k, "prepare")
                    && s.is(k + 1, "to") && s.in(k + 2, Lexicon.SEND_VERBS)) {
                return Kind.PLANNED;
            }
            if (s.is(k, ",") || s.is(k, ";") || s.get(k).isNumber()) {
                return null;
            }
        }
        return null;
    }

    private static Kind plannedSending(Counted c) {
        Sentence s = c.s;
        int k = c.f.first() - 1;
        if (!s.is(k, "of")) {
            return null;
        }
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            if (s.in(j, Lexicon.SENDING_NOUNS)) {
                for (int m = j - 1; m >= Math.max(0, j - 3); m--) {
                    Token t = s.get(m);
                    if (t.is("planned") || t.is("expected") || t.is("proposed") || t.is("forthcoming") || t.is("upcoming")
                            || t.is("future") || t.is("possible") || t.is("potential") || t.is("intended") || t.is("promised")) {
                        return Kind.PLANNED;
                    }
                }
                return null;
            }
            if (s.is(j, ",") || s.get(j).isNumber()) {
                return null;
            }
        }
        return null;
    }

    private static Kind sentAfter(Counted c) {
        if (c.head >= 0) {
            return null;
        }
        int k = c.f.last() + 1;
        if (c.s.is(k, "already") || c.s.is(k, "more") || c.s.is(k, "others")) {
            k++;
        }
        return c.s.in(k, Lexicon.SENT) && !c.s.is(k + 1, "by") ? Kind.DEPLOYED : null;
    }

    private static Kind anaphoricFigure(Counted c) {
        if (c.head >= 0 || c.d.lastKind == null) {
            return null;
        }
        Sentence s = c.s;
        for (int k = c.f.first() - 1; k >= Math.max(1, c.f.first() - 6); k--) {
            if (s.is(k, ",") || s.is(k, ";") || s.get(k).isNumber() || s.in(k, Lexicon.MODALS) && !s.is(k, "to")
                    || s.in(k, Lexicon.GROWTH) || s.in(k, Lexicon.INTENT)) {
                return null; // "the number could rise to 15,000" is a projection, not the count just given
            }
            if (s.in(k, Lexicon.COUNT_NOUNS) && (s.is(k - 1, "the") || s.is(k - 1, "that") || s.is(k - 1, "this"))) {
                return c.d.lastKind;
            }
        }
        return null;
    }

    private static Kind lossAfter(Counted c) {
        Sentence s = c.s;
        boolean camera = c.cameraInSentence();
        int verbEnd = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        for (int k = c.headEnd + 1; k <= verbEnd && k < s.size(); k++) {
            if (c.isLoss(k, camera)) {
                return Kind.CASUALTIES;
            }
        }
        if ((s.is(verbEnd, "become") || s.is(verbEnd, "became")) && s.in(verbEnd + 1, Lexicon.CASUALTY_NOUNS)) {
            return Kind.CASUALTIES; // "soldiers who have become casualties"
        }
        // "suffered traumatic brain injuries", "were treated for wounds", "sustained minor injuries"
        // "were evaluated for possible brain injuries", "were being examined for concussion"
        if (s.in(verbEnd, Lexicon.SUFFER) || s.is(verbEnd, "treated") || s.is(verbEnd, "diagnosed") || s.is(verbEnd, "evaluated")
                || s.is(verbEnd, "examined") || s.is(verbEnd, "assessed") || s.is(verbEnd, "screened")) {
            for (int k = verbEnd + 1; k < Math.min(s.size(), verbEnd + 6); k++) {
                if (s.in(k, Lexicon.INJURIES) || s.in(k, Lexicon.CASUALTY_NOUNS)) {
                    return Kind.CASUALTIES;
                }
                if (s.is(k, ",") || s.is(k, ";")) {
                    break;
                }
            }
        }
        return lossAfterParticiple(c, c.headEnd + 1, camera) || lossInRelativeClause(c, c.headEnd + 1, camera) ? Kind.CASUALTIES : null;
    }

    /**
     * "100 troops deployed to Russia have been killed": a participle phrase after the noun says who
     * they are; the main verb after it says what became of them.
     */
    private static boolean lossAfterParticiple(Counted c, int k, boolean camera) {
        Sentence s = c.s;
        if (!(s.in(k, Lexicon.SENT) || s.in(k, Lexicon.PRESENT))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.size() - 1, k + 12); j++) {
            Token t = s.get(j);
            if (t.is(",") || t.is(";") || t.in(Lexicon.REPORTING) && !t.in(Lexicon.EPISTEMIC)) {
                return false;
            }
            if (t.in(Lexicon.PASSIVE_BE) || t.is("have") || t.is("has") || t.is("had")) {
                int v = j;
                while (v + 1 < s.size() && (s.in(v, Lexicon.AUXILIARIES) || s.in(v, Lexicon.EPISTEMIC))) {
                    v++;
                }
                return c.isLoss(v, camera);
            }
        }
        return false;
    }

    /** "two soldiers, surnamed Lee and Baek, who were captured by Ukraine": a relative clause of loss. */
    private static boolean lossInRelativeClause(Counted c, int k, boolean camera) {
        Sentence s = c.s;
        int j = k;
        if (s.is(j, ",")) {
            int close = j + 1;
            while (close < Math.min(s.size(), j + 8) && !s.is(close, ",")) {
                close++;
            }
            j = s.is(close, ",") ? close + 1 : j + 1;
        }
        if (!(s.is(j, "who") || s.is(j, "that") || s.is(j, "whom"))) {
            return false;
        }
        int v = j + 1;
        if (!(s.in(v, Lexicon.PASSIVE_BE) || s.is(v, "have") || s.is(v, "had"))) {
            return false;
        }
        while (v + 1 < s.size() && s.in(v, Lexicon.AUXILIARIES)) {
            v++;
        }
        return c.isLoss(v, camera);
    }

    private static Kind lossBefore(Counted c) {
        Sentence s = c.s;
        if (c.leftHurt()) {
            return Kind.CASUALTIES;
        }
        boolean camera = c.cameraInSentence();
        for (int k = c.f.first() - 1; k >= Math.max(0, c.f.first() - 3); k--) {
            // "the capture of two soldiers", "the deaths of 30 troops", "lost more than 6,000 servicemen"
            if (c.isLoss(k, camera) || s.in(k, Lexicon.CASUALTY_NOUNS) || s.in(k, Lexicon.LOSS_EVENTS)
                    || s.in(k, Lexicon.SUFFER) && (c.head < 0 || c.headIsPersonnel())) {
                return Kind.CASUALTIES;
            }
            if (s.is(k, ",") || s.is(k, ";")) {
                break;
            }
        }
        return null;
    }

    private static Kind sharesVerb(Counted c) {
        if (c.previousKind != Kind.PLANNED) {
            return null;
        }
        Sentence s = c.s;
        int k = c.f.first() - 1;
        boolean joined = s.is(k, "and") || s.is(k, "plus") || s.is(k, "as") && s.is(k - 1, "well") && s.is(k - 2, "as");
        int after = c.headEnd + 1;
        boolean ownVerb = s.in(after, Lexicon.AUXILIARIES) && !s.is(after, "to") && !s.is(after, ",");
        return joined && !ownVerb ? Kind.PLANNED : null;
    }

    private static Kind plannedVerbGroup(Counted c) {
        Sentence s = c.s;
        int from = c.headEnd + 1;
        // "10,000 soldiers from North Korea (that) they are preparing to send": a relative clause of intent
        if (s.is(from, "from") || s.is(from, "of")) {
            int unitEnd = c.unitNameEnd(from + 1);
            if (unitEnd > 0) {
                from = unitEnd; // "1,200 soldiers from the 82nd Airborne Division would deploy": the unit they are from
            } else {
                from = c.afterPlace(from + 1);
                while (from < s.size() && s.get(from).isCapitalized()) {
                    from++;
                }
            }
        }
        if (s.is(from, "that") || s.is(from, "which") || s.is(from, "whom")) {
            from++;
        }
        if ((s.is(from, "they") || s.is(from, "it")) && from > c.headEnd + 1) {
            from++;
        }
        int verbEnd = c.verbGroupEnd(from);
        for (int k = c.headEnd + 1; k <= verbEnd && k < s.size(); k++) {
            Token t = s.get(k);
            if (t.is("to") && (s.in(k - 1, Lexicon.EPISTEMIC) || c.sentBefore() || c.heldBefore())) {
                continue; // "are believed to be in Russia", "sent 10,000 troops to help": not a plan
            }
            if (t.in(Lexicon.MODALS) && (!t.is("to") || c.infinitiveAt(k)) || t.in(Lexicon.PLANNED_VERBS)) {
                if (t.in(Lexicon.MODALS) && isLeaving(s, k + 1)) {
                    return null; // "wants the 2,500 soldiers in the country to leave": a plan to withdraw counts those there
                }
                if (c.presentAt(c.headEnd + 1) && t.in(Lexicon.MODALS) && c.combatNext(k + 1)) {
                    return null; // "8,000 troops in Kursk could join the war": there already; the plan is the fighting
                }
                if (t.in(Lexicon.MODALS) && s.is(k + 1, "be") && s.in(k + 2, Lexicon.PRESENT) && !s.is(k + 2, "sent")
                        && !s.is(k + 2, "deployed") && !s.is(k + 2, "dispatched")) {
                    return null; // "could be fighting", "may be stationed": a hedge on the present
                }
                return Kind.PLANNED;
            }
        }
        return null;
    }

    private static boolean pastVerbGroup(Counted c) {
        Sentence s = c.s;
        int verbEnd = c.verbGroupEnd(c.afterPlace(c.headEnd + 1));
        for (int k = c.headEnd + 1; k <= verbEnd && k < s.size(); k++) {
            if (s.is(k, "have") || s.is(k, "has") || s.is(k, "had") || s.is(k, "were") || s.is(k, "was") || s.is(k, "are")
                    || s.is(k, "is")) {
                return true;
            }
        }
        return false;
    }

    /** "leave", "withdraw", "depart", "return": a plan to leave counts the people still there. */
    private static boolean isLeaving(Sentence s, int k) {
        return s.is(k, "leave") || s.is(k, "withdraw") || s.is(k, "depart") || s.is(k, "return") || s.is(k, "go") && s.is(k + 1, "home");
    }

    private static Kind plannedGovernor(Counted c) {
        Sentence s = c.s;
        int first = c.f.first();
        for (int k = c.headEnd + 1; k <= c.headEnd + 8 && k + 1 < s.size() && !s.is(k, ",") && !s.is(k, "."); k++) {
            if (s.is(k, "to") && isLeaving(s, k + 1)) {
                return null; // "wants the 2,500 soldiers in the country to leave": those there, not a plan to send
            }
        }
        Token afterHead = c.headEnd + 1 < s.size() ? s.get(c.headEnd + 1) : null;
        boolean ownVerb = afterHead != null && (afterHead.in(Lexicon.PASSIVE_BE) || afterHead.is("have") || afterHead.is("has"));
        int reach = first - 8;
        for (int k = first - 1; k >= Math.max(0, reach); k--) {
            Token t = s.get(k);
            if (t.is(",") && givesTheFigure(s, k + 1, first)) {
                reach = k - 6;
                continue; // "could send many more, giving a figure as high as half a million": the same plan
            }
            if (t.is(".") || t.is(";") || t.is(",") || t.in(Lexicon.REPORTING) && !t.is("expected") || opensClause(s, k)
                    || t.is("and") && ownVerb || t.is("that") && s.is(k - 1, "likely")) {
                break; // "plans to send 1,000 more and 3,000 are already there": a clause of its own
            }
            if (t.in(Lexicon.INTENT) && !epistemicModal(s, k, first)) {
                return Kind.PLANNED;
            }
            if (t.in(Lexicon.SEND_VERBS) && (s.is(k - 1, "to") || s.in(k - 1, Lexicon.MODALS))) {
                return Kind.PLANNED;
            }
        }
        return null;
    }

    /** "this number could be closer to 12,000": a modal of "be" before the figure hedges the present; it plans nothing. */
    private static boolean epistemicModal(Sentence s, int k, int first) {
        return s.in(k, Lexicon.MODALS) && k + 1 < first && s.is(k + 1, "be") && !(k + 2 < first && s.in(k + 2, Lexicon.PLANNED_VERBS));
    }

    /** "giving a figure as high as", "putting the number at": a participle that puts a figure on the clause before. */
    private static boolean givesTheFigure(Sentence s, int from, int first) {
        if (from >= first || !(s.is(from, "giving") || s.is(from, "putting") || s.is(from, "citing"))) {
            return false;
        }
        for (int k = from + 1; k < first; k++) {
            if (s.is(k, "figure") || s.is(k, "number") || s.is(k, "estimate")) {
                return true;
            }
        }
        return false;
    }

    /** "pledged aid as 10,000 troops joined": a conjunction starts another clause ("as many as" does not). */
    private static boolean opensClause(Sentence s, int k) {
        Token t = s.get(k);
        if (t.is("as")) {
            return !(s.in(k + 1, Lexicon.AS_COMPARED) || s.in(k - 1, Lexicon.AS_COMPARED));
        }
        return t.is("while") || t.is("when") || t.is("but") || t.is("because") || t.is("although") || t.is("though")
                || t.is("whereas");
    }

    private static Kind byFutureDate(Counted c) {
        if (pastVerbGroup(c)) {
            return null;
        }
        Sentence s = c.s;
        int from = c.headEnd + 1;
        for (int k = from; k < Math.min(s.size() - 1, from + 14); k++) {
            Token t = s.get(k);
            if (t.is(";") || t.is(".") || t.isNumber() && k > from) {
                return null; // another figure owns the date that follows it
            }
            if (t.is("by")) {
                int j = k + 1;
                if (s.is(j, "the") && s.is(j + 1, "end") && s.is(j + 2, "of")) {
                    return Kind.PLANNED;
                }
                Token w = s.get(j);
                if (w.in(Lexicon.MONTHS) && !w.is("may") || w.is("year-end") || w.is("next") || w.is("spring") || w.is("summer")
                        || w.is("autumn") || w.is("winter")) {
                    return Kind.PLANNED;
                }
            }
        }
        return null;
    }
}
