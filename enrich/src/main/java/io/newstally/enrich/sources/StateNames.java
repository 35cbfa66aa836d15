package io.newstally.enrich.sources;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every independent state by its ISO 3166 alpha-2 code, with the names the press calls it by:
 * its English names from the JDK's {@link Locale} and from mledoze/countries (the npm package
 * world-countries, fetched at build time, ODbL), its demonyms and its capitals, which news
 * prose uses as metonyms ("Tallinn said"). Nobody types 194 states by hand.
 *
 * @param code      ISO 3166 alpha-2
 * @param names     "Estonia", "Czechia"
 * @param demonyms  "Estonian", "Estonians"
 * @param capitals  "Tallinn"
 */
public record StateNames(String code, Set<String> names, Set<String> demonyms, Set<String> capitals) {

    /** A name in Latin letters, as English prose writes it. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z .'-]*");

    private static final String RESOURCE = "/io/newstally/enrich/world-countries/countries.json";

    /** The independent states, in the data's order. */
    public static List<StateNames> bundled() {
        try (InputStream in = StateNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the enrich jar (the build fetches it)");
            }
            return parse(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<StateNames> parse(JsonNode countries) {
        Set<String> iso = Set.of(Locale.getISOCountries());
        List<StateNames> out = new ArrayList<>();
        for (JsonNode c : countries) {
            String code = c.path("cca2").asText();
            if (!c.path("independent").asBoolean(false) || !iso.contains(code)) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            addName(names, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            addName(names, c.path("name").path("common").asText(""));
            // other spellings the press uses ("DRC", "DR Congo", "UK", "DPRK"), in Latin letters, without
            // the ISO code itself and the inverted index forms ("Korea, Republic of"); official names
            // ("Republic of Estonia") open with common words and are rare in news prose, but harmless
            for (JsonNode alt : c.path("altSpellings")) {
                String a = alt.asText("");
                if (!a.equals(code) && a.length() > 1 && a.indexOf(',') < 0 && LATIN_NAME.matcher(a).matches()) {
                    addName(names, a);
                }
            }
            Set<String> demonyms = new LinkedHashSet<>();
            for (String gender : List.of("m", "f")) {
                String d = c.path("demonyms").path("eng").path(gender).asText("");
                if (!d.isBlank()) {
                    demonyms.add(d);
                    if (d.endsWith("an") || d.endsWith("i")) {
                        demonyms.add(d + "s"); // "Estonians", "Israelis"; "the Dutch", "the Swiss" stay as they are
                    }
                }
            }
            Set<String> capitals = new LinkedHashSet<>();
            for (JsonNode cap : c.path("capital")) {
                addName(capitals, cap.asText(""));
            }
            out.add(new StateNames(code, names, demonyms, capitals));
        }
        return out;
    }

    /** "Myanmar (Burma)" gives both; "Congo - Kinshasa" and "Hong Kong SAR China" are the JDK's labels, not names. */
    private static void addName(Set<String> into, String name) {
        String n = name.strip();
        if (n.isEmpty() || n.contains(" - ") || n.contains(" SAR ") || n.contains("&")) {
            return;
        }
        int paren = n.indexOf(" (");
        if (paren > 0 && n.endsWith(")")) {
            into.add(n.substring(0, paren));
            into.add(n.substring(paren + 2, n.length() - 1));
        } else {
            into.add(n);
        }
    }
}
