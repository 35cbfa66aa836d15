package io.newstally.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a troop figure counts, as defined in the evaluation guidelines. */
public enum Kind {
    /** People said to be already sent, present, arriving, training or stationed. */
    @JsonProperty("deployed") DEPLOYED,
    /** People said to be intended, expected or possibly sent later. */
    @JsonProperty("planned") PLANNED,
    /** People said to be killed, wounded or captured. */
    @JsonProperty("casualties") CASUALTIES;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
