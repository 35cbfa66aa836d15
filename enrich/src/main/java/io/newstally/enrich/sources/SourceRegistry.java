package io.newstally.enrich.sources;

import io.newstally.contracts.EntityType;
import io.newstally.enrich.story.Story;
import io.newstally.enrich.story.StoryFile;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can make a claim, by every name the press uses, built from three layers of data, the
 * later overriding the earlier for the same name:
 * <ol>
 *   <li>every independent state by its names, other spellings, demonyms and capitals
 *       ({@link StateNames}); a name two states share ("Congolese") is left to the article to
 *       decide;</li>
 *   <li>the world's other parties and well-known bodies of states, which no story needs to repeat
 *       ({@code world.json}: the UN and its missions, NATO, think tanks, rights groups, the
 *       Pentagon, the NIS, news outlets);</li>
 *   <li>the story: its force (its state and its own names), and the people and bodies it adds.</li>
 * </ol>
 * Matching is a hash lookup on each token and, for longer aliases, on the next one ("the"
 * starts a dozen aliases), then a check of the tokens after, longest alias first.
 */
public final class SourceRegistry {

    private final Map<String, Candidates> byFirstToken = new HashMap<>();
    /**
     * The same for aliases whose first word may be written in lower case ("the North", "presidential
     * office"): a lower-case token, most of a text, is looked up here only, a much smaller map.
     */
    private final Map<String, Candidates> byLowerFirstToken = new HashMap<>();
    /** Aliases by their lower-cased text, the later layer replacing the earlier. */
    private final Map<String, Alias> byText = new LinkedHashMap<>();
    /** What a full name unlocks: the keys of its short names ("Pat Ryder" unlocks "Ryder" of US). */
    private final Map<String, List<String>> unlocks = new HashMap<>();
    /** The readable name of every party id. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Story story;
    /** Aliases with a later token that starts another alias ("the North" and "North Korean"). */
    private final Set<Alias> overlapping = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The aliases that start with one token: longer ones by their second token, longest first; the one-token aliases. */
    private record Candidates(Map<String, List<Alias>> bySecondToken, List<Alias> oneToken) {
    }

