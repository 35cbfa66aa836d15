package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import io.newstally.contracts.EntityType;
import io.newstally.contracts.Kind;
import io.newstally.contracts.Span;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.figures.Figures;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the claims of one article, sentence by sentence in order: for each sentence its
 * attribution frames ({@link Frames}), then for each figure the count, kind, place and claimant
 * sieves, carrying across sentences what the guidelines carry ({@link Discourse}).
 */
public final class ClaimFinder {

    private final Discourse d;
    private final List<Claim> claims = new ArrayList<>();
    /**
     * Sentences read but not yet processed: a sentence with no figure makes no claim, so what it
     * tells later sentences (who spoke, which group, which quotation is open) is worked out only when
     * a sentence with a figure comes; those after an article's last figure never are. Bounded by the
     * article.
     */
    private final List<Sentence> pending = new ArrayList<>();
    /** Null unless explanations were asked for: most articles are enriched without. */
    private final List<Explanation> explanations;

    /**
     * @param articleYear the year the article was published (else ingested), or null
     * @param forceState  the state of the story's force ("US")
     * @param explain     whether to keep why each figure became a claim or not
     */
    public ClaimFinder(Integer articleYear, String forceState, boolean explain) {
        this.d = new Discourse(articleYear, forceState);
        this.explanations = explain ? new ArrayList<>() : null;
    }

    public void sentence(char[] text, Span span, int index, int paragraph, boolean isTitle, Tokens tokens,
                         List<AliasMatch> aliases, List<FigureMention> figures) {
        Sentence s = new Sentence(text, span, index, paragraph, isTitle, tokens, aliases, figures, false);
        if (figures.isEmpty() && !Figures.mayHoldMultiple(tokens) && d.awaitingSpeaker.isEmpty()) {
            pending.add(s);
            return;
        }
        for (Sentence before : pending) {
            process(before);
        }
        pending.clear();
        process(s);
    }

    private void process(Sentence read) {
        // the quotation state is the article's, known only now that the sentences before are processed
        Sentence s = d.quoteOpen ? read.startingInQuote() : read;
        Span span = s.span;
        int paragraph = s.paragraph;
        Tokens tokens = s.tokens;
        List<FigureMention> figures = s.figures;
        Parties.learnSpeakers(s, d);
        Parties.learnBodies(s, d);
        if (paragraph != d.previousParagraph) {
            List<String> label = speakerLabel(s);
            if (label != null) {
                d.turnSpeaker = label;
            }
        }
        List<Frame> frames = Frames.find(s, d);
        boolean continues = d.previousClaimant != null && paragraph - d.previousParagraph <= 1 && !ClaimantSieves.opensNewMatter(s);
        nameTheClaimantsAwaited(s, frames);

        List<Claim> defaulted = new ArrayList<>();
        boolean personnelHere = s.has(Lexicon.PERSONNEL) || s.has(Lexicon.UNITS);
        Kind previousKind = null;
        List<FigureMention> all = figures;
        if (d.lastValue > 0) {
            List<FigureMention> relative = Figures.relativeTo(tokens, d.lastValue); // "twice that many"
            if (!relative.isEmpty()) {
                all = new ArrayList<>(figures);
                all.addAll(relative);
            }
        }
        for (FigureMention f : all) {
            Counted c = new Counted(s, f, d);
            c.previousKind = previousKind;
            Sieve.Decision<Boolean> count = CountSieves.CHAIN.decide(c);
            if (!count.value()) {
                explainDropped(s, f, count.rule());
                continue;
            }
            Sieve.Decision<Kind> kind = KindSieves.CHAIN.decide(c);
            previousKind = kind.value();
            d.lastKind = kind.value();
            d.lastValue = f.value();
            Sieve.Decision<String> place = PlaceSieves.CHAIN.decide(c);
            ClaimantSieves.Attribution who = ClaimantSieves.CHAIN.decide(new ClaimantSieves.Input(c, frames, continues)).value();
            for (String source : who.parties()) {
                Claim claim = new Claim((long) f.value(), f.low() == null ? null : f.low().longValue(), f.qualifier(), source,
                        kind.value(), place == null ? null : place.value(), s.evidence(), span.start(), span.end());
                add(claim, kind.rule().equals("deployed"));
                ownSendings(claim, c, who);
                if (who.defaulted()) {
                    defaulted.add(claim); // a later sentence may name its claimant; a repeat too may get one
                }
                if (explanations != null) {
                    explanations.add(new Explanation(figureText(s, f), s.evidence(), claim, f.form(), count.rule(), kind.rule(),
                            who.rule(), place == null ? null : place.rule()));
                }
            }
        }
        remember(s, frames, continues, defaulted, personnelHere);
    }

