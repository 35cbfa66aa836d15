package io.newstally.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a figure is hedged: "at least 3,000" is {@link #AT_LEAST}. */
public enum Qualifier {
    @JsonProperty("exact") EXACT,
    @JsonProperty("at_least") AT_LEAST,
    @JsonProperty("at_most") AT_MOST,
    @JsonProperty("about") ABOUT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
