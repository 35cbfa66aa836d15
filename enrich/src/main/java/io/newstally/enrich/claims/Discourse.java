package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading an article carries from one sentence to the next, as the guidelines carry it:
 * the last party named (for "he", "the agency"), the claimant of the report going on, the
 * speaker of a quotation or transcript turn still open, the people the article introduced with
 * their party, and which armed group it was last speaking of. One per article; every field is
 * bounded by the article.
 */
final class Discourse {

    /** The article's year (published, else ingested), or null when unknown. */
    final Integer articleYear;
    /** People the article introduced with their party, by surname: "HUR spokesman Andriy Yusov" then "Yusov said". */
    final Map<String, List<String>> speakers = new HashMap<>();
    /**
     * Bodies the article introduced with their party, by the words that describe them: "CAR's ministry of
     * defence" then "one ministry of defence official said"; "the Tuareg rebel alliance, known as the ...
     * (CSP-DPA)" then "Tuareg rebels said".
     */
    final Map<List<String>, List<String>> bodies = new HashMap<>();
    /**
     * The party each kind of body was last named with: "a panel of UN experts" gives "experts" and
     * "panel" (one kind, {@link Parties#headKind}) to the UN; "the panel" later points back to it,
     * not to whoever spoke last. Bounded by the article's words.
     */
    final Map<String, List<String>> headParties = new HashMap<>();
    /** Every word of those descriptions. */
    final java.util.Set<String> bodyWords = new java.util.HashSet<>();

    /** The parties last named as a speaker or subject: what "they" points back to; and of a person ("he"), of a body ("it"). */
    List<String> lastNamed;
    List<String> lastPerson;
    List<String> lastBody;

    /** Whom "he", "it" or "the agency" points back to; null when nobody was named yet. */
    List<String> pointedTo(Who.Ref ref) {
        if (ref == Who.Ref.GOVERNMENT && forceStateCounts != null) {
            return List.of(forceStateCounts); // "the Navy said" in an article where the force's state counts its own
        }
        List<String> p = ref == Who.Ref.PERSON ? lastPerson : ref == Who.Ref.BODY || ref == Who.Ref.GOVERNMENT ? lastBody : null;
        return p != null ? p : lastNamed;
    }

    /** A speaker named: what later pronouns and "the agency" may point back to. */
    void named(Who who, List<String> parties) {
        lastNamed = parties;
        if (who.ref() == Who.Ref.PERSON) {
            lastPerson = parties;
        } else {
            lastBody = parties;
        }
    }
    /** The claimant of the last sentence's report, and its paragraph: a sentence naming nobody continues it. */
    List<String> previousClaimant;
    int previousParagraph = -10;
    /** In a transcript, the parties of whoever has the floor ("MS. SINGH:"); null outside one. */
    List<String> turnSpeaker;
    /** A quotation left open by an earlier sentence, and its speaker when one was named before it opened. */
    boolean quoteOpen;
    List<String> openQuoteSpeaker;
    /** Claims waiting for a speaker named later: the open quotation's, or the next sentence's "This was reported by X". */
    List<Claim> awaitingSpeaker = List.of();
    boolean awaitingQuoteClose;

    /**
     * The force's state, once the article has it give a figure of its own people by a frame ("the
     * Pentagon said 900 more troops would deploy"): a state that counts its own people speaks for its
     * own sendings ("the Pentagon is sending 1,500 more") too. Null until then.
     */
    String forceStateCounts;
    /** The story's force's state ("US"): whose sendings and officials {@link #forceStateCounts} may make its own. */
    final String forceState;
    /**
     * Claims whose sender was the force's state and that named nobody, made before that state counted its
     * own people: theirs once it does. Bounded by the article's figures.
     */
    final List<Claim> ownSendings = new java.util.ArrayList<>();

    /** The kind of the last claim: what "the figure" of a later sentence counts. */
    io.newstally.contracts.Kind lastKind;
    /** The value of the last claim: what "twice that many" multiplies. */
    double lastValue;

    /** The armed group the article last spoke of, and how many sentences ago. */
    Group lastGroup = Group.NONE;
    int sentencesSinceGroup = 1000;
    /** How many sentences ago the article last named people of an armed force ("troops", "soldiers"). */
    int sentencesSincePersonnel = 1000;
    /** How many sentences ago the article last named military workers ("military workers", "military builders"). */
    int sentencesSinceMilitaryWorkers = 1000;

    /** An armed group as the article speaks of it: the story's force, another one, or none yet. */
    enum Group { FORCE, OTHER, NONE }

    Discourse(Integer articleYear, String forceState) {
        this.articleYear = articleYear;
        this.forceState = forceState;
    }

    /**
     * Whose an unnamed speaker's word is: an official's ("a defense official said") is the force's state's
     * once that state counts its own people in the article; anyone else's, and an official's before then, nobody's.
     */
    List<String> unnamedSpeaker(Who who) {
        return who.equals(Who.UNNAMED_OFFICIAL) && forceStateCounts != null ? List.of(forceStateCounts) : Who.UNATTRIBUTED;
    }

    /** The force was spoken of in this sentence or the three before, and no other group since. */
    boolean forceInFocus() {
        return lastGroup == Group.FORCE && sentencesSinceGroup <= 3;
    }
}
