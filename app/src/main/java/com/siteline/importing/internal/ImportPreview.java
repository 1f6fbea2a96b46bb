package com.siteline.importing.internal;

import com.siteline.importing.ImportKind;
import java.util.List;
import java.util.Map;

/**
 * The first rows of a file as they would be imported: the file's headers, which field each column goes to
 * (remembered from the user's last import of the kind, else matched by header), and each row's outcome.
 */
public record ImportPreview(
        ImportKind kind,
        List<String> headers,
        Map<Integer, String> mapping,
        List<String> missingFields,
        List<RowResult> rows) {}
