package io.newstally.contracts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Post a Comment", "Get in Touch", "Share this article", "Follow us on Telegram", "Sign up for our daily briefing",
        "Subscribe to our newsletter", "Listen to this article", "Listen to this article · 5 min", "00:00 / 04:31",
        "Audio playback is not supported in your browser", "Facebook Twitter WhatsApp Email", "Home | World | Asia",
        "News › World › Asia-Pacific", "Advertisement", "Sponsored content", "12 comments", "Comments (3)",
        "© 2024 Example Media", "Read more: Kim's troops in Kursk", "Click here to download the app",
        "We use cookies to improve your experience and to show you ads.", "Skip to main content", "Log in to comment"})
    void interfaceLinesAreRecognised(String line) {
        assertThat(Boilerplate.isInterface(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Share prices in Seoul fell after the briefing.",
        "South Korea's spy agency said about 10,000 troops had been sent.",
        "More troops expected in Kursk by December",
        "Follow-up talks between Seoul and Kyiv are planned for next week.",
        "Pyongyang's troops in Russia",
        "Read the full statement, the ministry said, because 3,000 soldiers had moved east.",
        "By Jane Doe, Seoul"})
    void newsLinesAreKept(String line) {
        assertThat(Boilerplate.isInterface(line)).as(line).isFalse();
    }

    @Test
    void sponsoredAndRelatedBlocksGoWithTheirLinksAndTheirFigures() {
        String text = """
                The ministry said 3,000 soldiers had arrived.

                Sponsored
                Buy 13,000 containers at half price
                Luxury cruises from 1,500 dollars

                Related articles
                North Korea sends 12,000 more
                Army of 1.2 million on parade

                Officials added that more could follow.
                """;

        assertThat(Boilerplate.clean(text)).isEqualTo("""
                The ministry said 3,000 soldiers had arrived.

                Officials added that more could follow.""");
    }

    @Test
    void proseRightAfterALabelIsKept() {
        String text = "Advertisement\nThe defence ministry said on Friday that about 1,500 soldiers were in Kursk.";

        assertThat(Boilerplate.clean(text)).isEqualTo("The defence ministry said on Friday that about 1,500 soldiers were in Kursk.");
    }

    @Test
    void interfaceLinesAreTheLinesCleanRemovesByTheirOffsets() {
        String text = "Share on Facebook\nThe ministry said 3,000 soldiers had arrived.\n\nRelated articles\nNorth Korea sends 12,000 more\n";

        assertThat(Boilerplate.interfaceLines(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Share on Facebook", "Related articles", "North Korea sends 12,000 more");
        assertThat(Boilerplate.clean(text)).isEqualTo("The ministry said 3,000 soldiers had arrived.");
    }
}
