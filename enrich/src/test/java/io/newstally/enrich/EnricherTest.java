package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.Kind;
import io.newstally.contracts.Qualifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim rules on sentences written for these tests, in the styles of wires, briefs and Korean and Ukrainian outlets. */
class EnricherTest {

    private static final Enricher ENRICHER = Enricher.withBundledSources();

    static List<Claim> claims(String title, String body) {
        return ENRICHER.claims(new Article("t", null, null, title, body, null, Instant.EPOCH, "h", "test"));
    }

    static List<Claim> claims(String body) {
        return claims("North Korean troops in Russia", body);
    }

    @Test
    void reportingVerbNamesTheClaimant() {
        assertThat(claims("John Kirby said on Monday that about 3,000 North Korean soldiers had arrived in Vladivostok."))
                .extracting(Claim::value, Claim::source, Claim::kind, Claim::qualifier, Claim::location)
                .containsExactly(tuple(3000L, "US", Kind.DEPLOYED, Qualifier.ABOUT, "Vladivostok"));
    }

    @Test
    void accordingToAfterTheFigure() {
        assertThat(claims("Some 2,000 North Korean troops crossed into Russia last week, according to a Pentagon official."))
                .extracting(Claim::value, Claim::source).containsExactly(tuple(2000L, "US"));
    }

    @Test
    void outletCitingAnAgencyIsTheAgency() {
        assertThat(claims("Seoul's intelligence service, cited by Yonhap, said 12,000 North Korean soldiers were now in Russia."))
                .extracting(Claim::value, Claim::source).containsExactly(tuple(12000L, "KR"));
    }

    @Test
    void lawmakerAfterBriefingIsTheAgencysState() {
        assertThat(claims("After a briefing by the National Intelligence Service, lawmaker Lee Seong-kweun said 300 North Korean soldiers had been killed."))
                .extracting(Claim::value, Claim::source, Claim::kind).containsExactly(tuple(300L, "KR", Kind.CASUALTIES));
    }

    @Test
    void severalNamedPartiesMakeOneClaimEach() {
        assertThat(claims("According to British and Japanese officials, about 5,000 North Korean troops are deployed near Kursk."))
                .extracting(Claim::source).containsExactlyInAnyOrder("GB", "JP");
    }

    @Test
    void unnamedOfficialsAreUnattributed() {
        assertThat(claims("Western officials said 4,000 North Korean soldiers were stationed in the Far East."))
                .extracting(Claim::source).containsExactly(Claim.UNATTRIBUTED);
    }

    @Test
    void pronounContinuesTheLastSpeaker() {
        assertThat(claims("Ukraine's military intelligence chief Kyrylo Budanov spoke to reporters on Tuesday. "
                + "He said 7,000 North Korean troops had moved toward the front."))
                .extracting(Claim::value, Claim::source).containsExactly(tuple(7000L, "UA"));
    }

    @Test
    void sentenceWithoutClaimantContinuesThePreviousReport() {
        assertThat(claims("Japan's defence minister said 4,000 North Korean soldiers had crossed the border. "
                + "A further 1,000 will follow next month."))
                .extracting(Claim::value, Claim::source, Claim::kind)
                .containsExactly(tuple(4000L, "JP", Kind.DEPLOYED), tuple(1000L, "JP", Kind.PLANNED));
    }

    @Test
    void hedgedNewMatterIsUnattributed() {
        assertThat(claims("Kirby said 3,000 North Korean soldiers were training in Russia. "
                + "There are also indications that Pyongyang could send up to 10,000 troops by December."))
                .extracting(Claim::value, Claim::source, Claim::kind, Claim::qualifier)
                .containsExactly(tuple(3000L, "US", Kind.DEPLOYED, Qualifier.EXACT),
                        tuple(10000L, Claim.UNATTRIBUTED, Kind.PLANNED, Qualifier.AT_MOST));
    }

    @Test
    void rumourInsideSomeonesStatementIsUnattributed() {
        assertThat(claims("Zelensky accused Moscow of escalation amid rumoured plans to dispatch another 10,000 North Korean soldiers."))
                .extracting(Claim::source).containsExactly(Claim.UNATTRIBUTED);
    }

