package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.Json;
import io.newstally.enrich.sources.Gazetteer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place a figure is tied to comes from the gazetteer, the states, the story's places and the
 * patterns of a region ("the X region", "X Oblast"), never from any capitalised phrase after "in"
 * or "to". Sentences of our own; the places of the visible evaluation sets' gold claims too.
 */
class PlacesTest {

    private static final Enricher ENRICHER = Enricher.withBundledSources();

    private static String placeOf(String body) {
        List<Claim> claims = ENRICHER.claims(new Article("t", null, null, "North Korean troops in Russia", body, null,
                Instant.EPOCH, "h", "test"));
        assertThat(claims).as(body).hasSize(1);
        return claims.get(0).location();
    }

    @Test
    void theGazetteerKnowsTownsDivisionsAndRegions() {
        assertThat(Gazetteer.size()).isGreaterThan(100_000);
        for (String place : List.of("Goma", "Bukavu", "Ouagadougou", "Bamako", "Vladivostok", "Ussuriysk", "Erbil",
                "North Kivu", "Kursk Oblast", "Kursk", "Middle East", "Sahel", "Horn of Africa", "KHABAROVSK", "Kramatorsk", "Sant Julia de Loria")) {
            assertThat(Gazetteer.knows(place)).as(place).isTrue();
        }
        assertThat(Gazetteer.knows("Pentagon")).isFalse();
        assertThat(Gazetteer.knows("Monday")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ussuriysk", "Khabarovsk", "Vladivostok", "Goma", "North Kivu", "Ouagadougou", "the Middle East",
        "the Russian Far East", "eastern Russia", "the Kursk region", "Kursk Oblast", "Russia's Kursk region", "the Sahel"})
    void aPlaceAfterAPrepositionIsTheFiguresPlace(String place) {
        String got = placeOf("Seoul said 3,000 North Korean soldiers had been sent to " + place + ".");
        assertThat(got).isEqualTo(place.replaceFirst("^the ", "").replaceFirst("^Russia's ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Seoul said 3,000 North Korean soldiers had been sent to Police the border.",
        "Seoul said 3,000 North Korean soldiers were sent in Secret.",
        "Seoul told Parliament that 3,000 North Korean soldiers were in Training.",
        "Seoul said 3,000 North Korean soldiers had been sent, according to the UK Ministry of Defence.",
        "North Korea Is Set To Send 3,000 More Soldiers, Seoul Says."})
    void aCapitalisedWordThatNamesNoPlaceIsNoPlace(String body) {
        assertThat(placeOf(body)).isNull();
    }

    /** Every place the two readers wrote down, in the sets whose claims may be read (not the validation set). */
    @Test
    void thePlacesOfTheVisibleGoldClaimsAreFound() throws Exception {
        Path eval = Path.of(System.getProperty("newstally.shared.dir", "../../shared"), "eval");
        assumeTrue(Files.isDirectory(eval), "no shared evaluation data at " + eval.toAbsolutePath());
        Set<String> places = new TreeSet<>();
        // a proper name, with a direction or a region noun at most: "Kursk region", "eastern DR Congo"
        Pattern name = Pattern.compile("((eastern|western|northern|southern|east|west|north|south) )?"
                + "[A-Z][\\p{L}.'-]*( [A-Z][\\p{L}.'-]*)*( (region|Oblast|province))?");
        for (String set : List.of("dev", "wide", "wide2", "stories/rwanda-drc", "stories/wagner-africa")) {
            for (String line : Files.readAllLines(eval.resolve(set).resolve("gold.jsonl"))) {
                if (!line.isBlank()) {
                    String location = Json.MAPPER.readTree(line).path("location").asText("");
                    if (name.matcher(location).matches()) {
                        places.add(location);
                    }
                }
            }
        }
        assertThat(places).hasSizeGreaterThan(15);
        for (String place : places) {
            String got = placeOf("Seoul said 3,000 North Korean soldiers had been sent to " + place + ".");
            assertThat(got).as("the gold location %s", place).isEqualTo(place);
        }
    }
}