    /** Rules by which a claimant is not a party speaking in the sentence: the report goes on, or nobody. */
    private static final java.util.Set<String> NOT_SPOKEN = java.util.Set.of("own-sending", "continues-report", "new-matter",
            "unattributed", "writers-aside");

    /**
     * The force's state counting its own people makes its sendings its own: those that named nobody
     * before now name it ({@code own-sending}); until it does, they wait.
     */
    private void ownSendings(Claim claim, Counted c, ClaimantSieves.Attribution who) {
        if (d.forceStateCounts != null) {
            return;
        }
        if (claim.source().equals(d.forceState) && !NOT_SPOKEN.contains(who.rule())) {
            d.forceStateCounts = d.forceState;
            for (Claim waiting : d.ownSendings) {
                rename(waiting, d.forceState);
            }
            d.ownSendings.clear();
        } else if (claim.source().equals(Claim.UNATTRIBUTED) && (c.forceStateSender() != null || who.byOfficial())
                && d.ownSendings.size() < MAX_WAITING) {
            d.ownSendings.add(claim);
        }
    }

    /** At most this many claims wait for their sender to speak: an article's worth. */
    private static final int MAX_WAITING = 64;

    private void rename(Claim c, String source) {
        int index = claims.indexOf(c);
        if (index < 0) {
            return;
        }
        Claim named = c.withSource(source, null);
        claims.remove(index);
        if (!repeats(named)) {
            claims.add(index, named);
        }
        if (explanations != null) {
            for (int i = 0; i < explanations.size(); i++) {
                Explanation e = explanations.get(i);
                if (c.equals(e.claim())) {
                    explanations.set(i, new Explanation(e.figure(), e.evidence(), named, e.valueRule(), e.countRule(), e.kindRule(),
                            NOT_SPOKEN.contains(e.claimantRule()) ? "own-sending" : e.claimantRule(), e.placeRule()));
                }
            }
        }
        if (d.awaitingSpeaker.contains(c)) {
            List<Claim> still = new ArrayList<>(d.awaitingSpeaker);
            still.remove(c);
            d.awaitingSpeaker = still;
        }
    }

    public List<Claim> claims() {
        return List.copyOf(claims);
    }

    /** Why each figure became a claim or not, in the article's order; empty unless asked for. */
    public List<Explanation> explanations() {
        return explanations == null ? List.of() : List.copyOf(explanations);
    }

    private void explainDropped(Sentence s, FigureMention f, String rule) {
        if (explanations != null) {
            explanations.add(new Explanation(figureText(s, f), s.evidence(), null, f.form(), rule, null, null, null));
        }
    }

    private static String figureText(Sentence s, FigureMention f) {
        Token first = s.get(f.first());
        Token last = s.get(f.last());
        return new String(s.text, first.start(), last.end() - first.start());
    }

    /**
     * Claims of earlier sentences that named nobody get the claimant this sentence names for them:
     * "This was reported by the head of Ukraine's military intelligence" after the figure; the
     * speaker named where a quotation that ran over sentences closes; "Lee was speaking after being
     * briefed by the NIS" after what Lee said.
     */
    private void nameTheClaimantsAwaited(Sentence s, List<Frame> frames) {
        if (d.awaitingSpeaker.isEmpty()) {
            return;
        }
        List<String> named = null;
        if (d.awaitingQuoteClose) {
            int close = -1;
            for (int k = 0; k < s.size(); k++) {
                if (Lexicon.isQuote(s.get(k)) && (k == 0 || s.inQuote(k - 1))) {
                    close = k;
                    break;
                }
            }
            if (close >= 0) {
                for (Frame f : frames) {
                    if (f.anchor() > close && f.anchor() <= close + 5 && f.who() != null) {
                        Who who = f.relay() != null && f.relay().isNamed() ? f.relay() : f.who();
                        named = who.isNamed() ? who.parties() : who.type() == Who.Type.BACK ? d.pointedTo(who.ref()) : null;
                        break;
                    }
                }
            }
        } else if (reportsTheSentenceBefore(s) || speakerWasBriefed(s)) {
            for (Frame f : frames) {
                Who who = f.relay() != null ? f.relay() : f.who();
                if (who != null && who.isNamed()) {
                    named = who.parties();
                    break;
                }
            }
        }
        if (named == null) {
            return;
        }
        for (Claim c : d.awaitingSpeaker) {
            Claim named0 = c.withSource(named.get(0), null);
            int index = claims.indexOf(c);
            if (index >= 0) {
                claims.set(index, named0);
            } else {
                add(named0); // the claim repeated one already made; named now, it is a claim of its own
            }
        }
        d.awaitingSpeaker = List.of();
    }

