package io.newstally.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum EntityType {
    @JsonProperty("person") PERSON,
    @JsonProperty("organization") ORGANIZATION,
    @JsonProperty("place") PLACE,
    @JsonProperty("state") STATE,
    @JsonProperty("outlet") OUTLET,
    @JsonProperty("other") OTHER
}