    @Test
    void headlineColonAttributes() {
        assertThat(claims("Ukraine: 11,000 North Korean troops now fighting in Kursk", "The claim could not be verified."))
                .extracting(Claim::value, Claim::source, Claim::location).containsExactly(tuple(11000L, "UA", "Kursk"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "North Korea is home to 1.2 million soldiers, one of the largest standing armies.",
        "The NIS said North Korea had shipped 13,000 containers of artillery shells to Russia.",
        "A poll found that 83% of Americans oppose the deployment of North Korean troops, the White House said.",
        "Allies pledged $50 billion to Ukraine as North Korean troops arrived, Kirby said.",
        "The Korean War of 1950-1953 was the last war North Korean troops fought, the NIS said.",
        "Thousands of North Korean soldiers could be deployed, unnamed officials said.",
        "Kirby said Russia had amassed 50,000 troops in Kursk alongside North Korean units.",
        "South Korea's NIS said 2,000 North Korean construction workers had been sent to Russia.",
        "The NIS said 200 North Korean soldiers had escaped and returned home."})
    void figuresThatAreNotTroopClaims(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @Test
    void droneCameraIsNotACapture() {
        assertThat(claims("Ukraine's army said a drone camera captured 300 North Korean soldiers on the march near Kursk."))
                .extracting(Claim::kind).doesNotContain(Kind.CASUALTIES);
    }

    @Test
    void takenPrisonerIsACasualty() {
        assertThat(claims("Zelensky said three North Korean soldiers were captured by the defenders in Kursk."))
                .extracting(Claim::value, Claim::source, Claim::kind).containsExactly(tuple(3L, "UA", Kind.CASUALTIES));
    }

    @Test
    void casualtiesInWireStyle() {
        assertThat(claims("About 1,200 North Korean troops have been killed or wounded in Kursk, South Korea's spy agency said on Thursday."))
                .extracting(Claim::value, Claim::source, Claim::kind).containsExactly(tuple(1200L, "KR", Kind.CASUALTIES));
    }

    @Test
    void plannedWhenIntendedOrBySomeMonth() {
        assertThat(claims("Cho Tae-yong told lawmakers Pyongyang plans to send up to 10,000 troops. "
                + "The NIS estimated that North Korea would dispatch 12,000 soldiers by December."))
                .extracting(Claim::value, Claim::kind).containsExactly(tuple(10000L, Kind.PLANNED), tuple(12000L, Kind.PLANNED));
    }

    @Test
    void rangesAndWordNumbers() {
        assertThat(claims("The Pentagon said between 10,000 and 12,000 North Korean soldiers were in Russia. "
                + "Kyiv said eleven thousand North Korean troops had reached the front."))
                .extracting(Claim::value, Claim::low, Claim::source)
                .containsExactly(tuple(12000L, 10000L, "US"), tuple(11000L, null, "UA"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no more than 3,000 | no more than 3,000 | AT_MOST",
            "not more than 3,000 | not more than 3,000 | AT_MOST",
            "more than 3,000 | more than 3,000 | AT_LEAST",
            "no fewer than 3,000 | no fewer than 3,000 | AT_LEAST",
            "just under 3,000 | just under 3,000 | AT_MOST",
            "an estimated 3,000 | an estimated 3,000 | ABOUT",
            "a total of 3,000 | a total of 3,000 | EXACT",
            "3,000 or more | 3,000 or more | AT_LEAST",
            "between 2,000 and 3,000 | between 2,000 and 3,000 | EXACT"})
    void qualifiersTakeTheLongestPhrase(String phrase, String figureText, Qualifier qualifier) {
        List<io.newstally.contracts.Figure> figures = ENRICHER.enrich(new Article("t", null, null, "",
                "Officials said " + phrase + " soldiers were there.", null, Instant.EPOCH, "h", "test")).figures();
        assertThat(figures).extracting(io.newstally.contracts.Figure::text, io.newstally.contracts.Figure::value,
                io.newstally.contracts.Figure::qualifier).containsExactly(tuple(figureText, 3000.0, qualifier));
    }

    @Test
    void incrementAndTotalAreTwoClaims() {
        assertThat(claims("Park Sun-won said an additional 1,500 North Korean troops had been sent, raising the total to 3,000."))
                .extracting(Claim::value, Claim::source).containsExactly(tuple(1500L, "KR"), tuple(3000L, "KR"));
    }

    @Test
    void repeatedClaimIsKeptOnceWithFirstEvidence() {
        List<Claim> claims = claims("Kirby: 3,000 North Korean troops in Russia",
                "Kirby said 3,000 North Korean troops were in Russia. Kirby repeated that 3,000 North Korean soldiers were there.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).evidence()).isEqualTo("Kirby: 3,000 North Korean troops in Russia");
        assertThat(claims.get(0).evidenceStart()).isZero();
    }

    @Test
    void mediaOfAStateIsNotItsGovernment() {
        assertThat(claims("South Korean media reported that 1,000 North Korean soldiers had arrived in Khabarovsk."))
                .extracting(Claim::source).containsExactly(Claim.UNATTRIBUTED);
    }

    @Test
    void otherStatesOwnTroopsAreNotCounted() {
        assertThat(claims("Kyiv said Ukraine has deployed 10,000 troops to the Kursk region to face North Korean units.")).isEmpty();
    }

    @Test
    void entitiesAreTiedToSources() {
        var enriched = ENRICHER.enrich(new Article("t", null, null, "Kirby on North Korea",
                "John Kirby of the White House spoke with the NIS in Seoul.", null, Instant.EPOCH, "h", "test"));
        assertThat(enriched.entities()).extracting(e -> e.text(), e -> e.sourceId())
                .contains(tuple("John Kirby", "US"), tuple("White House", "US"), tuple("NIS", "KR"), tuple("Seoul", "KR"));
        assertThat(enriched.sentences()).hasSize(2);
    }

    @Test
    void aLongerNameThatOverlapsAShorterOneWins() {
        var enriched = ENRICHER.enrich(new Article("t", null, null, "", "Officials met the North Korean delegation.",
                null, Instant.EPOCH, "h", "test"));
        assertThat(enriched.entities()).extracting(e -> e.text(), e -> e.sourceId()).contains(tuple("North Korean", "KP"));
    }

    @Test
    void aYearLongBeforeTheArticleIsHistoryNotAClaim() {
        String body = "In 1967, North Korea sent about 200 pilots to North Vietnam. In 2024, the NIS said, it sent about 11,000 troops to Russia.";
        var article = new Article("t", null, null, "", body, Instant.parse("2025-03-01T00:00:00Z"), Instant.EPOCH, "h", "test");
        assertThat(ENRICHER.claims(article)).extracting(Claim::value, Claim::source).containsExactly(tuple(11000L, "KR"));
    }

    @Test
    void pageFurnitureSentStraightToTheRawTopicYieldsNothingAndOffsetsStayOnThePublishedText() {
        String body = "Share on Facebook Twitter\nRead more: 9,000 North Korean troops head to Russia\n\n"
                + "The NIS said 3,000 North Korean troops had arrived.\n\nRelated articles\nSeoul says 12,000 North Korean soldiers in Kursk";
        var article = new Article("t", null, null, "North Korea", body, null, Instant.EPOCH, "h", "kafka");

        List<Claim> claims = ENRICHER.claims(article);
        assertThat(claims).extracting(Claim::value, Claim::source).containsExactly(tuple(3000L, "KR"));
        Claim c = claims.get(0);
        assertThat(article.text().substring(c.evidenceStart(), c.evidenceEnd())).isEqualTo(c.evidence())
                .isEqualTo("The NIS said 3,000 North Korean troops had arrived.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow's ally said 1,000 North Korean troops were in Russia's Kursk region.          | Kursk region
            The NIS said 2,000 North Korean troops were in the east of Russia.                    | east of Russia
            The NIS said 300 North Korean soldiers died in Russia's war on Ukraine.               | -
            The NIS said 300 North Korean soldiers died in the Russia-Ukraine war.                | -
            The NIS said North Korean troops are in Russia, a contingent of about 3,000 soldiers. | Russia
            The NIS said troops were welcomed in Pyongyang and 9 North Korean soldiers died.      | -
            """)
    void theLocationIsThePlaceTheFigureIsTiedToAsWritten(String sentence, String location) {
        assertThat(claims(sentence)).extracting(Claim::location).containsExactly(location.equals("-") ? null : location);
    }

    @Test
    void aFigureAVerbPassesIsAFloor() {
        assertThat(claims("Zelensky said the number of North Korean soldiers killed in Kursk exceeded 3,000."))
                .extracting(Claim::value, Claim::qualifier).containsExactly(tuple(3000L, Qualifier.AT_LEAST));
    }

    @Test
    void aListBulletIsNotPartOfTheEvidence() {
        assertThat(claims("Briefing\n\n\u2022 Seoul's spy agency said about 3,000 North Korean soldiers are in Russia.\n- The NIS said 100 were killed."))
                .extracting(Claim::evidence).containsExactly("Seoul's spy agency said about 3,000 North Korean soldiers are in Russia.",
                        "The NIS said 100 were killed.");
    }
}