    /**
     * "This was reported by the head of Ukraine's military intelligence, Kyrylo Budanov.", "This
     * decision was made by Kim, the agency reports, citing Shoigu": a sentence that opens with
     * "This/That/It (figure, decision ...) was reported/stated/made by".
     */
    private static boolean reportsTheSentenceBefore(Sentence s) {
        if (s.size() < 5 || !(s.is(0, "this") || s.is(0, "that") || s.is(0, "it") || s.is(0, "these"))) {
            return false;
        }
        int be = s.in(1, Lexicon.REPORTED_MATTER) ? 2 : 1;
        return s.in(be, Lexicon.PASSIVE_BE) && (s.in(be + 1, Lexicon.REPORTING) || s.is(be + 1, "made"));
    }

    /** "Lee was speaking after being briefed by NIS officials.", "He spoke after a closed-door briefing by the agency." */
    private static boolean speakerWasBriefed(Sentence s) {
        return !s.figures.isEmpty() ? false : s.has(Lexicon.BRIEFING) && s.size() >= 4
                && (s.in(0, Lexicon.PRONOUNS) || s.get(0).isCapitalized() && (s.in(1, Lexicon.PASSIVE_BE) || s.get(1).isCapitalized()
                || s.is(1, "spoke") || s.is(1, "made")));
    }

    /** What this sentence leaves for the next ones to read with. */
    private void remember(Sentence s, List<Frame> frames, boolean continues, List<Claim> defaulted, boolean personnelHere) {
        Frame lastNamedFrame = null;
        for (Frame f : frames) {
            if (f.who() != null && f.who().isNamed() && (lastNamedFrame == null || f.anchor() >= lastNamedFrame.anchor())) {
                lastNamedFrame = f;
            }
        }
        if (lastNamedFrame != null) {
            // in the sentence's order, so that "he" is the last person who spoke, "it" the last body
            List<Frame> named = new ArrayList<>();
            for (Frame f : frames) {
                if (f.who() != null && f.who().isNamed()) {
                    named.add(f);
                }
            }
            named.sort(java.util.Comparator.comparingInt(Frame::anchor));
            for (Frame f : named) {
                Who relay = f.relay();
                if (relay != null && relay.isNamed()) {
                    d.named(relay, relay.parties());
                    d.named(f.who(), relay.parties()); // "Lee said, citing the NIS": Lee speaks for the NIS's state
                } else {
                    d.named(f.who(), f.who().parties());
                }
            }
        } else if (!s.aliases.isEmpty()) {
            // "Budanov spoke to reporters. He said ...", "The NIS briefed lawmakers. The agency said ...": the party
            // that opens the sentence, or a named person in it, is whom a pronoun points back to
            Who opening = Parties.interpret(s, 0, Math.max(0, Parties.phraseEndAfter(s, 0)), d);
            if (opening != null && opening.isNamed() && !s.aliases.get(0).force()) {
                d.named(opening, opening.parties());
            } else {
                for (AliasMatch m : s.aliases) {
                    if (m.alias().type() == EntityType.PERSON && m.sourceId() != null) {
                        d.named(Who.namedPerson(List.of(m.sourceId())), List.of(m.sourceId()));
                        break;
                    }
                }
            }
        }
        List<String> claimant = null;
        for (Frame f : frames) {
            if (f.who() == null || f.rule().equals("rumour-or-question") || f.rule().equals("denial")) {
                continue;
            }
            Who who = f.relay() != null && f.relay().isNamed() ? f.relay() : f.who();
            List<String> parties = who.type() == Who.Type.BACK ? d.pointedTo(who.ref()) : who.isNamed() ? who.parties()
                    : d.unnamedSpeaker(who);
            if (parties != null) {
                claimant = parties;
            }
        }
        if (claimant != null) {
            d.previousClaimant = claimant;
        } else if (!continues) {
            d.previousClaimant = null;
        }
        d.previousParagraph = s.paragraph;
        // a quotation left open: its speaker is the one named before it opened, or the one named where it closes
        boolean wasOpen = d.quoteOpen;
        d.quoteOpen = s.endsInQuote;
        if (s.endsInQuote && !wasOpen) {
            d.openQuoteSpeaker = null;
            for (Frame f : frames) {
                if (f.who() != null && f.who().isNamed() && !s.inQuote(f.anchor())) {
                    d.openQuoteSpeaker = f.who().parties();
                }
            }
        } else if (!s.endsInQuote) {
            d.openQuoteSpeaker = null;
        }
        if (!defaulted.isEmpty()) {
            d.awaitingSpeaker = defaulted;
            d.awaitingQuoteClose = s.endsInQuote;
        } else if (!(d.awaitingQuoteClose && s.endsInQuote)) {
            d.awaitingSpeaker = List.of();
        }
        // which armed group the article speaks of now
        Discourse.Group group = Discourse.Group.NONE;
        for (AliasMatch m : s.aliases) {
            group = Counted.groupOf(s, m, group);
        }
        if (group != Discourse.Group.NONE) {
            d.lastGroup = group;
            d.sentencesSinceGroup = 0;
        } else {
            d.sentencesSinceGroup++;
        }
        d.sentencesSincePersonnel = personnelHere ? 0 : d.sentencesSincePersonnel + 1;
        boolean militaryWorkers = false;
        for (int k = 0; k + 1 < s.size() && !militaryWorkers && s.has(Lexicon.MILITARY_MODIFIERS); k++) {
            militaryWorkers = s.is(k, "military") && (s.in(k + 1, Lexicon.PEOPLE) || s.in(k + 2, Lexicon.PEOPLE));
        }
        d.sentencesSinceMilitaryWorkers = militaryWorkers ? 0 : d.sentencesSinceMilitaryWorkers + 1;
    }

