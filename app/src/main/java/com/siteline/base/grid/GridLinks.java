package com.siteline.base.grid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid query as a link parameter ({@code inbox?q=…}): what a tile, a report row or a notice links to is
 * the grid filtered to exactly what it counted. The parameter is the query's JSON in base64url; one that
 * cannot be read is ignored.
 */
@Component
public class GridLinks {

    public static final String PARAMETER = "q";

    private final JsonMapper json;

    GridLinks(JsonMapper json) {
        this.json = json;
    }

    public String encode(GridQuery query) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.writeValueAsString(query).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<GridQuery> decode(String parameter) {
        try {
            return Optional.of(json.readValue(
                    new String(Base64.getUrlDecoder().decode(parameter), StandardCharsets.UTF_8), GridQuery.class));
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** A route with the query as its parameter. */
    public String link(String route, GridQuery query) {
        return route + "?" + PARAMETER + "=" + encode(query);
    }
}
