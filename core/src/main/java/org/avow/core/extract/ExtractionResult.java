package org.avow.core.extract;

import org.avow.core.model.DiscourseEvent;

import java.util.List;

/** What the extractor found in one article: events, rejected candidates, the states it names (attention), and counts. */
public record ExtractionResult(String articleId, List<DiscourseEvent> events, List<Rejection> rejections,
                               java.util.SortedSet<String> countries, int sentences, int candidates, int tokens) {
    public ExtractionResult {
        events = List.copyOf(events);
        countries = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countries));
        rejections = List.copyOf(rejections);
    }
}