    private SourceRegistry(Story story, List<StateNames> states, StoryFile.World world) {
        this.story = story;
        Set<String> storyParties = new LinkedHashSet<>();
        storyParties.add(story.force().state());
        story.parties().forEach(p -> storyParties.add(p.id()));
        Set<String> stateCodes = new LinkedHashSet<>();
        states.forEach(s -> stateCodes.add(s.code()));

        // 1. every state, by what the data calls it; a name shared by states lists them all
        Map<String, Set<String>> codesByName = new HashMap<>();
        Map<String, String> writtenByName = new HashMap<>();
        for (StateNames s : states) {
            names.put(s.code(), s.names().isEmpty() ? s.code() : s.names().iterator().next());
            for (Set<String> ns : List.of(s.names(), s.demonyms(), s.capitals())) {
                for (String n : ns) {
                    String key = lowerTokens(n);
                    codesByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.code());
                    writtenByName.putIfAbsent(key, n);
                }
            }
        }
        codesByName.forEach((key, codes) -> {
            String written = writtenByName.get(key);
            if (codes.size() == 1) {
                String code = codes.iterator().next();
                add(written, EntityType.STATE, code, names.get(code), false, code.equals(story.force().state()),
                        storyParties.contains(code), null);
            } else {
                add(written, EntityType.STATE, null, written, false, false, false, codes.toArray(String[]::new));
            }
        });
        // 2. the world's parties and bodies; 3. the story's
        for (List<Story.Party> layer : List.of(world.parties(), story.parties())) {
            for (Story.Party p : layer) {
                boolean state = stateCodes.contains(p.id());
                names.putIfAbsent(p.id(), p.name() != null ? p.name() : p.id());
                if (p.name() != null && !state) {
                    names.put(p.id(), p.name());
                }
                boolean force = p.id().equals(story.force().state());
                boolean listed = storyParties.contains(p.id());
                for (String n : p.names()) {
                    add(n, state ? EntityType.STATE : EntityType.ORGANIZATION, p.id(), names.get(p.id()), false, force, listed, null);
                }
                for (String b : p.bodies()) {
                    add(b, EntityType.ORGANIZATION, p.id(), b, false, force, listed, null);
                }
                for (Story.Person person : p.people()) {
                    add(person.name(), EntityType.PERSON, p.id(), person.name(), false, force, listed, null);
                    // a distinctive surname ("Zelensky") stands alone; a common one ("Park") only after the full name,
                    // whichever of the full names that share it ("Pat Ryder", "Patrick Ryder")
                    for (String sh : person.shortNames()) {
                        String key = p.id() + ":" + sh;
                        unlocks.computeIfAbsent(person.name(), n -> new ArrayList<>()).add(key);
                        add(sh, EntityType.PERSON, p.id(), key, !person.distinctive(), force, listed, null);
                    }
                }
            }
        }
        // the force's own names stand for the force and speak for its state ("Africa Corps announced")
        for (String n : story.force().names()) {
            add(n, EntityType.ORGANIZATION, story.force().state(), n, false, true, true, null);
        }
        for (List<String> outlets : List.of(world.outlets(), story.outlets())) {
            for (String o : outlets) {
                add(o, EntityType.OUTLET, null, o, false, false, false, null);
            }
        }
        for (String place : story.places()) {
            add(place, EntityType.PLACE, null, place, false, false, false, null);
        }
        for (Alias a : byText.values()) {
            index(a);
        }
        for (Candidates c : concat(byFirstToken.values(), byLowerFirstToken.values())) {
            for (List<Alias> list : c.bySecondToken().values()) {
                list.sort(Comparator.comparingInt((Alias a) -> a.tokens().length).reversed());
                for (Alias a : list) {
                    for (int k = 1; k < a.tokens().length; k++) {
                        if (byFirstToken.containsKey(a.tokens()[k])) {
                            overlapping.add(a);
                        }
                    }
                }
            }
        }
    }

    private static List<Candidates> concat(java.util.Collection<Candidates> a, java.util.Collection<Candidates> b) {
        List<Candidates> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The registry of a story, with every state and the world's parties. */
    public static SourceRegistry of(Story story) {
        return new SourceRegistry(story, StateNames.bundled(), StoryFile.world(StoryFile.WORLD_RESOURCE));
    }

    /** The registry of the built-in story (North Korea's troops sent to Russia). */
    public static SourceRegistry bundled() {
        return Bundled.REGISTRY;
    }

    private static final class Bundled {
        static final SourceRegistry REGISTRY = of(StoryFile.defaultStory());
    }

    public Story story() {
        return story;
    }

    /** Every party id the registry knows, states first. */
    public Set<String> sourceIds() {
        return Collections.unmodifiableSet(names.keySet());
    }

    /** The name people read for a party id ("South Korea", "Human Rights Watch"); the id itself when unknown. */
    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    static String lowerTokens(String text) {
        List<Token> toks = Tokenizer.tokenize(text, 0, text.length());
        StringBuilder sb = new StringBuilder();
        for (Token t : toks) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.lower());
        }
        return sb.toString();
    }

    private void index(Alias alias) {
        String[] lower = alias.tokens();
        List<Map<String, Candidates>> maps = alias.caseRules()[0] == Alias.ANY_CASE
                ? List.of(byFirstToken, byLowerFirstToken) : List.of(byFirstToken);
        for (Map<String, Candidates> map : maps) {
            Candidates c = map.computeIfAbsent(lower[0], k -> new Candidates(new HashMap<>(), new ArrayList<>()));
            if (lower.length == 1) {
                c.oneToken().add(alias);
            } else {
                c.bySecondToken().computeIfAbsent(lower[1], k -> new ArrayList<>()).add(alias);
            }
        }
    }

    private void add(String text, EntityType type, String sourceId, String canonical, boolean needsFull, boolean force,
                     boolean storyParty, String[] candidates) {
        for (String variant : variants(text, type)) {
            Alias a = alias(variant, type, sourceId, canonical, needsFull, force, storyParty, candidates);
            if (a != null) {
                byText.put(String.join(" ", a.tokens()), a); // a later layer replaces an earlier one
            }
        }
    }

    /**
     * A name's tokens with how each must be written: acronyms exactly ("US", not "us"), words
     * the data capitalises capitalised ("the North", not "the north"), other words in any case.
     */
    static Alias alias(String text, EntityType type, String sourceId, String canonical, boolean needsFull, boolean force,
                       boolean storyParty, String[] candidates) {
        List<Token> toks = Tokenizer.tokenize(text, 0, text.length());
        if (toks.isEmpty()) {
            return null;
        }
        String[] lower = new String[toks.size()];
        String[] written = new String[toks.size()];
        byte[] rules = new byte[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            lower[i] = t.lower();
            written[i] = t.text();
            rules[i] = isAcronym(t.text()) ? Alias.EXACT : t.isCapitalized() ? Alias.CAPITALIZED : Alias.ANY_CASE;
        }
        return new Alias(lower, rules, written, type, sourceId, canonical, needsFull, force, storyParty, candidates);
    }

    /** "Park Sun-won" is also printed "Park Sunwon" and "Park Sun Won". */
    private static List<String> variants(String text, EntityType type) {
        if (type != EntityType.PERSON || text.indexOf('-') <= 0) {
            return List.of(text);
        }
        return List.of(text, text.replace("-", ""), text.replace('-', ' '));
    }

    static boolean isAcronym(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        // "NIS", "U.S.", "DPRK", "FARDC"; "MoD" too: more capitals than one, no word of lower case
        return letters > 0 && letters <= 6 && (upper == letters || upper >= 2 && upper * 2 >= letters && s.length() <= 4);
    }

    /**
     * Every alias in the tokens, longest first, not overlapping. Short names count only once
     * their full name is in the article's memory, which this call extends with the full names,
     * states and bracketed short names of the sentence.
     */
    public List<AliasMatch> find(List<Token> tokens, ArticleMemory memory) {
        List<AliasMatch> out = null; // most sentences name nobody: no list for them
        int i = 0;
        while (i < tokens.size()) {
            AliasMatch found = longestAt(tokens, i, memory);
            // "the North Korean troops": "North Korean" overlaps "the North" and reaches further, so it wins
            for (int j = i + 1; found != null && overlapping.contains(found.alias()) && j <= found.last(); j++) {
                AliasMatch later = longestAt(tokens, j, memory);
                if (later != null && later.last() > found.last()) {
                    found = later;
                }
            }
            if (found == null && !memory.introduced.isEmpty() && tokens.get(i).isWord()) {
                Alias a = memory.introduced.get(tokens.get(i).text());
                found = a == null ? null : new AliasMatch(a, i, i);
            }
            if (found != null) {
                if (found.alias().type() == EntityType.PERSON && !found.alias().needsFullName()) {
                    // "Cho Tae-yong ... Cho told", in one sentence too
                    memory.fullNamesSeen.addAll(unlocks.getOrDefault(found.alias().canonical(), List.of()));
                }
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(found);
                i = found.last() + 1;
            } else {
                i++;
            }
        }
        if (out == null) {
            return List.of();
        }
        remember(tokens, out, memory);
        return withOwners(tokens, out, memory);
    }

    private AliasMatch longestAt(List<Token> tokens, int i, ArticleMemory memory) {
        Token t = tokens.get(i);
        Candidates candidates = !t.isWord() ? null : t.startsLowerCase() ? byLowerFirstToken.get(t.lower()) : byFirstToken.get(t.lower());
        if (candidates == null) {
            return null;
        }
        AliasMatch found = null;
        if (i + 1 < tokens.size()) {
            found = firstMatch(candidates.bySecondToken().get(tokens.get(i + 1).lower()), tokens, i, memory);
        }
        return found != null ? found : firstMatch(candidates.oneToken(), tokens, i, memory);
    }

    private static AliasMatch firstMatch(List<Alias> aliases, List<Token> tokens, int at, ArticleMemory memory) {
        if (aliases == null) {
            return null;
        }
        for (Alias a : aliases) {
            if (matches(a, tokens, at) && (!a.needsFullName() || memory.fullNamesSeen.contains(a.canonical()))) {
                AliasMatch m = new AliasMatch(a, at, at + a.tokens().length - 1);
                if (a.candidates() == null) {
                    return m;
                }
                String state = resolve(a, memory);
                return m.resolvedTo(state, state != null && state.equals(memory.forceState));
            }
        }
        return null;
    }

    /** A name several states share is the one of them the article has named by a name of its own; else none yet. */
    private static String resolve(Alias a, ArticleMemory memory) {
        String chosen = null;
        for (String code : a.candidates()) {
            if (memory.statesSeen.contains(code)) {
                if (chosen != null) {
                    return null; // the article names both
                }
                chosen = code;
            }
        }
        return chosen;
    }

    private static boolean matches(Alias a, List<Token> tokens, int at) {
        String[] want = a.tokens();
        if (at + want.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < want.length; k++) {
            Token t = tokens.get(at + k);
            // the first two tokens are the ones the alias was looked up by
            if (k > 1 && !t.lower().equals(want[k])) {
                return false;
            }
            byte rule = a.caseRules()[k];
            if (rule == Alias.EXACT && !t.text().equals(a.written()[k]) || rule == Alias.CAPITALIZED && !t.isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the sentence's full names and unambiguous states to the article's memory, and the
     * short names it introduces in brackets: "the Rwanda Defence Force (RDF)" makes "RDF" an alias
     * of the same party; "the Strategic Framework for ... Azawad (CSP-DPA)", a name in capitals no
     * registry knows, makes "CSP-DPA" a party of its own, as the guidelines name a group by its
     * short name.
     */
    private static void remember(List<Token> tokens, List<AliasMatch> matches, ArticleMemory memory) {
        for (AliasMatch m : matches) {
            if (m.alias().type() == EntityType.STATE && m.alias().candidates() == null && m.sourceId() != null) {
                memory.statesSeen.add(m.sourceId());
            }
            int open = m.last() + 1;
            if (open + 2 < tokens.size() && tokens.get(open).is("(") && tokens.get(open + 2).is(")")
                    && m.sourceId() != null && m.alias().type() != EntityType.PERSON) {
                String shortName = tokens.get(open + 1).text();
                if (isAcronym(shortName) || shortName.indexOf('-') > 0 && shortName.equals(shortName.toUpperCase())) {
                    memory.introduced.putIfAbsent(shortName, alias(shortName, m.alias().type(), m.sourceId(), m.alias().canonical(),
                            false, m.alias().force(), m.alias().storyParty(), null));
                }
            }
        }
    }

    /**
     * An organisation's name is often shared by many states ("Ministry of Defence", "the
     * defence ministry"): a state named with it, before ("Ukraine's", "Dutch") or after
     * ("of the Netherlands"), is the party it stands for.
     */
    private static List<AliasMatch> withOwners(List<Token> tokens, List<AliasMatch> matches, ArticleMemory memory) {
        for (int m = 0; m < matches.size(); m++) {
            AliasMatch org = matches.get(m);
            if (org.alias().type() != EntityType.ORGANIZATION) {
                continue;
            }
            String owner = null;
            if (m > 0 && isState(matches.get(m - 1))) {
                AliasMatch before = matches.get(m - 1);
                int gap = org.first() - before.last();
                if (gap == 1 || gap == 2 && tokens.get(before.last() + 1).is("'s")) {
                    owner = before.sourceId();
                }
            }
            if (owner == null && m + 1 < matches.size() && isState(matches.get(m + 1))) {
                AliasMatch after = matches.get(m + 1);
                int k = org.last() + 1;
                if (k < tokens.size() && tokens.get(k).is("of")) {
                    k++;
                    if (k < tokens.size() && tokens.get(k).is("the")) {
                        k++;
                    }
                    if (after.first() == k) {
                        owner = after.sourceId();
                    }
                }
            }
            if (owner != null && !owner.equals(org.sourceId())) {
                matches.set(m, org.ownedBy(owner));
            }
        }
        return matches;
    }

    private static boolean isState(AliasMatch m) {
        return m.alias().type() == EntityType.STATE && m.sourceId() != null;
    }
}
