package io.newstally.enrich.sources;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.EntityType;
import io.newstally.contracts.Json;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can make a claim, by every name the press uses, loaded from data: the bundled
 * {@code sources.json} for the North Korea story, or a user's file for another story.
 * Matching is a hash lookup on each token and, for longer aliases, on the next one ("the"
 * starts a dozen aliases), then a check of the tokens after, longest alias first.
 */
public final class SourceRegistry {

    private final Map<String, Candidates> byFirstToken = new HashMap<>();
    private final Set<String> sourceIds = new LinkedHashSet<>();
    private final String story;
    /** Aliases with a later token that starts another alias ("the North" and "North Korean"). */
    private final Set<Alias> overlapping = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The aliases that start with one token: longer ones by their second token, longest first; the one-token alias. */
    private record Candidates(Map<String, List<Alias>> bySecondToken, List<Alias> oneToken) {
    }

    private SourceRegistry(JsonNode root) {
        this.story = root.path("story").asText("");
        // the force being deployed: its state's own names count as mentions of it too
        String forceSource = root.path("force").path("source").asText(null);
        for (JsonNode s : root.path("sources")) {
            String id = s.path("id").asText();
            sourceIds.add(id);
            String name = s.path("name").asText(id);
            boolean force = id.equals(forceSource);
            for (JsonNode a : s.path("states")) {
                add(a.asText(), EntityType.STATE, id, name, false, force);
            }
            for (JsonNode a : s.path("organizations")) {
                add(a.asText(), EntityType.ORGANIZATION, id, a.asText(), false, force);
            }
            for (JsonNode p : s.path("people")) {
                String full = p.path("name").asText();
                add(full, EntityType.PERSON, id, full, false, force);
                // a distinctive surname ("Zelensky") stands alone; a common one ("Park") only after the full name
                boolean distinctive = p.path("distinctive").asBoolean(false);
                for (JsonNode sh : p.path("short")) {
                    add(sh.asText(), EntityType.PERSON, id, full, !distinctive, force);
                }
            }
        }
        for (JsonNode a : root.path("force").path("aliases")) {
            add(a.asText(), EntityType.STATE, forceSource, a.asText(), false, true);
        }
        for (JsonNode o : root.path("outlets")) {
            add(o.asText(), EntityType.OUTLET, null, o.asText(), false, false);
        }
        for (JsonNode p : root.path("places")) {
            add(p.asText(), EntityType.PLACE, null, p.asText(), false, false);
        }
        if (root.path("everyState").asBoolean(true)) {
            addEveryOtherState(StateNames.bundled());
        }
        for (Candidates c : byFirstToken.values()) {
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

    public static SourceRegistry bundled() {
        try (InputStream in = SourceRegistry.class.getResourceAsStream("/io/newstally/enrich/sources.json")) {
            if (in == null) {
                throw new IllegalStateException("sources.json is missing from the enrich jar");
            }
            return new SourceRegistry(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceRegistry load(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file + " is not a valid sources file: " + e.getMessage(), e);
        }
        if (!root.path("sources").isArray()) {
            throw new IOException(file + " is not a valid sources file: no \"sources\" array");
        }
        return new SourceRegistry(root);
    }

    public String story() {
        return story;
    }

    public Set<String> sourceIds() {
        return sourceIds;
    }

    /**
     * The states the file does not name, by name, demonym and capital, each only as written
     * ("Turkey", not "turkey"; "Chad" the state, not "chad"). A name two states share
     * ("Congolese") or one the file already gives to a source is left out.
     */
    private void addEveryOtherState(List<StateNames> states) {
        Set<String> taken = new java.util.HashSet<>();
        for (Candidates c : byFirstToken.values()) {
            c.oneToken().forEach(a -> taken.add(String.join(" ", a.tokens())));
            c.bySecondToken().values().forEach(list -> list.forEach(a -> taken.add(String.join(" ", a.tokens()))));
        }
        Map<String, Set<String>> codesByName = new HashMap<>();
        for (StateNames s : states) {
            for (Set<String> names : List.of(s.names(), s.demonyms(), s.capitals())) {
                for (String n : names) {
                    codesByName.computeIfAbsent(lowerTokens(n), k -> new LinkedHashSet<>()).add(s.code());
                }
            }
        }
        for (StateNames s : states) {
            if (sourceIds.contains(s.code())) {
                continue; // the file names this state itself, with its bodies and people
            }
            String canonical = s.names().isEmpty() ? s.code() : s.names().iterator().next();
            boolean any = false;
            for (Set<String> names : List.of(s.names(), s.demonyms(), s.capitals())) {
                for (String n : names) {
                    String key = lowerTokens(n);
                    if (!taken.contains(key) && codesByName.get(key).size() == 1) {
                        addAsWritten(n, s.code(), canonical);
                        any = true;
                    }
                }
            }
            if (any) {
                sourceIds.add(s.code());
            }
        }
    }

    private static String lowerTokens(String text) {
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

    private void addAsWritten(String text, String sourceId, String canonical) {
        List<Token> toks = Tokenizer.tokenize(text, 0, text.length());
        if (toks.isEmpty()) {
            return;
        }
        String[] lower = new String[toks.size()];
        String[] exact = new String[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            lower[i] = toks.get(i).lower();
            exact[i] = toks.get(i).isCapitalized() ? toks.get(i).text() : null; // "Republic of Estonia": "of" in any case
        }
        index(new Alias(lower, exact, EntityType.STATE, sourceId, canonical, false, false, false));
    }

    private void index(Alias alias) {
        String[] lower = alias.tokens();
        Candidates c = byFirstToken.computeIfAbsent(lower[0], k -> new Candidates(new HashMap<>(), new ArrayList<>()));
        if (lower.length == 1) {
            c.oneToken().add(alias);
        } else {
            c.bySecondToken().computeIfAbsent(lower[1], k -> new ArrayList<>()).add(alias);
        }
    }

    private void add(String text, EntityType type, String sourceId, String canonical, boolean needsFull, boolean force) {
        for (String variant : variants(text)) {
            List<Token> toks = Tokenizer.tokenize(variant, 0, variant.length());
            if (toks.isEmpty()) {
                continue;
            }
            String[] lower = new String[toks.size()];
            String[] exact = new String[toks.size()];
            boolean anyAcronym = false;
            for (int i = 0; i < toks.size(); i++) {
                lower[i] = toks.get(i).lower();
                String written = toks.get(i).text();
                exact[i] = isAcronym(written) ? written : null;
                anyAcronym |= exact[i] != null;
            }
            index(new Alias(lower, anyAcronym ? exact : null, type, sourceId, canonical, needsFull, force, sourceId != null));
        }
    }

    /** "Park Sun-won" is also printed "Park Sunwon" and "Park Sun Won". */
    private static List<String> variants(String text) {
        List<String> out = new ArrayList<>();
        out.add(text);
        if (text.indexOf('-') > 0) {
            out.add(text.replace("-", ""));
            out.add(text.replace('-', ' '));
        }
        return out;
    }

    private static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 5;
    }

    /**
     * Every alias in the tokens, longest first, not overlapping. Short names count only once
     * their full name is in {@code fullNamesSeen}, which this call extends.
     */
    public List<AliasMatch> find(List<Token> tokens, Set<String> fullNamesSeen) {
        List<AliasMatch> out = null; // most sentences name nobody: no list for them
        int i = 0;
        while (i < tokens.size()) {
            AliasMatch found = longestAt(tokens, i, fullNamesSeen);
            // "the North Korean troops": "North Korean" overlaps "the North" and reaches further, so it wins
            for (int j = i + 1; found != null && overlapping.contains(found.alias()) && j <= found.last(); j++) {
                AliasMatch later = longestAt(tokens, j, fullNamesSeen);
                if (later != null && later.last() > found.last()) {
                    found = later;
                }
            }
            if (found != null) {
                if (found.alias().type() == EntityType.PERSON && !found.alias().needsFullName()) {
                    fullNamesSeen.add(found.alias().canonical());
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
        return out == null ? List.of() : withOwners(tokens, out);
    }

    private AliasMatch longestAt(List<Token> tokens, int i, Set<String> fullNamesSeen) {
        Token t = tokens.get(i);
        Candidates candidates = t.isWord() ? byFirstToken.get(t.lower()) : null;
        if (candidates == null) {
            return null;
        }
        AliasMatch found = null;
        if (i + 1 < tokens.size()) {
            found = firstMatch(candidates.bySecondToken().get(tokens.get(i + 1).lower()), tokens, i, fullNamesSeen);
        }
        return found != null ? found : firstMatch(candidates.oneToken(), tokens, i, fullNamesSeen);
    }

    private static AliasMatch firstMatch(List<Alias> aliases, List<Token> tokens, int at, Set<String> fullNamesSeen) {
        if (aliases == null) {
            return null;
        }
        for (Alias a : aliases) {
            if (matches(a, tokens, at) && (!a.needsFullName() || fullNamesSeen.contains(a.canonical()))) {
                return new AliasMatch(a, at, at + a.tokens().length - 1);
            }
        }
        return null;
    }

    /**
     * An organisation's name is often shared by many states ("Ministry of Defence", "the
     * defence ministry"): a state named with it, before ("Ukraine's", "Dutch") or after
     * ("of the Netherlands"), is the party it stands for.
     */
    private static List<AliasMatch> withOwners(List<Token> tokens, List<AliasMatch> matches) {
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
            if (a.exactCase() != null && a.exactCase()[k] != null && !t.text().equals(a.exactCase()[k])) {
                return false;
            }
        }
        return true;
    }
}
