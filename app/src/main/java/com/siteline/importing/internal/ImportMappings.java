package com.siteline.importing.internal;

import com.siteline.importing.ImportKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Each user's last column mapping per kind: a file's header (folded) to the field it filled. */
@Component
public class ImportMappings {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ImportMappings(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Map<String, String> of(String username, ImportKind kind) {
        List<String> stored = jdbc.queryForList(
                "select mapping from import_mapping where username = ? and kind = ?",
                String.class,
                username,
                kind.name());
        return stored.isEmpty() ? Map.of() : json.readValue(stored.getFirst(), MAP);
    }

    public void remember(String username, ImportKind kind, Map<String, String> headerToField) {
        String text = json.writeValueAsString(headerToField);
        if (text.length() > 4000) {
            return;
        }
        if (jdbc.update(
                        "update import_mapping set mapping = ? where username = ? and kind = ?",
                        text,
                        username,
                        kind.name())
                == 0) {
            jdbc.update(
                    "insert into import_mapping (username, kind, mapping) values (?, ?, ?)",
                    username,
                    kind.name(),
                    text);
        }
    }
}
