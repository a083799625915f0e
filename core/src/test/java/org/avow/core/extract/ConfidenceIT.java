package org.avow.core.extract;

import org.avow.core.model.DiscourseEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceIT {
    private static final String TEXT = "Tokyo urged Washington to state its support for Taiwan. The State Department declined to comment."
            + " President Lee Jae-myung hailed the alliance with the United States, and both leaders pledged to deepen it."
            + " Kishida protested to Beijing over the missile launches. Berlin welcomed the decision by Warsaw.";

    @Test
    void holdingBackLosesNoEventAndSplitsThemAtTheThreshold() {
        ExtractionResult run = Extraction.run(TEXT, "2025-11-20");
        ExtractionResult all = Extraction.rules(TEXT, "2025-11-20");
        assertTrue(all.held().isEmpty());
        assertEquals(all.events().stream().map(DiscourseEvent::id).sorted().toList(),
                Stream.concat(run.events().stream(), run.held().stream()).map(DiscourseEvent::id).sorted().toList());
        double t = Extraction.EXTRACTOR.model().confidence().threshold();
        for (DiscourseEvent e : run.events()) assertTrue(e.confidence() >= t, e.brief() + " " + e.confidence());
        for (DiscourseEvent e : run.held()) assertTrue(e.confidence() < t, e.brief() + " " + e.confidence());
        // the confidence is the model's score of the event, not a constant
        assertTrue(all.events().stream().mapToDouble(DiscourseEvent::confidence).distinct().count() > 1);
        for (DiscourseEvent e : all.events()) assertEquals(Extraction.EXTRACTOR.model().confidence().score(e), e.confidence(), 1e-12);
    }

    @Test
    void aThresholdOfOneHoldsEverythingBackAndTheRulesStillSeeTheHeldEvents() {
        DiscourseExtractor strict = new DiscourseExtractor(org.avow.core.nlp.CoreNlpAnalyzer.shared(),
                ExtractionModel.shipped().withConfidenceThreshold(1));
        ExtractionResult r = strict.extract(new org.avow.core.model.Article("t", java.time.LocalDate.parse("2025-11-20"), null, null, null,
                null, TEXT));
        assertTrue(r.events().isEmpty());
        assertEquals(Extraction.rules(TEXT, "2025-11-20").events().size(), r.held().size());
        assertFalse(r.held().isEmpty());
        List<String> ids = Extraction.rules(TEXT, "2025-11-20").events().stream().map(DiscourseEvent::id).toList();
        assertEquals(ids, r.held().stream().map(DiscourseEvent::id).toList());
    }
}
