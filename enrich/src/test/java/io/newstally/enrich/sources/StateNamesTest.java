package io.newstally.enrich.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateNamesTest {

    private static final Map<String, StateNames> STATES = StateNames.bundled().stream()
            .collect(Collectors.toMap(StateNames::code, Function.identity()));

    @Test
    void everyIndependentStateIsThereByItsIsoCode() {
        assertThat(STATES).hasSizeGreaterThanOrEqualTo(190).containsKeys("EE", "FI", "KR", "KP", "UA", "RU", "US", "GB", "JP");
    }

    @Test
    void aStateHasItsNamesDemonymsAndCapitals() {
        StateNames estonia = STATES.get("EE");
        assertThat(estonia.names()).contains("Estonia");
        assertThat(estonia.demonyms()).contains("Estonian", "Estonians");
        assertThat(estonia.capitals()).containsExactly("Tallinn");
        assertThat(STATES.get("MM").names()).contains("Myanmar");
    }

    @Test
    void theJdksLabelsThatAreNotNamesAreLeftOut() {
        List<String> all = STATES.values().stream().flatMap(s -> s.names().stream()).toList();
        assertThat(all).noneMatch(n -> n.contains(" - ") || n.contains("SAR"));
    }
}
