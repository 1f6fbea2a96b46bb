package com.siteline.search.internal;

import com.siteline.search.SearchText;
import java.time.Instant;
import java.util.List;

/** One record found: its title and the line that holds the match, both with the matched words marked. */
public record SearchHit(
        String kind,
        long id,
        String location,
        List<SearchText.Segment> title,
        List<SearchText.Segment> line,
        Instant at) {}
