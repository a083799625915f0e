package org.avow.core.extract;

import org.avow.core.model.DiscourseEvent;

import java.util.List;

/**
 * What the extractor found in one article: events, events held back for a confidence under the model's
 * threshold, rejected candidates, the states it names (attention), and counts.
 */
public record ExtractionResult(String articleId, List<DiscourseEvent> events, List<DiscourseEvent> held, List<Rejection> rejections,
                               java.util.SortedSet<String> countries, int sentences, int candidates, int tokens) {
    public ExtractionResult {
        events = List.copyOf(events);
        held = List.copyOf(held);
        countries = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countries));
        rejections = List.copyOf(rejections);
    }
}
