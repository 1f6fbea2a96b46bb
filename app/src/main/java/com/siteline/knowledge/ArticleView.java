package com.siteline.knowledge;

import java.time.Instant;
import java.util.List;

/** A knowledge article as the list, a reply and the portal show it. */
public record ArticleView(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String title,
        String body,
        List<String> categories,
        boolean publicArticle,
        Instant changedAt) {}