    /**
     * A transcript's speaker label opening a paragraph: "MS. SINGH:", "DEPUTY PRESS SECRETARY
     * SABRINA SINGH:", "Q:". Words in capitals (and their periods) up to a colon; the party of a
     * name in it, else unattributed (a reporter's question, a speaker of no party known). Null when
     * the paragraph opens with no label.
     */
    private List<String> speakerLabel(Sentence s) {
        int colon = -1;
        for (int k = 0; k < Math.min(s.size(), 9); k++) {
            Token t = s.get(k);
            if (t.is(":")) {
                colon = k;
                break;
            }
            if (!(t.is(".") || t.isWord() && isShouted(t.text()))) {
                return null;
            }
        }
        if (colon < 1) {
            return null;
        }
        for (AliasMatch m : s.aliases) {
            // a headline's "NIS: ..." names a claimant, not a turn; a transcript's first line may open with one
            // "SEOUL:" opening a paragraph is a dateline, not a turn: a state's name never has the floor
            boolean person = m.alias().type() == EntityType.PERSON;
            if (m.last() < colon && m.sourceId() != null && m.alias().type() != EntityType.STATE
                    && (person || !s.isTitle && m.alias().type() != EntityType.OUTLET)) {
                return List.of(m.sourceId());
            }
        }
        if (s.isTitle) {
            return null;
        }
        List<String> known = d.speakers.get(s.get(colon - 1).lower());
        if (known != null) {
            return known;
        }
        // "Q:", "MR. SMITH:": a turn of someone who speaks for no party known; other capitals before
        // a colon ("READ MORE:", "UPDATE:") are page furniture, not turns
        return s.in(0, Lexicon.TURN_OPENERS) || s.is(0, "a") && s.is(1, ":") ? Who.UNATTRIBUTED : null;
    }

    private static boolean isShouted(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Whether the article already made this claim (value, low, source and kind). */
    private boolean repeats(Claim c) {
        for (Claim existing : claims) {
            if (existing.sameClaimAs(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the claim is new to the article */
    private boolean add(Claim c) {
        return add(c, false);
    }

    /** @param kindByDefault the claim is deployed only because nothing said otherwise */
    private boolean add(Claim c, boolean kindByDefault) {
        if (repeats(c)) {
            return false; // one claim per article; the first sentence is its evidence
        }
        for (Claim existing : claims) {
            if (kindByDefault && existing.kind() == Kind.CASUALTIES && existing.value() == c.value()
                    && Objects.equals(existing.low(), c.low()) && existing.source().equals(c.source())) {
                // "two prisoners of war", then "two soldiers ... were excluded from the exchange": the same lost
                // people, not also a deployment ("the two soldiers entered DR Congo" says one)
                return false;
            }
        }
        return claims.add(c);
    }
}
