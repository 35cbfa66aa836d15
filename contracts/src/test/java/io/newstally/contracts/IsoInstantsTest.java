package io.newstally.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    /** Random instants over years 0 to 9999, with every precision of nanos: the JDK's text, both ways. */
    @Test
    void formatsAndParsesExactlyAsTheJdk() {
        Random random = new Random(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long s = min + (long) (random.nextDouble() * (max - min + 1));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(s, nano);
            String text = IsoInstants.format(t);
            assertThat(text).isEqualTo(t.toString());
            assertThat(IsoInstants.parse(text)).isEqualTo(t);
        }
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
                "2000-02-29T12:00:00Z", "2024-02-29T23:59:59.5Z", "9999-12-31T23:59:59.999Z"}) {
            assertThat(IsoInstants.parse(edge)).isEqualTo(Instant.parse(edge));
            assertThat(IsoInstants.format(Instant.parse(edge))).isEqualTo(Instant.parse(edge).toString());
        }
    }

    /** What the fast path does not take goes to the general parser: offsets, leap seconds, other years. */
    @ParameterizedTest
    @ValueSource(strings = {"2024-10-18T07:30:00+09:00", "2016-12-31T23:59:60Z", "+10000-01-01T00:00:00Z",
            "2024-10-18T07:30Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-10-18T07:30:00.Z",
            "2024-10-18T07:30:00.1234567890Z", "2024-1O-18T07:30:00Z"})
    void leavesAnyOtherTextToTheGeneralParser(String text) {
        assertThat(IsoInstants.parse(text)).isNull();
    }

    @Test
    void theMapperReadsWhatTheJavaTimeModuleReadsAndWritesTheSameText() throws Exception {
        assertThat(Json.MAPPER.readValue("\"2024-10-18T07:30:00.120Z\"", Instant.class)).isEqualTo(Instant.parse("2024-10-18T07:30:00.12Z"));
        assertThat(Json.MAPPER.readValue("\"2024-10-18T16:30:00+09:00\"", Instant.class)).isEqualTo(Instant.parse("2024-10-18T07:30:00Z"));
        assertThat(Json.MAPPER.readValue("1729236600", Instant.class)).isEqualTo(Instant.parse("2024-10-18T07:30:00Z"));
        assertThat(Json.MAPPER.writeValueAsString(Instant.parse("2024-10-18T07:30:00.120Z"))).isEqualTo("\"2024-10-18T07:30:00.120Z\"");
        assertThat(Json.MAPPER.writeValueAsString(Instant.parse("+12024-10-18T07:30:00Z"))).isEqualTo("\"+12024-10-18T07:30:00Z\"");
        assertThatThrownBy(() -> Json.MAPPER.readValue("\"2023-02-29T00:00:00Z\"", Instant.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
